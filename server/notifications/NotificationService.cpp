#include "NotificationService.h"

#include "NotificationText.h"

#include "accounts/ProfileService.h"
#include "auth/TokenGenerator.h"
#include "db/Sql.h"
#include "domain/Json.h"
#include "domain/Money.h"
#include "domain/Notification.h"
#include "mail/EmailTemplates.h"
#include "mail/Mailer.h"
#include "sync/SyncWrite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotifications, "ov.server.notifications")

namespace ov::server {

namespace {} // namespace

QString NotificationService::columns()
{
    return QStringLiteral("t.id, t.kind, t.title, t.body, t.params, t.link_resource, t.link_id,"
                          " t.created_at, t.updated_at, t.read_at");
}

Notification NotificationService::fromRow(const QSqlQuery &q)
{
    Notification n;
    n.id = q.value(0).toString();
    n.kind = q.value(1).toString();
    n.title = q.value(2).toString();
    n.body = q.value(3).toString();
    n.params = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    n.linkResource = q.value(5).toString();
    n.linkId = q.value(6).toString();
    n.createdAt = sql::parseTime(q.value(7));
    n.updatedAt = sql::parseTime(q.value(8));
    n.readAt = sql::parseTime(q.value(9));
    return n;
}

namespace {

// Whether the user wants this kind by email (the profile's preferences; on by default).
bool wantsEmail(QSqlDatabase &conn, const QString &userId, const QString &kind)
{
    if (!ProfileService::events().contains(kind))
        return false;
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT email FROM notification_preferences WHERE user_id = :u"
                                  " AND event = :e"),
                   {{":u", userId}, {":e", kind}}))
        return false;
    return !q.next() || q.value(0).toInt() != 0;
}

} // namespace

NotificationService::NotificationService(Database &db, std::shared_ptr<const Clock> clock,
                                         UtilityConfig utility, Mailer &mailer)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_utility(std::move(utility))
    , m_mailer(mailer)
{}

bool NotificationService::create(SyncWrite &write, const Draft &draft, const UtilityConfig &utility,
                                 const QDateTime &now)
{
    const qint64 v = write.version();
    if (v <= 0 || !create(write.connection(), v, draft, utility, now)) {
        write.fail();
        return false;
    }
    return true;
}

bool NotificationService::create(QSqlDatabase &conn, qint64 version, const Draft &d,
                                 const UtilityConfig &utility, const QDateTime &now)
{
    QSqlQuery q(conn);
    const bool email = wantsEmail(conn, d.userId, d.kind);
    return sql::exec(
        q,
        QStringLiteral("INSERT INTO notifications (id, user_id, kind, dedupe_key, params, title,"
                       " body, link_resource, link_id, created_at, updated_at, read_at,"
                       " email_state, row_version) VALUES (:i, :u, :k, :d, :p, :t, :b, :lr, :li,"
                       " :c, :c2, NULL, :e, :v) ON CONFLICT (user_id, dedupe_key) DO NOTHING"),
        {{":i", TokenGenerator::token(QStringLiteral("ntf_"), 8)},
         {":u", d.userId},
         {":k", d.kind},
         {":d", d.dedupeKey},
         {":p", QString::fromUtf8(QJsonDocument(d.params).toJson(QJsonDocument::Compact))},
         {":t", NotificationText::title(d.kind, d.params, utility)},
         {":b", NotificationText::body(d.kind, d.params, utility)},
         {":lr", d.linkResource.isEmpty() ? sql::nullText() : QVariant(d.linkResource)},
         {":li", d.linkId.isEmpty() ? sql::nullText() : QVariant(d.linkId)},
         {":c", sql::timeText(now)},
         {":c2", sql::timeText(now)},
         {":e", email ? QStringLiteral("pending") : QStringLiteral("none")},
         {":v", version}});
}

bool NotificationService::createForContract(SyncWrite &write, const QString &contractId,
                                            Draft draft, const UtilityConfig &utility,
                                            const QDateTime &now)
{
    QSqlQuery q(write.connection());
    if (!sql::exec(q, QStringLiteral("SELECT user_id FROM user_contracts WHERE contract_id = :c"),
                   {{":c", contractId}})) {
        write.fail();
        return false;
    }
    QStringList users;
    while (q.next())
        users.append(q.value(0).toString());
    // The client opens the right contract from it (a landlord's bell mixes several).
    draft.params.insert(QStringLiteral("contractId"), contractId);
    for (const QString &user : std::as_const(users)) {
        draft.userId = user;
        if (!create(write, draft, utility, now))
            return false;
    }
    return true;
}

