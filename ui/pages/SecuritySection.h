#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ov {

class AppController;
class PasswordChecklist;

// Password, two-step verification and other sessions, on the profile page.
class SecuritySection : public QWidget
{
    Q_OBJECT

public:
    explicit SecuritySection(AppController *controller, QWidget *parent = nullptr);

    void setTwoFactorEnabled(bool enabled);
    void setAccount(const QString &username, const QString &email);

signals:
    void profileChanged();

private:
    void changePassword();
    void enableTwoFactor();
    void disableTwoFactor();
    void signOutOthers();
    void updatePasswordButton();

    AppController *m_controller;
    QString m_username;
    QString m_email;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    PasswordChecklist *m_checklist;
    QPushButton *m_change;
    QLabel *m_passwordMessage;
    QLabel *m_twoFactorState;
    QPushButton *m_enable;
    QWidget *m_disableForm;
    QLineEdit *m_disablePassword;
    QLineEdit *m_disableCode;
    QPushButton *m_disable;
    QLabel *m_twoFactorMessage;
    QPushButton *m_others;
    QLabel *m_sessionsMessage;
};

} // namespace ov
