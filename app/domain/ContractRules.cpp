#include "ContractRules.h"

#include "AccountRules.h"

#include <QRegularExpression>

namespace ov {

const QStringList &ContractRules::editableFields()
{
    static const QStringList fields = {
        QStringLiteral("alias"), QStringLiteral("billingEmail"), QStringLiteral("paperless"),
        QStringLiteral("billingAddress"), QStringLiteral("contactPhone")};
    return fields;
}

QString ContractRules::checkAlias(const QString &alias)
{
    if (alias.trimmed().size() > kMaxAlias)
        return QStringLiteral("too_long");
    for (const QChar c : alias)
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("invalid");
    return {};
}

QString ContractRules::checkBillingEmail(const QString &email)
{
    if (email.trimmed().isEmpty())
        return {};
    return AccountRules::checkEmail(email.trimmed());
}

QString ContractRules::checkContactPhone(const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    return AccountRules::checkPhone(phone);
}

QList<FieldError> ContractRules::checkAddress(const Address &address, const QString &country,
                                              const QString &prefix)
{
    QList<FieldError> errors;
    auto add = [&](const char *member, const QString &code) {
        errors.append({prefix + QLatin1Char('.') + QLatin1StringView(member), code});
    };
    auto part = [&](const char *member, const QString &value, int max, bool required) {
        const QString v = value.trimmed();
        if (v.isEmpty()) {
            if (required)
                add(member, QStringLiteral("required"));
        } else if (v.size() > max) {
            add(member, QStringLiteral("too_long"));
        }
    };
    part("line1", address.line1, kMaxAddressLine, true);
    part("line2", address.line2, kMaxAddressLine, false);
    part("city", address.city, kMaxAddressPart, true);
    part("region", address.region, kMaxAddressPart, true);
    const QString postal = address.postalCode.trimmed();
    static const QRegularExpression fiveDigits(QStringLiteral("^[0-9]{5}$"));
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    static const QRegularExpression anyPostal(QStringLiteral("^[A-Za-z0-9 -]{2,12}$"));
    if (country == QLatin1StringView("MX")) {
        if (postal.isEmpty())
            add("postalCode", QStringLiteral("required"));
        else if (!fiveDigits.match(postal).hasMatch())
            add("postalCode", QStringLiteral("invalid"));
    } else if (country == QLatin1StringView("CO")) {
        if (!postal.isEmpty() && !sixDigits.match(postal).hasMatch())
            add("postalCode", QStringLiteral("invalid"));
    } else if (!postal.isEmpty() && !anyPostal.match(postal).hasMatch()) {
        add("postalCode", QStringLiteral("invalid"));
    }
    if (address.country != country)
        add("country", QStringLiteral("invalid"));
    return errors;
}

} // namespace ov