bool NotificationService::dueReminders(QSqlDatabase &conn, qint64 version, const QDate &from,
                                       const QDate &to, const UtilityConfig &utility,
                                       const QDateTime &now)
{
    if (to <= from)
        return true;
    // A server that was down for months does not remind of long-gone dates: at most a month.
    const QDate first = std::max(from.addDays(1), to.addDays(-31));
    QSqlQuery q(conn);
    if (!sql::exec(
            q,
            QStringLiteral(
                "SELECT i.id, i.number, i.amount, i.currency, i.due_date, uc.user_id,"
                " c.alias, c.number, i.contract_id FROM invoices i JOIN contracts c ON c.id ="
                " i.contract_id JOIN user_contracts uc ON uc.contract_id = i.contract_id"
                " WHERE i.paid_at IS NULL AND i.due_date >= :lo AND i.due_date <= :hi"),
            {{":lo", first.addDays(kReminderDays).toString(Qt::ISODate)},
             {":hi", to.addDays(kReminderDays).toString(Qt::ISODate)}}))
        return false;
    QList<Draft> drafts;
    while (q.next()) {
        const QString alias = q.value(6).toString();
        drafts.append(
            {q.value(5).toString(),
             QStringLiteral("due_reminder"),
             QStringLiteral("due_reminder:") + q.value(0).toString(),
             {{QStringLiteral("invoiceNumber"), q.value(1).toString()},
              {QStringLiteral("amount"),
               Money{q.value(2).toLongLong(), q.value(3).toString()}.toJson()},
              {QStringLiteral("dueDate"), q.value(4).toString()},
              {QStringLiteral("contractName"), alias.isEmpty() ? q.value(7).toString() : alias},
              {QStringLiteral("contractId"), q.value(8).toString()}},
             QStringLiteral("invoice"),
             q.value(0).toString()});
    }
    q.finish();
    for (const Draft &d : std::as_const(drafts))
        if (!create(conn, version, d, utility, now))
            return false;
    if (!drafts.isEmpty())
        qCInfo(lcNotifications) << drafts.size() << "due reminders for" << to;
    return true;
}

ServiceResult NotificationService::list(const QString &userId)
{
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + columns() +
                       QStringLiteral(" FROM notifications t WHERE t.user_id = :u"
                                      " ORDER BY t.created_at DESC, t.id DESC"),
                   {{":u", userId}}))
        return ServiceResult::internalError();
    QJsonArray items;
    while (q.next())
        items.append(fromRow(q).toJson());
    return ServiceResult::ok(
        200, {{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), QJsonValue()}});
}

ServiceResult NotificationService::markRead(const QString &userId, const QString &id)
{
    SyncWrite write(m_db);
    QSqlQuery q(write.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT read_at FROM notifications WHERE id = :i AND"
                                  " user_id = :u"),
                   {{":i", id}, {":u", userId}}))
        return ServiceResult::internalError();
    if (!q.next())
        return ServiceResult::problem(404, QStringLiteral("not_found"));
    if (!q.value(0).isNull())
        return ServiceResult::ok(204); // read already: keeps its first readAt
    const QString now = sql::timeText(m_clock->now());
    const qint64 v = write.version();
    if (v <= 0 ||
        !sql::exec(q,
                   QStringLiteral("UPDATE notifications SET read_at = :t, updated_at = :t2,"
                                  " row_version = :v WHERE id = :i"),
                   {{":t", now}, {":t2", now}, {":v", v}, {":i", id}}) ||
        !write.commit())
        return ServiceResult::internalError();
    return ServiceResult::ok(204);
}

ServiceResult NotificationService::markAllRead(const QString &userId)
{
    SyncWrite write(m_db);
    const qint64 v = write.version();
    const QString now = sql::timeText(m_clock->now());
    QSqlQuery q(write.connection());
    if (v <= 0 ||
        !sql::exec(q,
                   QStringLiteral("UPDATE notifications SET read_at = :t, updated_at = :t2,"
                                  " row_version = :v WHERE user_id = :u AND read_at IS NULL"),
                   {{":t", now}, {":t2", now}, {":v", v}, {":u", userId}}) ||
        !write.commit())
        return ServiceResult::internalError();
    return ServiceResult::ok(204);
}

int NotificationService::deliverPending()
{
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    if (!sql::exec(q, QStringLiteral("SELECT n.id, n.title, n.body, u.email FROM notifications n"
                                     " JOIN users u ON u.id = n.user_id WHERE n.email_state ="
                                     " 'pending' ORDER BY n.created_at LIMIT 100")))
        return 0;
    struct Pending
    {
        QString id, title, body, to;
    };
    QList<Pending> pending;
    while (q.next())
        pending.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()});
    q.finish();
    int sent = 0;
    const QString language = m_utility.locale.startsWith(QLatin1StringView("en"))
                                 ? QStringLiteral("en")
                                 : QStringLiteral("es");
    for (const Pending &p : std::as_const(pending)) {
        // Claimed by exactly one instance: the one whose update changes the row.
        if (!sql::exec(q,
                       QStringLiteral("UPDATE notifications SET email_state = 'sent' WHERE id ="
                                      " :i AND email_state = 'pending'"),
                       {{":i", p.id}}) ||
            q.numRowsAffected() != 1)
            continue;
        QString error;
        if (m_mailer.send(
                EmailTemplates::notification(language, m_utility.name, p.to, p.title, p.body),
                &error))
            ++sent;
        else
            qCWarning(lcNotifications) << "notification email not queued:" << error;
    }
    return sent;
}

} // namespace ov::server
