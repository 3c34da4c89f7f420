#pragma once

#include "Address.h"
#include "FieldError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ov {

// What a customer may change of a contract, checked the same way by the server and by the
// client's edit form. Each check returns field-error codes ("required", "too_long", "invalid").
class ContractRules
{
public:
    static constexpr int kMaxAlias = 60;
    static constexpr int kMaxAddressLine = 120;
    static constexpr int kMaxAddressPart = 80;

    // The members PATCH /contracts/{id} knows; a utility's /config lists those it allows.
    static const QStringList &editableFields();

    static QString checkAlias(const QString &alias);
    // Empty is allowed: bills then go to the account's own email.
    static QString checkBillingEmail(const QString &email);
    static QString checkContactPhone(const QString &phone); // empty removes it
    // The parts the utility's country needs for a bill to arrive: street line, city and region
    // everywhere; a five-digit postal code in Mexico; a six-digit one, when given, in Colombia.
    // Errors are named `prefix.member` ("billingAddress.city").
    static QList<FieldError> checkAddress(const Address &address, const QString &country,
                                          const QString &prefix);
};

} // namespace ov
