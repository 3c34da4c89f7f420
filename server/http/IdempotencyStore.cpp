#include "IdempotencyStore.h"

#include "db/Sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace ov::server {

IdempotencyStore::IdempotencyStore(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

QByteArray IdempotencyStore::hash(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(const QString &scope,
                                                               const QString &key)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(
            q,
            QStringLiteral("SELECT request_hash, status, content_type, body FROM idempotency_keys"
                           " WHERE scope = :s AND idem_key = :k AND created_at > :since"),
            {{":s", scope},
             {":k", key},
             {":since", sql::timeText(m_clock->now().addSecs(-kKeepSeconds))}}) ||
        !q.next())
        return std::nullopt;
    return Stored{q.value(0).toString().toLatin1(), q.value(1).toInt(),
                  q.value(2).toString().toUtf8(),
                  QByteArray::fromBase64(q.value(3).toString().toLatin1())};
}

void IdempotencyStore::remember(const QString &scope, const QString &key, const Stored &answer)
{
    QSqlQuery q(m_db.connection());
    const QDateTime now = m_clock->now();
    sql::exec(q, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < :old"),
              {{":old", sql::timeText(now.addSecs(-kKeepSeconds))}});
    sql::exec(
        q,
        QStringLiteral(
            "INSERT INTO idempotency_keys (scope, idem_key, request_hash, status, content_type,"
            " body, created_at) VALUES (:s, :k, :h, :st, :ct, :b, :t) ON CONFLICT (scope, idem_key)"
            " DO UPDATE SET request_hash = excluded.request_hash, status = excluded.status,"
            " content_type = excluded.content_type, body = excluded.body,"
            " created_at = excluded.created_at"),
        {{":s", scope},
         {":k", key},
         {":h", QString::fromLatin1(answer.requestHash)},
         {":st", answer.status},
         {":ct", QString::fromUtf8(answer.contentType)},
         {":b", QString::fromLatin1(answer.body.toBase64())},
         {":t", sql::timeText(now)}});
}

} // namespace ov::server
