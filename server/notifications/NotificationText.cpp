#include "NotificationText.h"

#include "domain/Money.h"
#include "utility/MoneyFormat.h"

namespace ov::server {

namespace {

bool english(const UtilityConfig &u)
{
    return u.locale.startsWith(QLatin1StringView("en"));
}

QString text(const QJsonObject &p, const char *key)
{
    return p.value(QLatin1StringView(key)).toString();
}

QString amount(const QJsonObject &p, const UtilityConfig &u)
{
    const auto money = Money::fromJson(p.value(QLatin1StringView("amount")));
    return money ? MoneyFormat::money(*money, u) : QString();
}

QString day(const QJsonObject &p, const char *key, const UtilityConfig &u)
{
    return MoneyFormat::date(QDate::fromString(text(p, key), Qt::ISODate), u);
}

} // namespace

QString NotificationText::title(const QString &kind, const QJsonObject &p, const UtilityConfig &u)
{
    const bool en = english(u);
    if (kind == QLatin1StringView("new_invoice"))
        return (en ? QStringLiteral("New invoice for %1") : QStringLiteral("Nueva factura de %1"))
            .arg(text(p, "contractName"));
    if (kind == QLatin1StringView("due_reminder"))
        return (en ? QStringLiteral("Your invoice %1 is due in 3 days")
                   : QStringLiteral("Su factura %1 vence en 3 días"))
            .arg(text(p, "invoiceNumber"));
    if (kind == QLatin1StringView("request_answered"))
        return (en ? QStringLiteral("Your request %1 was answered")
                   : QStringLiteral("Su solicitud %1 fue respondida"))
            .arg(text(p, "requestNumber"));
    if (kind == QLatin1StringView("reading_flagged"))
        return (en ? QStringLiteral("We will review your reading of %1")
                   : QStringLiteral("Revisaremos su lectura de %1"))
            .arg(text(p, "contractName"));
    return kind;
}

QString NotificationText::body(const QString &kind, const QJsonObject &p, const UtilityConfig &u)
{
    const bool en = english(u);
    if (kind == QLatin1StringView("new_invoice") || kind == QLatin1StringView("due_reminder"))
        return (en ? QStringLiteral("Invoice %1 for %2 is due on %3.")
                   : QStringLiteral("La factura %1 por %2 vence el %3."))
            .arg(text(p, "invoiceNumber"), amount(p, u), day(p, "dueDate", u));
    if (kind == QLatin1StringView("request_answered"))
        return (en ? QStringLiteral("“%1” has an answer from the utility.")
                   : QStringLiteral("«%1» tiene una respuesta de la empresa."))
            .arg(text(p, "subject"));
    if (kind == QLatin1StringView("reading_flagged"))
        return en ? QStringLiteral("The reading you entered is much higher than usual; the "
                                   "utility will check it before billing.")
                  : QStringLiteral("La lectura que ingresó es mucho más alta que de costumbre; la "
                                   "empresa la revisará antes de facturar.");
    return {};
}

} // namespace ov::server
