#include "NewPasswordPage.h"

#include "RegisterWizard.h"

#include "AppController.h"
#include "widgets/FieldMessage.h"
#include "widgets/PasswordChecklist.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ov {

NewPasswordPage::NewPasswordPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("newPasswordPage"));
    setTitle(tr("Choose your password"));
    setSubTitle(tr("Step 4 of 4. Then you are in."));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_repeat->setAccessibleName(tr("New password again"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setMaxLength(1024);
    m_repeatError = FieldMessage::create(this, QStringLiteral("repeatPasswordErrorLabel"));
    m_checklist = new PasswordChecklist(this);
    m_keep = new QCheckBox(tr("&Keep me signed in on this computer"), this);
    m_keep->setObjectName(QStringLiteral("registerKeepSignedInCheckBox"));
    m_keep->setAccessibleName(tr("Keep me signed in on this computer"));
    m_keep->setChecked(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passwordMessageLabel"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    auto *repeatLabel = new QLabel(tr("&Repeat it:"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_checklist);
    form->addRow(repeatLabel, m_repeat);
    form->addRow(QString(), m_repeatError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keep);
    layout->addWidget(m_message);
    layout->addStretch();
    auto recheck = [this] {
        auto *w = static_cast<RegisterWizard *>(wizard());
        m_checklist->update(m_password->text(), w ? w->username : QString(),
                            w ? w->email : QString());
        if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text() &&
            m_repeat->text().size() >= m_password->text().size())
            FieldMessage::show(m_repeatError, m_repeat, tr("The two passwords are not the same."),
                               false);
        else
            FieldMessage::clear(m_repeatError, m_repeat);
        m_message->clear();
        emit completeChanged();
    };
    connect(m_password, &QLineEdit::textChanged, this, recheck);
    connect(m_repeat, &QLineEdit::textChanged, this, recheck);
}

void NewPasswordPage::initializePage()
{
    auto *w = static_cast<RegisterWizard *>(wizard());
    const auto &config = w->controller()->config();
    m_checklist->setPolicy(config ? &*config : nullptr);
    m_keep->setChecked(w->controller()->settings()->keepSignedIn());
    m_password->clear();
    m_repeat->clear();
    m_password->setFocus();
}

bool NewPasswordPage::isComplete() const
{
    return m_checklist->isSatisfied() && m_repeat->text() == m_password->text() && !m_request.busy;
}

bool NewPasswordPage::validatePage()
{
    if (m_request.take())
        return true;
    if (m_request.busy)
        return false;
    auto *w = static_cast<RegisterWizard *>(wizard());
    const QString code = w->field(QStringLiteral("activationCode")).toString();
    m_request.busy = true;
    emit completeChanged();
    m_message->setText(tr("Activating your account…"));
    w->controller()->activate(
        code, m_password->text(), m_keep->isChecked(),
        [this, w](const AuthSession::Outcome &outcome) {
            m_request.busy = false;
            emit completeChanged();
            if (!outcome.error) {
                m_message->clear();
                m_request.proceed(this, wizard());
                return;
            }
            const ApiError &e = *outcome.error;
            if (e.code() == QLatin1StringView("invalid_code") ||
                e.code() == QLatin1StringView("code_expired")) {
                m_message->setText(
                    e.code() == QLatin1StringView("code_expired")
                        ? tr("The code has expired. Go back and ask for a new email.")
                        : tr("The code is not valid or was already used. Go back and check it."));
            } else if (e.code() == QLatin1StringView("validation_failed")) {
                m_message->setText(tr("The server did not accept this password; choose another."));
            } else if (e.isOffline()) {
                m_message->setText(tr(
                    "The server cannot be reached. Check your internet connection and try again."));
            } else {
                m_message->setText(
                    tr("Something went wrong (%1). Please try again.").arg(e.status));
            }
            Q_UNUSED(w)
        });
    return false;
}

} // namespace ov
