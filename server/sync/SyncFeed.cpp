#include "SyncFeed.h"

#include "SyncCounter.h"
#include "SyncToken.h"
#include "SyncWrite.h"

#include "db/Sql.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSyncFeed, "ov.server.sync")

namespace ov::server {

namespace {
constexpr int kParts = 3; // SyncSource::Part: Removed, Whole, Changed
}

SyncFeed::SyncFeed(Database &db, const BillingCalendar &calendar,
                   std::vector<std::unique_ptr<SyncSource>> sources)
    : m_db(db)
    , m_calendar(calendar)
    , m_sources(std::move(sources))
{}

QByteArray SyncFeed::tokenKey()
{
    std::lock_guard lock(m_keyMutex);
    if (!m_key.isEmpty())
        return m_key;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral(
                         "SELECT meta_value FROM server_meta WHERE meta_key = 'sync_token_key'")) &&
        q.next())
        m_key = QByteArray::fromHex(q.value(0).toString().toLatin1());
    return m_key;
}

bool SyncFeed::catchUpDay()
{
    const QDate today = m_calendar.today();
    {
        QSqlDatabase conn = m_db.connection();
        const auto state = SyncCounter::read(conn);
        if (!state)
            return false;
        if (state->derivedAsOf == today)
            return true;
    }
    SyncWrite write(m_db);
    const qint64 version = write.version(); // holds the counter: one instance does the day
    const auto state = SyncCounter::read(write.connection());
    if (version <= 0 || !state)
        return false;
    if (state->derivedAsOf == today)
        return true; // another instance did it meanwhile
    if (state->derivedAsOf.isValid()) {
        for (const auto &source : m_sources)
            if (!source->dayChanged(write.connection(), version, state->derivedAsOf, today))
                return false;
    }
    qCInfo(lcSyncFeed) << "day changed from" << state->derivedAsOf << "to" << today << "at version"
                       << version;
    return SyncCounter::setDerivedAsOf(write.connection(), today) && write.commit();
}

SyncFeed::Result SyncFeed::page(const QString &userId, const QString &tokenText, int limit)
{
    const QByteArray key = tokenKey();
    if (key.isEmpty())
        return {500, QStringLiteral("internal_error"), {}};
    SyncToken token;
    token.userId = userId;
    if (!tokenText.isEmpty()) {
        const auto decoded = SyncToken::decode(tokenText, key);
        // Another user's token is answered exactly like one we never made.
        if (!decoded || decoded->userId != userId)
            return {410, QStringLiteral("sync_token_invalid"), {}};
        token = *decoded;
    }
    if (!catchUpDay())
        return {500, QStringLiteral("internal_error"), {}};

    QSqlDatabase conn = m_db.connection();
    Transaction snapshot(conn, m_db.dialect(), Transaction::Mode::Snapshot);
    const auto state = snapshot.isActive() ? SyncCounter::read(conn) : std::nullopt;
    if (!state)
        return {500, QStringLiteral("internal_error"), {}};
    // A position beyond what this database has ever handed out (a restored backup) cannot be
    // trusted; one older than the kept deletions cannot be answered incrementally.
    if (token.since > state->version || token.high > state->version)
        return {410, QStringLiteral("sync_token_invalid"), {}};
    if (token.since > 0 && token.since < state->floorVersion)
        return {410, QStringLiteral("sync_token_expired"), {}};

    const SyncWindow window{userId, token.since, token.inRun() ? token.high : state->version};
    const int sections = int(m_sources.size()) * kParts;
    int section = token.inRun() ? token.section : 0;
    SyncKey after{token.inRun() ? token.key1 : QString(), token.inRun() ? token.key2 : QString()};
    int remaining = limit;
    QJsonObject changes;
    while (section < sections && remaining > 0) {
        SyncSource &source = *m_sources.at(size_t(section / kParts));
        const auto part = SyncSource::Part(section % kParts);
        SyncBatch batch;
        const int asked = remaining;
        if (!source.read(conn, part, window, after, asked, batch))
            return {500, QStringLiteral("internal_error"), {}};
        if (batch.count > 0) {
            QJsonObject entry = changes.value(source.name()).toObject();
            QJsonArray upserted = entry.value(QLatin1StringView("upserted")).toArray();
            QJsonArray removed = entry.value(QLatin1StringView("removed")).toArray();
            for (const QJsonValue &v : std::as_const(batch.upserted))
                upserted.append(v);
            for (const QJsonValue &v : std::as_const(batch.removed))
                removed.append(v);
            changes.insert(source.name(), QJsonObject{{QStringLiteral("upserted"), upserted},
                                                      {QStringLiteral("removed"), removed}});
        }
        remaining -= batch.count;
        if (batch.count < asked) {
            ++section; // this part is exhausted
            after = {};
        } else {
            after = batch.last;
        }
    }

    SyncToken next;
    next.userId = userId;
    const bool more = section < sections;
    if (more) {
        next.since = window.since;
        next.high = window.high;
        next.section = section;
        next.key1 = after.contractId;
        next.key2 = after.itemId;
    } else {
        next.since = window.high;
    }
    return {200,
            {},
            {{QStringLiteral("token"), next.encode(key)},
             {QStringLiteral("more"), more},
             {QStringLiteral("changes"), changes}}};
}

} // namespace ov::server
