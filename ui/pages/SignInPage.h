#pragma once

#include "api/ApiError.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ov {

class AppController;

// Username or email, password, "keep me signed in". Every failure is explained where the user
// is looking: a wrong password, a locked account (with the time left and whom to call), an
// account not yet activated, a server that cannot be reached.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(AppController *controller, QWidget *parent = nullptr);

    void refresh();                 // utility name, last login
    void showMessage(const QString &text);
    static QString messageFor(const ApiError &error, const QString &supportLine);

private:
    void submit();
    void setBusy(bool busy);
    QString supportLine() const;

    AppController *m_controller;
    QLabel *m_utility;
    QLineEdit *m_login;
    QLabel *m_loginError;
    QLineEdit *m_password;
    QLabel *m_passwordError;
    QCheckBox *m_keep;
    QPushButton *m_signIn;
    QLabel *m_message;
    QPushButton *m_changeUtility;
};

} // namespace ov
