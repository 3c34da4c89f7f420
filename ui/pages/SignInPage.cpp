#include "SignInPage.h"

#include "AppController.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ov {

SignInPage::SignInPage(AppController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("signInPage"));
    m_utility = new QLabel(this);
    m_utility->setObjectName(QStringLiteral("signInUtilityLabel"));
    QFont big = m_utility->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_utility->setFont(big);
    m_utility->setWordWrap(true);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginLineEdit"));
    m_login->setAccessibleName(tr("Username or email"));
    m_login->setMaxLength(254);
    m_loginError = FieldMessage::create(this, QStringLiteral("loginErrorLabel"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_passwordError = FieldMessage::create(this, QStringLiteral("passwordErrorLabel"));
    m_keep = new QCheckBox(tr("&Keep me signed in on this computer"), this);
    m_keep->setObjectName(QStringLiteral("keepSignedInCheckBox"));
    m_keep->setAccessibleName(tr("Keep me signed in on this computer"));
    m_signIn = new QPushButton(tr("&Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessageLabel"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_changeUtility = new QPushButton(tr("C&hange utility"), this);
    m_changeUtility->setObjectName(QStringLiteral("changeUtilityButton"));
    m_changeUtility->setAccessibleName(tr("Choose another utility"));
    m_changeUtility->setFlat(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *loginLabel = new QLabel(tr("&Username or email:"), this);
    loginLabel->setBuddy(m_login);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(loginLabel, m_login);
    form->addRow(QString(), m_loginError);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(QString(), m_keep);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changeUtility);
    buttons->addStretch();
    buttons->addWidget(m_signIn);

    auto *column = new QVBoxLayout;
    column->addStretch();
    column->addWidget(m_utility);
    column->addWidget(new QLabel(tr("Sign in to see your contracts, invoices and consumption."), this));
    column->addSpacing(12);
    column->addLayout(form);
    column->addWidget(m_message);
    column->addLayout(buttons);
    column->addStretch(2);

    auto *panel = new QWidget(this);
    panel->setLayout(column);
    panel->setMaximumWidth(460);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(panel, 1);
    outer->addStretch();

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_login, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_login, &QLineEdit::textEdited, this, [this] { FieldMessage::clear(m_loginError, m_login); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { FieldMessage::clear(m_passwordError, m_password); });
    connect(m_changeUtility, &QPushButton::clicked, m_controller, &AppController::backToProfiles);
    connect(m_controller, &AppController::configChanged, this, &SignInPage::refresh);
    refresh();
}

void SignInPage::refresh()
{
    const auto &config = m_controller->config();
    m_utility->setText(config ? config->name : m_controller->profile().displayName);
    if (m_login->text().isEmpty())
        m_login->setText(m_controller->settings()->lastLogin());
    m_keep->setChecked(m_controller->settings()->keepSignedIn());
    m_password->clear();
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void SignInPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString SignInPage::supportLine() const
{
    const auto &config = m_controller->config();
    if (!config)
        return {};
    QStringList channels;
    for (const SupportChannel &c : config->supportChannels)
        channels << QStringLiteral("%1: %2").arg(c.label, c.value);
    return channels.join(QStringLiteral(" · "));
}

QString SignInPage::messageFor(const ApiError &error, const QString &supportLine)
{
    if (error.isOffline())
        return tr("The server cannot be reached. Check your internet connection and try again.");
    if (error.kind == ApiError::Kind::Tls)
        return tr("The server's identity could not be verified, so the connection was stopped.");
    const QString code = error.code();
    if (code == QLatin1StringView("invalid_credentials"))
        return tr("The username or password is not correct.");
    if (code == QLatin1StringView("account_locked")) {
        const int minutes = std::max(1, (error.retryAfterSeconds + 59) / 60);
        QString text = tr("Your account is locked after several failed attempts. Try again in %n minute(s).",
                          nullptr, minutes);
        if (!supportLine.isEmpty())
            text += QLatin1Char('\n') + tr("If you need help now: %1").arg(supportLine);
        return text;
    }
    if (code == QLatin1StringView("account_not_activated"))
        return tr("Your account is not activated yet. Open the activation link we sent to your email.");
    if (error.status == 429)
        return tr("Too many attempts. Wait a moment and try again.");
    return tr("Signing in did not work (%1). Please try again.").arg(error.status ? QString::number(error.status) : error.describe());
}

void SignInPage::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign in"));
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void SignInPage::submit()
{
    if (!m_signIn->isEnabled())
        return;
    showMessage({});
    bool ok = true;
    if (m_password->text().isEmpty()) {
        FieldMessage::show(m_passwordError, m_password, tr("Enter your password."));
        ok = false;
    }
    if (m_login->text().trimmed().isEmpty()) {
        FieldMessage::show(m_loginError, m_login, tr("Enter your username or email."));
        ok = false;
    }
    if (!ok)
        return;
    setBusy(true);
    m_controller->signIn(m_login->text(), m_password->text(), m_keep->isChecked(),
                         [this](std::optional<ApiError> error) {
                             setBusy(false);
                             if (!error) {
                                 m_password->clear();
                                 return;
                             }
                             if (error->code() == QLatin1StringView("validation_failed")) {
                                 for (const FieldError &e : std::as_const(error->problem.errors)) {
                                     if (e.field == QLatin1StringView("login"))
                                         FieldMessage::show(m_loginError, m_login, tr("Check your username or email."));
                                     else if (e.field == QLatin1StringView("password"))
                                         FieldMessage::show(m_passwordError, m_password, tr("Check your password."));
                                 }
                                 return;
                             }
                             showMessage(messageFor(*error, supportLine()));
                             m_password->selectAll();
                             m_password->setFocus();
                         });
}

} // namespace ov
