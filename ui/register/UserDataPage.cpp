#include "UserDataPage.h"

#include "RegisterWizard.h"

#include "AppController.h"
#include "domain/AccountRules.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ov {

UserDataPage::UserDataPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("userDataPage"));
    setTitle(tr("Your user"));
    setSubTitle(tr("Step 2 of 4. Choose how you will sign in, and where we write to you."));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setMaxLength(AccountRules::kMaxUsername + 1); // one more, so "too long" can be said
    m_usernameError = FieldMessage::create(this, QStringLiteral("usernameErrorLabel"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailLineEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setMaxLength(AccountRules::kMaxEmail);
    m_emailError = FieldMessage::create(this, QStringLiteral("emailErrorLabel"));
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("emailConfirmationLineEdit"));
    m_confirmation->setAccessibleName(tr("Email again"));
    m_confirmation->setMaxLength(AccountRules::kMaxEmail);
    m_confirmationError = FieldMessage::create(this, QStringLiteral("emailConfirmationErrorLabel"));
    m_terms = new QCheckBox(tr("I accept the &terms and conditions"), this);
    m_terms->setObjectName(QStringLiteral("acceptTermsCheckBox"));
    m_terms->setAccessibleName(tr("I accept the terms and conditions"));
    m_privacy = new QCheckBox(tr("I accept the &privacy notice"), this);
    m_privacy->setObjectName(QStringLiteral("acceptPrivacyCheckBox"));
    m_privacy->setAccessibleName(tr("I accept the privacy notice"));
    m_links = new QLabel(this);
    m_links->setObjectName(QStringLiteral("termsLinksLabel"));
    m_links->setOpenExternalLinks(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("userMessageLabel"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QLineEdit *edit, QLabel *error) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        form->addRow(QString(), error);
    };
    addRow(tr("&Username:"), m_username, m_usernameError);
    addRow(tr("&Email:"), m_email, m_emailError);
    addRow(tr("Email a&gain:"), m_confirmation, m_confirmationError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_links);
    layout->addWidget(m_terms);
    layout->addWidget(m_privacy);
    layout->addWidget(m_message);
    layout->addStretch();

    for (QLineEdit *edit : {m_username, m_email, m_confirmation})
        connect(edit, &QLineEdit::textChanged, this, &UserDataPage::check);
    for (QCheckBox *box : {m_terms, m_privacy})
        connect(box, &QCheckBox::toggled, this, &UserDataPage::completeChanged);
}

void UserDataPage::initializePage()
{
    const auto &config = static_cast<RegisterWizard *>(wizard())->controller()->config();
    if (config && config->termsUrl.isValid())
        m_links->setText(tr("Read the <a href=\"%1\">terms and conditions</a> and the <a "
                            "href=\"%2\">privacy notice</a>.")
                             .arg(config->termsUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                  config->privacyUrl.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    m_message->clear();
    m_username->setFocus();
}

QString UserDataPage::usernameMessage(const QString &code)
{
    if (code == QLatin1StringView("too_long"))
        return tr("At most %1 characters.").arg(AccountRules::kMaxUsername);
    if (code == QLatin1StringView("invalid"))
        return tr("No spaces or @, please.");
    if (code == QLatin1StringView("username_taken"))
        return tr("This username is taken; choose another.");
    return tr("Choose a username.");
}

void UserDataPage::check()
{
    // Say what is wrong once there is something to judge; clear it as soon as it is right.
    const QString user = m_username->text();
    const QString userCode = AccountRules::checkUsername(user);
    if (!user.isEmpty() && !userCode.isEmpty())
        FieldMessage::show(m_usernameError, m_username, usernameMessage(userCode), false);
    else
        FieldMessage::clear(m_usernameError, m_username);

    const QString emailCode = AccountRules::checkEmail(m_email->text());
    if (m_email->text().contains(QLatin1Char('@')) && m_email->text().contains(QLatin1Char('.')) &&
        !emailCode.isEmpty())
        FieldMessage::show(m_emailError, m_email, tr("This does not look like an email address."),
                           false);
    else
        FieldMessage::clear(m_emailError, m_email);

    const QString confirmationCode =
        AccountRules::checkEmailConfirmation(m_email->text(), m_confirmation->text());
    if (!m_confirmation->text().isEmpty() && confirmationCode == QLatin1StringView("mismatch") &&
        m_confirmation->text().size() >= m_email->text().size())
        FieldMessage::show(m_confirmationError, m_confirmation,
                           tr("The two emails are not the same."), false);
    else
        FieldMessage::clear(m_confirmationError, m_confirmation);
    m_message->clear();
    emit completeChanged();
}

bool UserDataPage::isComplete() const
{
    return AccountRules::checkUsername(m_username->text()).isEmpty() &&
           AccountRules::checkEmail(m_email->text()).isEmpty() &&
           AccountRules::checkEmailConfirmation(m_email->text(), m_confirmation->text())
               .isEmpty() &&
           m_terms->isChecked() && m_privacy->isChecked() && !m_request.busy;
}

bool UserDataPage::validatePage()
{
    if (m_request.take())
        return true;
    if (m_request.busy)
        return false;
    auto *w = static_cast<RegisterWizard *>(wizard());
    const auto &config = w->controller()->config();
    const QJsonObject body{
        {QStringLiteral("username"), m_username->text()},
        {QStringLiteral("email"), m_email->text().trimmed()},
        {QStringLiteral("emailConfirmation"), m_confirmation->text().trimmed()},
        {QStringLiteral("acceptTerms"), m_terms->isChecked()},
        {QStringLiteral("acceptPrivacy"), m_privacy->isChecked()},
        {QStringLiteral("termsVersion"), config ? config->termsVersion : QString()}};
    m_request.busy = true;
    emit completeChanged();
    m_message->setText(tr("Creating your user…"));
    w->controller()->accounts()->createUser(
        w->registrationId, body,
        [this, w](const QJsonObject &answer, const std::optional<ApiError> &error) {
            m_request.busy = false;
            emit completeChanged();
            if (!error) {
                m_message->clear();
                w->email = answer.value(QLatin1StringView("email")).toString();
                w->username = m_username->text();
                m_request.proceed(this, wizard());
                return;
            }
            m_message->clear();
            const QList<FieldError> errors = error->problem.errors;
            for (const FieldError &e : errors) {
                if (e.field == QLatin1StringView("username"))
                    FieldMessage::show(m_usernameError, m_username, usernameMessage(e.code));
                else if (e.field == QLatin1StringView("email"))
                    FieldMessage::show(m_emailError, m_email,
                                       e.code == QLatin1StringView("email_taken")
                                           ? tr("There is already an account with this email.")
                                           : tr("This does not look like an email address."));
                else if (e.field == QLatin1StringView("emailConfirmation"))
                    FieldMessage::show(m_confirmationError, m_confirmation,
                                       tr("The two emails are not the same."));
                else if (e.field == QLatin1StringView("termsVersion"))
                    m_message->setText(tr("The terms changed while you were registering. Read them "
                                          "again and accept."));
            }
            if (!errors.isEmpty())
                return;
            if (error->isOffline())
                m_message->setText(tr(
                    "The server cannot be reached. Check your internet connection and try again."));
            else if (error->status == 404)
                m_message->setText(tr("This registration took too long. Go back and enter your "
                                      "customer details again."));
            else if (error->status == 503)
                m_message->setText(tr("We could not send the activation email right now. Try again "
                                      "in a few minutes."));
            else
                m_message->setText(
                    tr("Something went wrong (%1). Please try again.").arg(error->status));
        });
    return false;
}

} // namespace ov
