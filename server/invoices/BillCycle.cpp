#include "BillCycle.h"

#include "auth/TokenGenerator.h"
#include "data/InvoiceRepository.h"
#include "db/Sql.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoTariff.h"
#include "notifications/NotificationService.h"
#include "sync/SyncWrite.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <cmath>

namespace ov::server {

namespace {

struct Due
{
    QString contractId, number, alias, kind, tariff, lastPeriod;
    double lastReading = 0;
    double averageUse = 0;
};

// A steady ±7 % that depends only on the contract and period, so a rerun prices the same.
double jitter(const QString &contractId, const QString &period)
{
    const QByteArray h =
        QCryptographicHash::hash((contractId + period).toUtf8(), QCryptographicHash::Sha256);
    return 0.93 + 0.14 * (quint8(h.at(0)) / 255.0);
}

} // namespace

std::optional<int> BillCycle::run(Database &db, const Utility &utility, const QDate &today,
                                  QString *error)
{
    const UtilityConfig &config = utility.defaultConfig();
    const DemoCatalog catalog = DemoCatalog::forUtility(utility.id());
    const QString thisMonth = today.toString(QStringLiteral("yyyy-MM"));
    SyncWrite write(db);
    if (write.version() <= 0) {
        *error = QStringLiteral("database error");
        return std::nullopt;
    }
    QSqlQuery q(write.connection());
    // Each contract's latest period, the meter at its end and the last three months' use.
    if (!sql::exec(q, QStringLiteral(
                          "SELECT c.id, c.number, c.alias, c.kind, c.tariff, i.period,"
                          " i.current_reading, (SELECT AVG(x.consumption) FROM (SELECT"
                          " consumption FROM invoices WHERE contract_id = c.id ORDER BY period"
                          " DESC LIMIT 3) x) FROM contracts c JOIN invoices i ON i.contract_id ="
                          " c.id AND i.period = (SELECT MAX(period) FROM invoices WHERE"
                          " contract_id = c.id) ORDER BY c.id"))) {
        *error = QStringLiteral("could not read the contracts");
        return std::nullopt;
    }
    QList<Due> due;
    // The month after each contract's latest invoice, up to this month (the demo bills the
    // current month early, so a demo can show a new invoice at once); one month per run.
    while (q.next())
        if (QDate::fromString(q.value(5).toString() + QStringLiteral("-01"), Qt::ISODate)
                .addMonths(1)
                .toString(QStringLiteral("yyyy-MM")) <= thisMonth)
            due.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toDouble(), q.value(7).toDouble()});
    q.finish();

    const DemoTariff tariff(catalog);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Due &d : std::as_const(due)) {
        const QDate start =
            QDate::fromString(d.lastPeriod + QStringLiteral("-01"), Qt::ISODate).addMonths(1);
        const bool business = d.kind == QLatin1StringView("business");
        Invoice inv;
        inv.id = TokenGenerator::token(QStringLiteral("inv_"), 8);
        inv.contractId = d.contractId;
        inv.period = start.toString(QStringLiteral("yyyy-MM"));
        inv.number = catalog.invoicePrefix + QLatin1Char('-') + inv.period.left(4) +
                     inv.period.right(2) + QLatin1Char('-') + d.number.right(6);
        inv.periodStart = start;
        inv.periodEnd = start.addMonths(1).addDays(-1);
        inv.issueDate = today;
        inv.dueDate = today.addDays(18);
        inv.consumption =
            std::max(1.0, std::round(d.averageUse * jitter(d.contractId, inv.period)));
        inv.unit = catalog.unit;
        inv.previousReading = d.lastReading;
        inv.currentReading = d.lastReading + inv.consumption;
        inv.lines = tariff.lines(d.tariff, business, inv.consumption, 1);
        inv.amount = Money{DemoTariff::total(inv.lines), catalog.currency};
        inv.paymentReference = DemoTariff::paymentReference(d.number, inv.period);
        inv.updatedAt = now;
        if (!InvoiceRepository::save(write, inv) ||
            !NotificationService::createForContract(
                write, d.contractId,
                {{},
                 QStringLiteral("new_invoice"),
                 QStringLiteral("new_invoice:") + inv.id,
                 {{QStringLiteral("invoiceNumber"), inv.number},
                  {QStringLiteral("amount"), inv.amount.toJson()},
                  {QStringLiteral("dueDate"), inv.dueDate.toString(Qt::ISODate)},
                  {QStringLiteral("period"), inv.period},
                  {QStringLiteral("contractName"), d.alias.isEmpty() ? d.number : d.alias}},
                 QStringLiteral("invoice"),
                 inv.id},
                config, now)) {
            *error = QStringLiteral("could not issue ") + inv.number;
            return std::nullopt;
        }
    }
    if (!write.commit()) {
        *error = QStringLiteral("could not commit the billing run");
        return std::nullopt;
    }
    return int(due.size());
}

} // namespace ov::server
