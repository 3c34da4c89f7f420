#include "IntervalRoutes.h"

#include "IntervalProfile.h"

#include "db/Sql.h"
#include "domain/Json.h"
#include "http/HttpReply.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

namespace ov::server {

namespace {

// from/to: an ISO 8601 date-time (UTC offset required) or a date (midnight, utility time).
std::optional<QDateTime> parseInstant(const QString &text, const QTimeZone &zone)
{
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QDateTime(d, QTime(0, 0), zone).toUTC();
    }
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt; // a time without its offset means nothing here
    return t.toUTC();
}

QDateTime floorTo(const QDateTime &t, int seconds)
{
    const qint64 s = t.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(s - ((s % seconds) + seconds) % seconds, QTimeZone::utc());
}

QDateTime localMidnight(const QDateTime &t, const QTimeZone &zone)
{
    return QDateTime(t.toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
}

void appendNumber(QByteArray &out, double v)
{
    const double rounded = std::round(v * 1000) / 1000; // watt-hours (or litres)
    out += QByteArray::number(rounded, 'g', 12);
}

} // namespace

void IntervalRoutes::install(Router &router, ServerContext &context)
{
    router.get(
        QStringLiteral("/api/v1/contracts/{contractId}/interval-data"),
        Router::Access::Authenticated, [&context](ApiRequest &req, httplib::Response &res) {
            const UtilityConfig &config = context.utility.config(req.language);
            const QTimeZone zone(config.timeZone.toUtf8());
            QList<FieldError> errors;
            const QString resolution =
                req.hasQuery("resolution") ? req.query("resolution") : QStringLiteral("PT1H");
            int step = 0;
            if (resolution == QLatin1StringView("PT15M"))
                step = 900;
            else if (resolution == QLatin1StringView("PT1H"))
                step = 3600;
            else if (resolution == QLatin1StringView("P1D"))
                step = 86400;
            else
                errors.append({QStringLiteral("resolution"), QStringLiteral("invalid")});
            std::optional<QDateTime> from, to;
            for (const char *name : {"from", "to"}) {
                const QString text = req.query(name);
                auto &target = name[0] == 'f' ? from : to;
                if (text.isEmpty())
                    errors.append({QString::fromLatin1(name), QStringLiteral("required")});
                else if (!(target = parseInstant(text, zone)))
                    errors.append({QString::fromLatin1(name), QStringLiteral("invalid")});
            }
            if (from && to && (*to <= *from || from->daysTo(*to) > kMaxDays))
                errors.append({QStringLiteral("to"), QStringLiteral("out_of_range")});
            if (!errors.isEmpty())
                return http::problem(res, req.language, 400, QStringLiteral("validation_failed"),
                                     errors);

            const QString contractId = req.param(QStringLiteral("contractId"));
            QSqlQuery q(context.db.connection());
            if (!sql::exec(q,
                           QStringLiteral(
                               "SELECT c.kind, (SELECT AVG(r.consumption) FROM readings r"
                               " WHERE r.contract_id = c.id AND r.consumption > 0) FROM contracts c"
                               " JOIN user_contracts uc ON uc.contract_id = c.id"
                               " WHERE c.id = :c AND uc.user_id = :u"),
                           {{":c", contractId}, {":u", req.userId()}}))
                return http::problem(res, req.language, 500, QStringLiteral("internal_error"));
            if (!q.next())
                return http::problem(res, req.language, 404, QStringLiteral("not_found"));
            if (!config.intervalData)
                return http::problem(res, req.language, 409,
                                     QStringLiteral("interval_data_unavailable"));
            const IntervalProfile profile(contractId,
                                          q.value(0).toString() == QLatin1StringView("business"),
                                          q.value(1).toDouble(), zone);

            // What exists: from three years back (a local midnight) to the last whole
            // quarter-hour; a range is clipped to it.
            const QDateTime now = context.clock->now();
            const QDateTime first =
                localMidnight(now, zone).toTimeZone(zone).addYears(-kHistoryYears).toUTC();
            const bool daily = step == 86400;
            QDateTime start = std::max(*from, first);
            QDateTime end = std::min(*to, floorTo(now, 900));
            start = daily ? localMidnight(start, zone) : floorTo(start, step);
            if (daily && start < first)
                start = start.toTimeZone(zone).addDays(1).toUTC();
            end = daily ? localMidnight(end, zone) : floorTo(end, step);
            if (end < start)
                end = start;

            QByteArray body;
            body.reserve(64 + int(start.secsTo(end) / 900) * 6);
            body += "{\"contractId\":\"" + contractId.toUtf8() + "\",\"unit\":\"" +
                    config.unit.toUtf8() + "\",\"resolution\":\"" + resolution.toUtf8() +
                    "\",\"start\":\"" + json::dateTime(start).toUtf8() + "\",\"end\":\"" +
                    json::dateTime(end).toUtf8() +
                    "\",\"stepSeconds\":" + QByteArray::number(step) + ",\"values\":[";
            if (daily) {
                // Local days: 23 or 25 hours where the zone changes its clocks.
                bool firstValue = true;
                for (QDateTime day = start; day < end;) {
                    const QDateTime next = day.toTimeZone(zone).addDays(1).toUTC();
                    const auto quarters =
                        profile.series(day, IntervalProfile::kQuarter, day.secsTo(next) / 900);
                    double sum = 0;
                    for (double v : quarters)
                        sum += v;
                    if (!firstValue)
                        body += ',';
                    firstValue = false;
                    appendNumber(body, sum);
                    day = next;
                }
            } else {
                const auto values = profile.series(start, step, start.secsTo(end) / step);
                for (size_t i = 0; i < values.size(); ++i) {
                    if (i > 0)
                        body += ',';
                    appendNumber(body, values[i]);
                }
            }
            body += "]}";
            http::jsonWithEtag(req, res, body, http::etagFor(body));
        });
}

} // namespace ov::server
