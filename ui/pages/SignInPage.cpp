#include "SignInPage.h"

#include "requests/SupportLinks.h"

#include "AppController.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ov {

namespace {

QPushButton *linkButton(const QString &text, const QString &objectName, const QString &accessible,
                        QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessible);
    b->setFlat(true);
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

} // namespace

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

    // Step 1: who you are.
    auto *credentials = new QWidget(this);
    m_login = new QLineEdit(credentials);
    m_login->setObjectName(QStringLiteral("loginLineEdit"));
    m_login->setAccessibleName(tr("Username or email"));
    m_login->setMaxLength(254);
    m_loginError = FieldMessage::create(credentials, QStringLiteral("loginErrorLabel"));
    m_password = new QLineEdit(credentials);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_passwordError = FieldMessage::create(credentials, QStringLiteral("passwordErrorLabel"));
    m_keep = new QCheckBox(tr("&Keep me signed in on this computer"), credentials);
    m_keep->setObjectName(QStringLiteral("keepSignedInCheckBox"));
    m_keep->setAccessibleName(tr("Keep me signed in on this computer"));
    m_signIn = new QPushButton(tr("&Sign in"), credentials);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_forgot = linkButton(tr("&Forgot your password?"), QStringLiteral("forgotPasswordButton"),
                          tr("Forgot your password?"), credentials);
    auto *loginLabel = new QLabel(tr("&Username or email:"), credentials);
    loginLabel->setBuddy(m_login);
    auto *passwordLabel = new QLabel(tr("&Password:"), credentials);
    passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(loginLabel, m_login);
    form->addRow(QString(), m_loginError);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(QString(), m_keep);
    auto *credentialButtons = new QHBoxLayout;
    credentialButtons->addWidget(m_forgot);
    credentialButtons->addStretch();
    credentialButtons->addWidget(m_signIn);
    auto *credentialsLayout = new QVBoxLayout(credentials);
    credentialsLayout->setContentsMargins(0, 0, 0, 0);
    credentialsLayout->addLayout(form);
    credentialsLayout->addLayout(credentialButtons);

    // Step 2: the second factor.
    auto *mfa = new QWidget(this);
    auto *mfaHint = new QLabel(tr("Two-step verification is on. Enter the 6-digit code from your "
                                  "authenticator app, or one of your recovery codes."),
                               mfa);
    mfaHint->setWordWrap(true);
    m_code = new QLineEdit(mfa);
    m_code->setObjectName(QStringLiteral("mfaCodeLineEdit"));
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setMaxLength(40);
    m_code->setInputMethodHints(Qt::ImhPreferNumbers);
    m_codeError = FieldMessage::create(mfa, QStringLiteral("mfaCodeErrorLabel"));
    m_verify = new QPushButton(tr("&Verify"), mfa);
    m_verify->setObjectName(QStringLiteral("mfaVerifyButton"));
    m_verify->setAccessibleName(tr("Verify the code"));
    m_back =
        linkButton(tr("&Back"), QStringLiteral("mfaBackButton"), tr("Back to the password"), mfa);
    auto *codeLabel = new QLabel(tr("&Verification code:"), mfa);
    codeLabel->setBuddy(m_code);
    auto *mfaForm = new QFormLayout;
    mfaForm->addRow(codeLabel, m_code);
    mfaForm->addRow(QString(), m_codeError);
    auto *mfaButtons = new QHBoxLayout;
    mfaButtons->addWidget(m_back);
    mfaButtons->addStretch();
    mfaButtons->addWidget(m_verify);
    auto *mfaLayout = new QVBoxLayout(mfa);
    mfaLayout->setContentsMargins(0, 0, 0, 0);
    mfaLayout->addWidget(mfaHint);
    mfaLayout->addLayout(mfaForm);
    mfaLayout->addLayout(mfaButtons);

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(credentials);
    m_steps->addWidget(mfa);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessageLabel"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_changeUtility = linkButton(tr("C&hange utility"), QStringLiteral("changeUtilityButton"),
                                 tr("Choose another utility"), this);
    m_register = linkButton(tr("&Create an account"), QStringLiteral("registerButton"),
                            tr("Create an account"), this);
    m_contact = linkButton(tr("Con&tact us"), QStringLiteral("contactUsButton"),
                           tr("Contact the utility without an account"), this);
    m_channels = new QLabel(this);
    m_channels->setObjectName(QStringLiteral("supportChannelsLabel"));
    m_channels->setAccessibleName(tr("The utility's phone, WhatsApp and email"));
    m_channels->setTextFormat(Qt::RichText);
    m_channels->setOpenExternalLinks(true);
    m_channels->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_channels->setWordWrap(true);
    auto *links = new QHBoxLayout;
    links->addWidget(m_changeUtility);
    links->addStretch();
    links->addWidget(m_contact);
    links->addWidget(m_register);

    auto *column = new QVBoxLayout;
    column->addStretch();
    column->addWidget(m_utility);
    column->addWidget(
        new QLabel(tr("Sign in to see your contracts, invoices and consumption."), this));
    column->addSpacing(12);
    column->addWidget(m_steps);
    column->addWidget(m_message);
    column->addSpacing(12);
    column->addLayout(links);
    column->addSpacing(8);
    column->addWidget(m_channels);
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
    connect(m_verify, &QPushButton::clicked, this, &SignInPage::submitCode);
    connect(m_code, &QLineEdit::returnPressed, this, &SignInPage::submitCode);
    connect(m_back, &QPushButton::clicked, this, &SignInPage::refresh);
    connect(m_login, &QLineEdit::textEdited, this,
            [this] { FieldMessage::clear(m_loginError, m_login); });
    connect(m_password, &QLineEdit::textEdited, this,
            [this] { FieldMessage::clear(m_passwordError, m_password); });
    connect(m_code, &QLineEdit::textEdited, this,
            [this] { FieldMessage::clear(m_codeError, m_code); });
    connect(m_changeUtility, &QPushButton::clicked, m_controller, &AppController::backToProfiles);
    connect(m_register, &QPushButton::clicked, this, &SignInPage::registerRequested);
    connect(m_contact, &QPushButton::clicked, this, &SignInPage::contactRequested);
    connect(m_forgot, &QPushButton::clicked, this,
            [this] { emit forgotPasswordRequested(m_login->text().trimmed()); });
    connect(m_controller, &AppController::configChanged, this, [this] {
        const auto &config = m_controller->config();
        m_utility->setText(config ? config->name : m_controller->profile().displayName);
        showChannels();
    });
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
    m_code->clear();
    m_mfaToken.clear();
    m_steps->setCurrentIndex(0);
    setBusy(false);
    showChannels();
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void SignInPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInPage::showChannels()
{
    const auto &config = m_controller->config();
    const QList<SupportChannel> channels =
        config ? config->supportChannels : QList<SupportChannel>{};
    m_channels->setText(SupportLinks::html(channels));
    m_channels->setVisible(!channels.isEmpty());
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
        QString text =
            tr("Your account is locked after several failed attempts. Try again in %n minute(s).",
               nullptr, minutes);
        if (!supportLine.isEmpty())
            text += QLatin1Char('\n') + tr("If you need help now: %1").arg(supportLine);
        return text;
    }
    if (code == QLatin1StringView("account_not_activated"))
        return tr(
            "Your account is not activated yet. Open the activation link we sent to your email.");
    if (code == QLatin1StringView("invalid_mfa_code"))
        return tr("That code is not right, or it was already used. Wait for the next code and try "
                  "again.");
    if (code == QLatin1StringView("invalid_mfa_token"))
        return tr("The sign-in took too long. Enter your password again.");
    if (error.status == 429)
        return tr("Too many attempts. Wait a moment and try again.");
    return tr("Signing in did not work (%1). Please try again.")
        .arg(error.status ? QString::number(error.status) : error.describe());
}

