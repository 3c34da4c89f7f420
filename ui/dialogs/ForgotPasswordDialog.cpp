#include "ForgotPasswordDialog.h"

#include "AppController.h"
#include "widgets/PasswordChecklist.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ov {

ForgotPasswordDialog::ForgotPasswordDialog(AppController *controller, const QString &login,
                                           QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("forgotPasswordDialog"));
    setWindowTitle(tr("Forgot your password?"));
    m_steps = new QStackedWidget(this);

    auto *ask = new QWidget(m_steps);
    m_login = new QLineEdit(login, ask);
    m_login->setObjectName(QStringLiteral("resetLoginLineEdit"));
    m_login->setAccessibleName(tr("Username or email"));
    m_login->setMaxLength(254);
    m_send = new QPushButton(tr("&Send me a code"), ask);
    m_send->setObjectName(QStringLiteral("sendResetCodeButton"));
    m_send->setAccessibleName(tr("Send me a code"));
    m_send->setDefault(true);
    auto *askLabel = new QLabel(tr("&Username or email:"), ask);
    askLabel->setBuddy(m_login);
    auto *askForm = new QFormLayout;
    askForm->addRow(askLabel, m_login);
    auto *askLayout = new QVBoxLayout(ask);
    askLayout->addWidget(new QLabel(tr("We will email you a code to choose a new password."), ask));
    askLayout->addLayout(askForm);
    askLayout->addWidget(m_send, 0, Qt::AlignRight);
    askLayout->addStretch();

    auto *reset = new QWidget(m_steps);
    m_sent = new QLabel(reset);
    m_sent->setWordWrap(true);
    m_code = new QLineEdit(reset);
    m_code->setObjectName(QStringLiteral("resetCodeLineEdit"));
    m_code->setAccessibleName(tr("Code from the email"));
    m_code->setMaxLength(100);
    m_password = new QLineEdit(reset);
    m_password->setObjectName(QStringLiteral("resetPasswordLineEdit"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(reset);
    m_repeat->setObjectName(QStringLiteral("resetRepeatLineEdit"));
    m_repeat->setAccessibleName(tr("New password again"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_checklist = new PasswordChecklist(reset);
    if (m_controller->config())
        m_checklist->setPolicy(&*m_controller->config());
    m_confirm = new QPushButton(tr("Set the &new password"), reset);
    m_confirm->setObjectName(QStringLiteral("confirmResetButton"));
    m_confirm->setAccessibleName(tr("Set the new password"));
    auto *resetForm = new QFormLayout;
    resetForm->addRow(tr("&Code:"), m_code);
    resetForm->addRow(tr("New &password:"), m_password);
    resetForm->addRow(QString(), m_checklist);
    resetForm->addRow(tr("&Repeat it:"), m_repeat);
    auto *resetLayout = new QVBoxLayout(reset);
    resetLayout->addWidget(m_sent);
    resetLayout->addLayout(resetForm);
    resetLayout->addWidget(m_confirm, 0, Qt::AlignRight);

    m_steps->addWidget(ask);
    m_steps->addWidget(reset);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("resetMessageLabel"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("resetCloseButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_send, &QPushButton::clicked, this, &ForgotPasswordDialog::requestCode);
    connect(m_login, &QLineEdit::returnPressed, this, &ForgotPasswordDialog::requestCode);
    connect(m_confirm, &QPushButton::clicked, this, &ForgotPasswordDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_code, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &ForgotPasswordDialog::updateButtons);
    updateButtons();
    resize(480, 420);
}

void ForgotPasswordDialog::updateButtons()
{
    m_checklist->update(m_password->text(),
                        m_login->text().contains(QLatin1Char('@')) ? QString() : m_login->text(),
                        m_login->text().contains(QLatin1Char('@')) ? m_login->text() : QString());
    m_confirm->setEnabled(!m_code->text().trimmed().isEmpty() && m_checklist->isSatisfied() &&
                          m_password->text() == m_repeat->text());
}

void ForgotPasswordDialog::requestCode()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_message->setText(tr("Enter your username or email."));
        return;
    }
    m_send->setEnabled(false);
    m_controller->accounts()->requestPasswordReset(login, [this,
                                                           login](const QJsonObject &,
                                                                  const std::optional<ApiError>
                                                                      &error) {
        m_send->setEnabled(true);
        if (error) {
            m_message->setText(error->status == 429
                                   ? tr("Too many requests. Try again later.")
                                   : tr("The server cannot be reached. Try again later."));
            return;
        }
        m_message->clear();
        m_sent->setText(
            tr("If %1 has an account, we sent a code to its email. It works once, for 30 minutes.")
                .arg(login));
        m_steps->setCurrentIndex(1);
        m_code->setFocus();
    });
}

void ForgotPasswordDialog::confirm()
{
    m_confirm->setEnabled(false);
    m_controller->accounts()->confirmPasswordReset(
        m_code->text().trimmed(), m_password->text(),
        [this](const QJsonObject &, const std::optional<ApiError> &error) {
            updateButtons();
            if (!error) {
                m_message->setText(tr("Your password was changed. Sign in with it."));
                accept();
                return;
            }
            if (error->code() == QLatin1StringView("code_expired"))
                m_message->setText(
                    tr("The code has expired. Close this window and ask for a new one."));
            else if (error->code() == QLatin1StringView("invalid_code"))
                m_message->setText(tr("The code is not valid or was already used."));
            else if (error->code() == QLatin1StringView("validation_failed"))
                m_message->setText(tr("The server did not accept this password; choose another."));
            else
                m_message->setText(
                    tr("Something went wrong (%1). Please try again.").arg(error->status));
        });
}

} // namespace ov
