#include "SyncedData.h"

#include "ContractSyncSource.h"
#include "ReadingRepository.h"

#include "db/Sql.h"
#include "notifications/NotificationService.h"
#include "requests/RequestRepository.h"
#include "sync/ContractItemSource.h"
#include "sync/UserItemSource.h"

namespace ov::server {

namespace {

// Invoices turn overdue the day after their due date: when the utility's day moves on, the
// unpaid ones whose due date the move crossed have changed for the customer.
class InvoiceSyncSource : public ContractItemSource
{
public:
    explicit InvoiceSyncSource(const InvoiceRepository &invoices)
        : ContractItemSource(
              QStringLiteral("invoices"), QStringLiteral("invoices"),
              InvoiceRepository::columns(QStringLiteral("t")),
              [&invoices](const QSqlQuery &q) { return invoices.fromRow(q).toJson(); })
    {}

    bool dayChanged(QSqlDatabase &conn, qint64 version, const QDate &from, const QDate &to) override
    {
        // Overdue means due date < today, so the status of an unpaid invoice differs between
        // the two days exactly when its due date is in [earlier, later).
        const QDate low = std::min(from, to);
        const QDate high = std::max(from, to);
        QSqlQuery q(conn);
        return sql::exec(q,
                         QStringLiteral("UPDATE invoices SET row_version = :v WHERE paid_at IS NULL"
                                        " AND due_date >= :lo AND due_date < :hi"),
                         {{":v", version},
                          {":lo", low.toString(Qt::ISODate)},
                          {":hi", high.toString(Qt::ISODate)}});
    }
};

// Notifications hang from the user; the day moving on brings the reminders of invoices due in
// three days.
class NotificationSyncSource : public UserItemSource
{
public:
    explicit NotificationSyncSource(const UtilityConfig &utility)
        : UserItemSource(QStringLiteral("notifications"), QStringLiteral("notifications"),
                         NotificationService::columns(),
                         [](QSqlDatabase &, const QSqlQuery &q) {
                             return NotificationService::fromRow(q).toJson();
                         })
        , m_utility(utility)
    {}

    bool dayChanged(QSqlDatabase &conn, qint64 version, const QDate &from, const QDate &to) override
    {
        return NotificationService::dueReminders(conn, version, from, to, m_utility,
                                                 QDateTime::currentDateTimeUtc());
    }

private:
    UtilityConfig m_utility;
};

} // namespace

std::vector<std::unique_ptr<SyncSource>> SyncedData::sources(ContractRepository &contracts,
                                                             const InvoiceRepository &invoices,
                                                             const UtilityConfig &utility)
{
    std::vector<std::unique_ptr<SyncSource>> list;
    list.push_back(std::make_unique<ContractSyncSource>(
        contracts, QList<ContractSyncSource::Dependent>{
                       {QStringLiteral("invoices"), QStringLiteral("invoices")}}));
    list.push_back(std::make_unique<InvoiceSyncSource>(invoices));
    list.push_back(std::make_unique<ContractItemSource>(
        QStringLiteral("readings"), QStringLiteral("readings"),
        ReadingRepository::columns(QStringLiteral("t")),
        [](const QSqlQuery &q) { return ReadingRepository::fromRow(q).toJson(); }));
    list.push_back(std::make_unique<UserItemSource>(
        QStringLiteral("requests"), QStringLiteral("service_requests"),
        RequestRepository::columns(QStringLiteral("t")),
        [](QSqlDatabase &conn, const QSqlQuery &q) {
            return RequestRepository::fromRow(conn, q).toJson();
        }));
    list.push_back(std::make_unique<NotificationSyncSource>(utility));
    return list;
}

} // namespace ov::server
