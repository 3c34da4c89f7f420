#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace ov {

class AppController;
class PasswordChecklist;

// "Forgot your password?": ask for a code by username or email (the answer is the same whether
// or not the account exists), then enter the emailed code and a new password.
class ForgotPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ForgotPasswordDialog(AppController *controller, const QString &login,
                         QWidget *parent = nullptr);

private:
    void requestCode();
    void confirm();
    void updateButtons();

    AppController *m_controller;
    QStackedWidget *m_steps;
    QLineEdit *m_login;
    QPushButton *m_send;
    QLabel *m_sent;
    QLineEdit *m_code;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    PasswordChecklist *m_checklist;
    QPushButton *m_confirm;
    QLabel *m_message;
};

} // namespace ov
