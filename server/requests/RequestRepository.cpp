#include "RequestRepository.h"

#include "auth/TokenGenerator.h"
#include "db/Sql.h"
#include "sync/SyncWrite.h"

#include <QCryptographicHash>
#include <QHash>

namespace ov::server {

namespace {

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(sql::timeText(t)) : sql::nullText();
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? sql::nullText() : QVariant(s);
}

bool readThread(QSqlDatabase &conn, ServiceRequest &r)
{
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, message_id, file_name, content_type, size FROM"
                                  " request_attachments WHERE request_id = :r ORDER BY id"),
                   {{":r", r.id}}))
        return false;
    QHash<QString, QList<RequestAttachment>> files;
    while (q.next())
        files[q.value(1).toString()].append({q.value(0).toString(), q.value(2).toString(),
                                             q.value(3).toString(), q.value(4).toLongLong()});
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, author, body, status, created_at FROM"
                                  " request_messages WHERE request_id = :r"
                                  " ORDER BY created_at, id"),
                   {{":r", r.id}}))
        return false;
    while (q.next()) {
        RequestMessage m;
        m.id = q.value(0).toString();
        m.author = q.value(1).toString();
        m.body = q.value(2).toString();
        m.status = q.value(3).toString();
        m.createdAt = sql::parseTime(q.value(4));
        m.attachments = files.value(m.id);
        r.messages.append(m);
    }
    return true;
}

} // namespace

QString RequestRepository::columns(const QString &alias)
{
    QString out;
    for (const char *c :
         {"id", "number", "category_id", "kind", "contract_id", "subject", "status", "created_at",
          "updated_at", "answer_due_date", "answered_at", "closed_at"}) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += alias + QLatin1Char('.') + QLatin1StringView(c);
    }
    return out;
}

ServiceRequest RequestRepository::fromRow(QSqlDatabase &conn, const QSqlQuery &q)
{
    ServiceRequest r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toString();
    r.categoryId = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.contractId = q.value(4).toString();
    r.subject = q.value(5).toString();
    r.status = q.value(6).toString();
    r.createdAt = sql::parseTime(q.value(7));
    r.updatedAt = sql::parseTime(q.value(8));
    r.answerDueDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    r.answeredAt = sql::parseTime(q.value(10));
    r.closedAt = sql::parseTime(q.value(11));
    readThread(conn, r);
    return r;
}

std::optional<ServiceRequest> RequestRepository::byId(QSqlDatabase &conn, const QString &id,
                                                      const QString &userId, bool *failed)
{
    QSqlQuery q(conn);
    const bool ok = sql::exec(q,
                              QStringLiteral("SELECT ") + columns(QStringLiteral("t")) +
                                  QStringLiteral(" FROM service_requests t WHERE t.id = :i"
                                                 " AND t.user_id = :u"),
                              {{":i", id}, {":u", userId}});
    if (failed)
        *failed = !ok;
    if (!ok || !q.next())
        return std::nullopt;
    return fromRow(conn, q);
}

std::optional<ServiceRequest> RequestRepository::byNumber(QSqlDatabase &conn, const QString &number,
                                                          QString *userId, bool *failed)
{
    QSqlQuery q(conn);
    const bool ok = sql::exec(q,
                              QStringLiteral("SELECT ") + columns(QStringLiteral("t")) +
                                  QStringLiteral(", t.user_id FROM service_requests t"
                                                 " WHERE t.number = :n"),
                              {{":n", number}});
    if (failed)
        *failed = !ok;
    if (!ok || !q.next())
        return std::nullopt;
    if (userId)
        *userId = q.value(12).toString();
    return fromRow(conn, q);
}

std::optional<QList<ServiceRequest>>
RequestRepository::forUser(QSqlDatabase &conn, const QString &userId, const QString &status)
{
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + columns(QStringLiteral("t")) +
                       QStringLiteral(" FROM service_requests t WHERE t.user_id = :u AND"
                                      " (:s = '' OR t.status = :s2)"
                                      " ORDER BY t.created_at DESC, t.id DESC"),
                   {{":u", userId}, {":s", sql::notNull(status)}, {":s2", sql::notNull(status)}}))
        return std::nullopt;
    QList<ServiceRequest> list;
    while (q.next())
        list.append(fromRow(conn, q));
    return list;
}

std::optional<RequestRepository::StoredFile> RequestRepository::file(QSqlDatabase &conn,
                                                                     const QString &requestId,
                                                                     const QString &attachmentId,
                                                                     const QString &userId)
{
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT a.id, a.file_name, a.content_type, a.size, a.sha256,"
                                  " a.chunk_count FROM request_attachments a JOIN"
                                  " service_requests r ON r.id = a.request_id WHERE a.id = :a"
                                  " AND a.request_id = :r AND r.user_id = :u"),
                   {{":a", attachmentId}, {":r", requestId}, {":u", userId}}) ||
        !q.next())
        return std::nullopt;
    StoredFile f;
    f.attachment = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong()};
    f.requestId = requestId;
    f.sha256 = q.value(4).toString();
    f.chunkCount = q.value(5).toInt();
    return f;
}

