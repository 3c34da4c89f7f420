#pragma once

#include "Email.h"

#include <QString>

namespace ov::server {

// The server's emails, in Spanish or English (the language of the request that caused them).
class EmailTemplates
{
public:
    static Email activation(const QString &language, const QString &utility, const QString &to,
                            const QString &username, const QString &code);
    static Email passwordReset(const QString &language, const QString &utility, const QString &to,
                               const QString &code);
    static Email passwordChanged(const QString &language, const QString &utility, const QString &to,
                                 const QString &username);
    static Email contactEmailChange(const QString &language, const QString &utility,
                                    const QString &to, const QString &code);
    // To the owner of an address someone tried to register again (they are not told it exists).
    static Email registrationAttempt(const QString &language, const QString &utility,
                                     const QString &to, const QString &username);

    // A notification (new invoice, due reminder, answered request) as the user's email.
    // Someone proved a bill whose contract another account already holds.
    static Email contractLinkAttempt(const QString &language, const QString &utility,
                                     const QString &to, const QString &username,
                                     const QString &contractNumber);
    static Email billingEmailChange(const QString &language, const QString &utility,
                                    const QString &to, const QString &contractNumber,
                                    const QString &code);
    static Email notification(const QString &language, const QString &utility, const QString &to,
                              const QString &title, const QString &body);
    // To a visitor who used the contact form: the filing number and the answer deadline.
    static Email contactReceipt(const QString &language, const QString &utility, const QString &to,
                                const QString &name, const QString &number,
                                const QString &deadline);

    static QString activationLink(const QString &code);
};

} // namespace ov::server
