#include "ReadingService.h"

#include "auth/TokenGenerator.h"
#include "data/ReadingRepository.h"
#include "db/Sql.h"
#include "domain/Json.h"
#include "domain/ReadingRules.h"
#include "notifications/NotificationService.h"
#include "sync/SyncWrite.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcReadings, "ov.server.readings")

namespace ov::server {

ReadingService::ReadingService(Database &db, std::shared_ptr<const Clock> clock,
                               const BillingCalendar &calendar, UtilityConfig utility)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_calendar(calendar)
    , m_utility(std::move(utility))
{}

ServiceResult ReadingService::submit(const QString &userId, const QString &contractId,
                                     const QJsonObject &body)
{
    QList<FieldError> malformed;
    const QJsonValue valueJson = body.value(QLatin1StringView("value"));
    if (valueJson.isUndefined() || valueJson.isNull())
        malformed.append({QStringLiteral("value"), QStringLiteral("required")});
    else if (!valueJson.isDouble())
        malformed.append({QStringLiteral("value"), QStringLiteral("wrong_type")});
    const QDate today = m_calendar.today();
    QDate readAt = today; // a reading without a date was taken today
    const QJsonValue readAtJson = body.value(QLatin1StringView("readAt"));
    if (!readAtJson.isUndefined() && !readAtJson.isNull()) {
        const auto parsed = json::parseDate(readAtJson);
        if (!parsed)
            malformed.append({QStringLiteral("readAt"), QStringLiteral("invalid")});
        else
            readAt = *parsed;
    }
    if (!malformed.isEmpty())
        return ServiceResult::invalid(malformed);

    SyncWrite write(m_db);
    // The version first: it locks the feed's counter, so a concurrent reading of the same
    // contract waits here and is then checked against this one.
    if (write.version() <= 0)
        return ServiceResult::internalError();
    QSqlQuery q(write.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT c.meter_number, c.alias, c.number FROM contracts c"
                                  " JOIN user_contracts uc"
                                  " ON uc.contract_id = c.id WHERE c.id = :c AND uc.user_id = :u"),
                   {{":c", contractId}, {":u", userId}}))
        return ServiceResult::internalError();
    if (!q.next())
        return ServiceResult::problem(404, QStringLiteral("not_found"));
    const QString meter = q.value(0).toString();
    const QString contractName =
        q.value(1).toString().isEmpty() ? q.value(2).toString() : q.value(1).toString();
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + ReadingRepository::columns(QStringLiteral("r")) +
                       QStringLiteral(" FROM readings r WHERE r.contract_id = :c"),
                   {{":c", contractId}}))
        return ServiceResult::internalError();
    QList<Reading> history;
    while (q.next())
        history.append(ReadingRepository::fromRow(q));
    q.finish();

    const double value = valueJson.toDouble();
    const ReadingRules::Outcome outcome =
        ReadingRules::check(value, readAt, history, meter, m_utility.readingWindow, today);
    if (!outcome.accepted())
        return ServiceResult::problem(409, QStringLiteral("reading_rejected"), outcome.errors);

    Reading r;
    r.id = TokenGenerator::token(QStringLiteral("rd_"), 12);
    r.contractId = contractId;
    r.period = readAt.toString(QStringLiteral("yyyy-MM"));
    r.readAt = readAt;
    r.value = value;
    r.consumption = outcome.consumption;
    r.unit = m_utility.unit;
    r.source = QStringLiteral("customer");
    r.meterNumber = meter;
    r.needsReview = outcome.needsReview;
    r.updatedAt = m_clock->now();
    // An unusual reading is taken, and its users are told the utility will check it.
    if (!ReadingRepository::save(write, r) ||
        (r.needsReview &&
         !NotificationService::createForContract(write, contractId,
                                                 {{},
                                                  QStringLiteral("reading_flagged"),
                                                  QStringLiteral("reading_flagged:") + r.id,
                                                  {{QStringLiteral("contractName"), contractName},
                                                   {QStringLiteral("value"), r.value},
                                                   {QStringLiteral("unit"), r.unit}},
                                                  QStringLiteral("contract"),
                                                  contractId},
                                                 m_utility, r.updatedAt)) ||
        !write.commit())
        return ServiceResult::internalError();
    qCInfo(lcReadings) << "reading" << r.id << "of" << contractId
                       << (r.needsReview ? "taken, to review" : "taken");
    return ServiceResult::ok(201, r.toJson());
}

} // namespace ov::server