QByteArray RequestRepository::chunk(QSqlDatabase &conn, const QString &attachmentId, int seq)
{
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT data FROM attachment_chunks WHERE attachment_id = :a"
                                  " AND seq = :s"),
                   {{":a", attachmentId}, {":s", seq}}) ||
        !q.next())
        return {};
    return q.value(0).toByteArray();
}

QString RequestRepository::nextNumber(SyncWrite &write, int year)
{
    QSqlQuery q(write.connection());
    // The write holds the feed's counter lock, so two filings never read the same number.
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO filing_counters (filing_year, last_number)"
                                  " VALUES (:y, 1) ON CONFLICT (filing_year) DO UPDATE SET"
                                  " last_number = filing_counters.last_number + 1"),
                   {{":y", year}}) ||
        !sql::exec(q,
                   QStringLiteral("SELECT last_number FROM filing_counters WHERE filing_year = :y"),
                   {{":y", year}}) ||
        !q.next()) {
        write.fail();
        return {};
    }
    return QStringLiteral("PQR-%1-%2").arg(year).arg(q.value(0).toInt(), 6, 10, QLatin1Char('0'));
}

bool RequestRepository::insert(SyncWrite &write, const ServiceRequest &r, const QString &userId,
                               const QString &channel, const QString &contactName,
                               const QString &contactEmail)
{
    const qint64 v = write.version();
    QSqlQuery q(write.connection());
    const bool ok =
        v > 0 &&
        sql::exec(
            q,
            QStringLiteral("INSERT INTO service_requests (id, user_id, number, category_id, kind,"
                           " contract_id, subject, status, channel, contact_name, contact_email,"
                           " created_at, updated_at, answer_due_date, answered_at, closed_at,"
                           " row_version) VALUES (:i, :u, :n, :c, :k, :ct, :s, :st, :ch, :cn, :ce,"
                           " :ca, :ua, :d, NULL, NULL, :v)"),
            {{":i", r.id},
             {":u", nullable(userId)},
             {":n", r.number},
             {":c", r.categoryId},
             {":k", r.kind},
             {":ct", nullable(r.contractId)},
             {":s", r.subject},
             {":st", r.status},
             {":ch", channel},
             {":cn", nullable(contactName)},
             {":ce", nullable(contactEmail)},
             {":ca", sql::timeText(r.createdAt)},
             {":ua", sql::timeText(r.updatedAt)},
             {":d", r.answerDueDate.toString(Qt::ISODate)},
             {":v", v}});
    if (!ok)
        write.fail();
    return ok;
}

bool RequestRepository::addMessage(SyncWrite &write, const QString &requestId,
                                   RequestMessage &message, const QList<NewFile> &files)
{
    QSqlQuery q(write.connection());
    if (message.id.isEmpty())
        message.id = TokenGenerator::token(QStringLiteral("msg_"), 8);
    bool ok = sql::exec(q,
                        QStringLiteral("INSERT INTO request_messages (id, request_id, author,"
                                       " body, status, created_at) VALUES (:i, :r, :a, :b, :s,"
                                       " :t)"),
                        {{":i", message.id},
                         {":r", requestId},
                         {":a", message.author},
                         {":b", message.body},
                         {":s", nullable(message.status)},
                         {":t", sql::timeText(message.createdAt)}});
    message.attachments.clear();
    for (const NewFile &f : files) {
        if (!ok)
            break;
        RequestAttachment a{TokenGenerator::token(QStringLiteral("att_"), 8), f.fileName,
                            f.contentType, f.bytes.size()};
        const int chunks = int((f.bytes.size() + kChunkBytes - 1) / kChunkBytes);
        ok = sql::exec(
            q,
            QStringLiteral("INSERT INTO request_attachments (id, request_id,"
                           " message_id, file_name, content_type, size, sha256,"
                           " chunk_count) VALUES (:i, :r, :m, :f, :c, :s, :h, :n)"),
            {{":i", a.id},
             {":r", requestId},
             {":m", message.id},
             {":f", a.fileName},
             {":c", a.contentType},
             {":s", a.size},
             {":h", QString::fromLatin1(
                        QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex())},
             {":n", chunks}});
        for (int i = 0; ok && i < chunks; ++i)
            ok = sql::exec(q,
                           QStringLiteral("INSERT INTO attachment_chunks (attachment_id, seq,"
                                          " data) VALUES (:a, :s, :d)"),
                           {{":a", a.id},
                            {":s", i},
                            {":d", f.bytes.mid(qsizetype(i) * kChunkBytes, kChunkBytes)}});
        message.attachments.append(a);
    }
    if (!ok)
        write.fail();
    return ok;
}

bool RequestRepository::update(SyncWrite &write, const ServiceRequest &r)
{
    const qint64 v = write.version();
    QSqlQuery q(write.connection());
    const bool ok =
        v > 0 &&
        sql::exec(q,
                  QStringLiteral("UPDATE service_requests SET status = :s, updated_at = :u,"
                                 " answered_at = :a, closed_at = :c, row_version = :v"
                                 " WHERE id = :i"),
                  {{":s", r.status},
                   {":u", sql::timeText(r.updatedAt)},
                   {":a", nullableTime(r.answeredAt)},
                   {":c", nullableTime(r.closedAt)},
                   {":v", v},
                   {":i", r.id}});
    if (!ok)
        write.fail();
    return ok;
}

} // namespace ov::server
