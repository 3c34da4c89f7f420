#pragma once

#include "CustomerWizard.h"

namespace ov {

class AppController;

// Registration as the utility does it, in the app: 1 who you are (customer data, with a
// picture of the bill), 2 your user (username, email twice, terms), 3 the code we emailed you
// (or its oficinavirtual:// link), 4 your password (the utility's rules, ticking live) — then
// you are signed in.
class RegisterWizard : public CustomerWizard
{
    Q_OBJECT

public:
    enum Step
    {
        TypeStep,
        CustomerStep,
        UserStep,
        ActivationStep,
        PasswordStep
    };

    explicit RegisterWizard(AppController *controller, QWidget *parent = nullptr);

    // Jumps to activation with a code from a link (the wizard may have been opened for it).
    void activateWithCode(const QString &code);

    void submitCustomer(const QJsonObject &proof, Answered answered) override;

    QString registrationId;
    QString email;
    QString username;
};

} // namespace ov
