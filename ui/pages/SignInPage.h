#pragma once

#include "api/ApiError.h"
#include "auth/AuthSession.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace ov {

class AppController;

// Username or email, password, "keep me signed in" — and, for users with two-step
// verification, a second step for the authenticator (or a recovery) code. Every failure is
// explained where the user is looking: a wrong password, a locked account (with the time left
// and whom to call), an account not yet activated, a server that cannot be reached.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(AppController *controller, QWidget *parent = nullptr);

    void refresh(); // utility name, last login, first step
    void showMessage(const QString &text);
    static QString messageFor(const ApiError &error, const QString &supportLine);

signals:
    void registerRequested();
    void forgotPasswordRequested(const QString &login);
    void contactRequested(); // "Contact us", for people without an account

private:
    void submit();
    void submitCode();
    void finish(const AuthSession::Outcome &outcome);
    void setBusy(bool busy);
    QString supportLine() const;
    void showChannels();

    AppController *m_controller;
    QLabel *m_utility;
    QStackedWidget *m_steps;
    QLineEdit *m_login;
    QLabel *m_loginError;
    QLineEdit *m_password;
    QLabel *m_passwordError;
    QCheckBox *m_keep;
    QPushButton *m_signIn;
    QLineEdit *m_code;
    QLabel *m_codeError;
    QPushButton *m_verify;
    QPushButton *m_back;
    QLabel *m_message;
    QPushButton *m_changeUtility;
    QPushButton *m_register;
    QPushButton *m_forgot;
    QPushButton *m_contact;
    QLabel *m_channels;
    QString m_mfaToken;
};

} // namespace ov
