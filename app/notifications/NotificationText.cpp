#include "NotificationText.h"

#include "core/Formatter.h"
#include "domain/Money.h"

namespace ov {

namespace {
QString text(const Notification &n, const char *key)
{
    return n.params.value(QLatin1StringView(key)).toString();
}
} // namespace

QString NotificationText::title(const Notification &n, const QLocale &)
{
    if (n.kind == QLatin1StringView("new_invoice"))
        return tr("New invoice for %1").arg(text(n, "contractName"));
    if (n.kind == QLatin1StringView("due_reminder"))
        return tr("Your invoice %1 is due in 3 days").arg(text(n, "invoiceNumber"));
    if (n.kind == QLatin1StringView("request_answered"))
        return tr("Your request %1 was answered").arg(text(n, "requestNumber"));
    if (n.kind == QLatin1StringView("reading_flagged"))
        return tr("We will review your reading of %1").arg(text(n, "contractName"));
    return n.title;
}

QString NotificationText::body(const Notification &n, const QLocale &locale)
{
    if (n.kind == QLatin1StringView("new_invoice") || n.kind == QLatin1StringView("due_reminder")) {
        const auto money = Money::fromJson(n.params.value(QLatin1StringView("amount")));
        return tr("Invoice %1 for %2 is due on %3.")
            .arg(text(n, "invoiceNumber"), money ? Formatter::money(*money, locale) : QString(),
                 Formatter::date(QDate::fromString(text(n, "dueDate"), Qt::ISODate), locale));
    }
    if (n.kind == QLatin1StringView("request_answered"))
        return tr("“%1” has an answer from the utility.").arg(text(n, "subject"));
    if (n.kind == QLatin1StringView("reading_flagged"))
        return tr("The reading you entered is much higher than usual; the utility will check it "
                  "before billing.");
    return n.body;
}

} // namespace ov