void SignInPage::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign in"));
    m_verify->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
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
                         [this](const AuthSession::Outcome &outcome) { finish(outcome); });
}

void SignInPage::submitCode()
{
    if (!m_verify->isEnabled())
        return;
    showMessage({});
    if (m_code->text().trimmed().isEmpty()) {
        FieldMessage::show(m_codeError, m_code, tr("Enter the code from your authenticator app."));
        return;
    }
    setBusy(true);
    m_controller->completeMfa(m_mfaToken, m_code->text().trimmed(), m_keep->isChecked(),
                              [this](const AuthSession::Outcome &outcome) { finish(outcome); });
}

void SignInPage::finish(const AuthSession::Outcome &outcome)
{
    setBusy(false);
    if (!outcome.mfaToken.isEmpty()) { // the password was right; now the second step
        m_mfaToken = outcome.mfaToken;
        m_password->clear();
        m_steps->setCurrentIndex(1);
        m_code->setFocus();
        return;
    }
    if (!outcome.error) {
        m_password->clear();
        m_code->clear();
        return;
    }
    const ApiError &error = *outcome.error;
    if (error.code() == QLatin1StringView("invalid_mfa_token")) {
        refresh();
        showMessage(messageFor(error, supportLine()));
        return;
    }
    if (error.code() == QLatin1StringView("validation_failed")) {
        for (const FieldError &e : std::as_const(error.problem.errors)) {
            if (e.field == QLatin1StringView("login"))
                FieldMessage::show(m_loginError, m_login, tr("Check your username or email."));
            else if (e.field == QLatin1StringView("password"))
                FieldMessage::show(m_passwordError, m_password, tr("Check your password."));
            else if (e.field == QLatin1StringView("code"))
                FieldMessage::show(m_codeError, m_code, tr("Check the code."));
        }
        return;
    }
    showMessage(messageFor(error, supportLine()));
    if (m_steps->currentIndex() == 1) {
        m_code->selectAll();
        m_code->setFocus();
    } else {
        m_password->selectAll();
        m_password->setFocus();
    }
}

} // namespace ov
