#include "SecuritySection.h"

#include "AppController.h"
#include "dialogs/TwoFactorSetupDialog.h"
#include "widgets/PasswordChecklist.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ov {

namespace {

QLineEdit *passwordEdit(const QString &objectName, const QString &accessible, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessible);
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(1024);
    return e;
}

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    return l;
}

} // namespace

SecuritySection::SecuritySection(AppController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *password = new QGroupBox(tr("Password"), this);
    password->setObjectName(QStringLiteral("passwordGroupBox"));
    m_current =
        passwordEdit(QStringLiteral("currentPasswordLineEdit"), tr("Current password"), password);
    m_new = passwordEdit(QStringLiteral("changedPasswordLineEdit"), tr("New password"), password);
    m_repeat =
        passwordEdit(QStringLiteral("changedRepeatLineEdit"), tr("New password again"), password);
    m_checklist = new PasswordChecklist(password);
    m_change = new QPushButton(tr("C&hange password"), password);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setAccessibleName(tr("Change the password"));
    m_passwordMessage = messageLabel(QStringLiteral("passwordChangeMessageLabel"), password);
    auto *passwordForm = new QFormLayout(password);
    passwordForm->addRow(tr("C&urrent password:"), m_current);
    passwordForm->addRow(tr("&New password:"), m_new);
    passwordForm->addRow(QString(), m_checklist);
    passwordForm->addRow(tr("Re&peat it:"), m_repeat);
    passwordForm->addRow(QString(), m_change);
    passwordForm->addRow(QString(), m_passwordMessage);

    auto *twoFactor = new QGroupBox(tr("Two-step verification"), this);
    twoFactor->setObjectName(QStringLiteral("twoFactorGroupBox"));
    m_twoFactorState = messageLabel(QStringLiteral("twoFactorStateLabel"), twoFactor);
    m_enable = new QPushButton(tr("&Turn on two-step verification…"), twoFactor);
    m_enable->setObjectName(QStringLiteral("enableTwoFactorButton"));
    m_enable->setAccessibleName(tr("Turn on two-step verification"));
    m_disableForm = new QWidget(twoFactor);
    m_disablePassword = passwordEdit(QStringLiteral("disableTwoFactorPasswordLineEdit"),
                                     tr("Password"), m_disableForm);
    m_disableCode = new QLineEdit(m_disableForm);
    m_disableCode->setObjectName(QStringLiteral("disableTwoFactorCodeLineEdit"));
    m_disableCode->setAccessibleName(tr("Code from the app, or a recovery code"));
    m_disableCode->setMaxLength(40);
    m_disable = new QPushButton(tr("T&urn off"), m_disableForm);
    m_disable->setObjectName(QStringLiteral("disableTwoFactorButton"));
    m_disable->setAccessibleName(tr("Turn off two-step verification"));
    auto *disableForm = new QFormLayout(m_disableForm);
    disableForm->setContentsMargins(0, 0, 0, 0);
    disableForm->addRow(tr("Pass&word:"), m_disablePassword);
    disableForm->addRow(tr("Code:"), m_disableCode);
    disableForm->addRow(QString(), m_disable);
    m_twoFactorMessage = messageLabel(QStringLiteral("twoFactorMessageLabel"), twoFactor);
    auto *twoFactorLayout = new QVBoxLayout(twoFactor);
    twoFactorLayout->addWidget(m_twoFactorState);
    twoFactorLayout->addWidget(m_enable, 0, Qt::AlignLeft);
    twoFactorLayout->addWidget(m_disableForm);
    twoFactorLayout->addWidget(m_twoFactorMessage);

    auto *sessions = new QGroupBox(tr("Sessions"), this);
    sessions->setObjectName(QStringLiteral("sessionsGroupBox"));
    m_others = new QPushButton(tr("Sign out of all &other sessions"), sessions);
    m_others->setObjectName(QStringLiteral("signOutOthersButton"));
    m_others->setAccessibleName(tr("Sign out of all other sessions"));
    m_sessionsMessage = messageLabel(QStringLiteral("sessionsMessageLabel"), sessions);
    auto *sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->addWidget(new QLabel(
        tr("Signed in on a computer you no longer use? End those sessions here."), sessions));
    sessionsLayout->addWidget(m_others, 0, Qt::AlignLeft);
    sessionsLayout->addWidget(m_sessionsMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(password);
    layout->addWidget(twoFactor);
    layout->addWidget(sessions);

    for (QLineEdit *e : {m_current, m_new, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &SecuritySection::updatePasswordButton);
    connect(m_change, &QPushButton::clicked, this, &SecuritySection::changePassword);
    connect(m_enable, &QPushButton::clicked, this, &SecuritySection::enableTwoFactor);
    connect(m_disable, &QPushButton::clicked, this, &SecuritySection::disableTwoFactor);
    connect(m_others, &QPushButton::clicked, this, &SecuritySection::signOutOthers);
    setTwoFactorEnabled(false);
    updatePasswordButton();
}

void SecuritySection::setAccount(const QString &username, const QString &email)
{
    m_username = username;
    m_email = email;
    if (m_controller->config())
        m_checklist->setPolicy(&*m_controller->config());
    updatePasswordButton();
}

void SecuritySection::setTwoFactorEnabled(bool enabled)
{
    m_twoFactorState->setText(
        enabled ? tr("On: signing in asks for a code from your authenticator app.")
                : tr("Off: signing in asks only for your password."));
    m_enable->setVisible(!enabled);
    m_disableForm->setVisible(enabled);
}

void SecuritySection::updatePasswordButton()
{
    m_checklist->update(m_new->text(), m_username, m_email);
    m_change->setEnabled(!m_current->text().isEmpty() && m_checklist->isSatisfied() &&
                         m_new->text() == m_repeat->text());
}

void SecuritySection::changePassword()
{
    m_change->setEnabled(false);
    m_controller->accounts()->changePassword(
        m_current->text(), m_new->text(),
        [this](const QJsonObject &, const std::optional<ApiError> &error) {
            updatePasswordButton();
            if (!error) {
                for (QLineEdit *e : {m_current, m_new, m_repeat})
                    e->clear();
                m_passwordMessage->setText(
                    tr("Your password was changed. Your other sessions were signed out."));
                return;
            }
            bool wrongCurrent = false;
            for (const FieldError &e : std::as_const(error->problem.errors))
                wrongCurrent |= e.field == QLatin1StringView("currentPassword");
            m_passwordMessage->setText(
                wrongCurrent ? tr("The current password is not right.")
                             : tr("The server did not accept the new password; choose another."));
        });
}

void SecuritySection::enableTwoFactor()
{
    TwoFactorSetupDialog dialog(m_controller, this);
    dialog.start();
    dialog.exec();
    emit profileChanged();
}

void SecuritySection::disableTwoFactor()
{
    m_disable->setEnabled(false);
    m_controller->accounts()->disableTwoFactor(
        m_disablePassword->text(), m_disableCode->text().trimmed(),
        [this](const QJsonObject &, const std::optional<ApiError> &error) {
            m_disable->setEnabled(true);
            if (!error) {
                m_disablePassword->clear();
                m_disableCode->clear();
                m_twoFactorMessage->setText(tr("Two-step verification is off."));
                emit profileChanged();
                return;
            }
            QString field;
            for (const FieldError &e : std::as_const(error->problem.errors))
                field = e.field;
            m_twoFactorMessage->setText(
                field == QLatin1StringView("password") ? tr("The password is not right.")
                : field == QLatin1StringView("code")
                    ? tr("The code is not right.")
                    : tr("It could not be turned off (%1).").arg(error->status));
        });
}

void SecuritySection::signOutOthers()
{
    m_others->setEnabled(false);
    m_controller->accounts()->signOutOtherSessions([this](const QJsonObject &,
                                                          const std::optional<ApiError> &error) {
        m_others->setEnabled(true);
        m_sessionsMessage->setText(!error
                                       ? tr("Your other sessions were signed out.")
                                       : tr("It did not work (%1). Try again.").arg(error->status));
    });
}

} // namespace ov
