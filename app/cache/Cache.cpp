#include "Cache.h"

#include "core/Logging.h"
#include "domain/Json.h"
#include "platform/PrivateStorage.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <vector>

namespace ov {

namespace {

QAtomicInteger<int> g_instances;

QJsonObject fromText(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

// Never NULL: the columns are NOT NULL, and an empty QString binds as NULL.
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Rolls back unless committed.
class Tx
{
public:
    explicit Tx(QSqlDatabase &db)
        : m_db(db)
        , m_active(db.transaction())
    {}
    ~Tx()
    {
        if (m_active)
            m_db.rollback();
    }
    bool active() const { return m_active; }
    bool commit()
    {
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

bool execLogged(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcCache) << "query failed:" << q.lastError().text() << q.lastQuery();
    return false;
}

} // namespace

Cache::Cache(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("ov-cache-%1").arg(g_instances.fetchAndAddRelaxed(1)))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the worker keeps its connection for the cache's lifetime
}

Cache::~Cache()
{
    // The worker closes its own connection (Qt SQL connections belong to their thread)…
    const QString prefix = m_connectionName + QLatin1Char('-');
    QtConcurrent::run(&m_pool, [prefix] {
        const QString name = prefix + QString::number(quintptr(QThread::currentThreadId()), 16);
        if (!QSqlDatabase::contains(name))
            return;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }).waitForFinished();
    m_pool.waitForDone();
    // …and any other thread's (tests use the synchronous API directly) is dropped here.
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names)
        if (name.startsWith(prefix))
            QSqlDatabase::removeDatabase(name);
}

const QStringList &Cache::tables()
{
    static const QStringList list = {QStringLiteral("contracts"), QStringLiteral("invoices"),
                                     QStringLiteral("readings"), QStringLiteral("requests"),
                                     QStringLiteral("notifications")};
    return list;
}

QString Cache::defaultPath(const QString &profileId, const QString &userId)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(QStringLiteral("cache/%1/%2.sqlite").arg(profileId, userId));
}

QSqlDatabase Cache::connection()
{
    const QString name = m_connectionName + QLatin1Char('-') +
                         QString::number(quintptr(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    return db;
}

bool Cache::open(QString *error)
{
    QSqlDatabase db = connection();
    if (db.isOpen())
        return true;
    // The user's invoices, addresses and meters: readable by them alone (the WAL and shared
    // memory files SQLite adds take the database file's mode).
    if (!PrivateStorage::makePrivateDir(QFileInfo(m_path).absolutePath()) ||
        !PrivateStorage::makePrivateFile(m_path))
        qCWarning(lcCache) << "cannot make" << m_path << "private";
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        qCWarning(lcCache) << "cannot open" << m_path << db.lastError().text();
        return false;
    }
    bool newer = false;
    if (const QString why = checkUsable(db, &newer); !why.isEmpty() && !moveAside(db, why, newer)) {
        if (error)
            *error = why;
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    QString migrateError;
    if (!migrate(db, &migrateError)) {
        if (error)
            *error = migrateError;
        db.close();
        return false;
    }
    return true;
}

QString Cache::checkUsable(QSqlDatabase &db, bool *newer)
{
    QSqlQuery q(db);
    // A file that is not SQLite fails here ("file is not a database").
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    if (q.value(0).toInt() > kSchemaVersion) {
        *newer = true;
        return QStringLiteral("written by a newer version of the app (schema %1)")
            .arg(q.value(0).toInt());
    }
    // A truncated or damaged file passes the header but not this (pages missing, bad b-trees).
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return q.lastError().text();
    const QString verdict = q.value(0).toString();
    return verdict == QLatin1StringView("ok") ? QString() : verdict;
}

bool Cache::moveAside(QSqlDatabase &db, const QString &reason, bool newer)
{
    db.close();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    const QString target =
        m_path + (newer ? QStringLiteral(".newer-") : QStringLiteral(".unreadable-")) + stamp;
    bool moved = QFile::rename(m_path, target);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1StringView(suffix);
        if (QFile::exists(side))
            moved = QFile::rename(side, target + QLatin1StringView(suffix)) && moved;
    }
    qCWarning(lcCache) << "the cache" << m_path << "cannot be used (" << reason << "): moved to"
                       << target << "and started afresh";
    if (!moved || !PrivateStorage::makePrivateFile(m_path) || !db.open())
        return false;
    m_recovery = Recovery{reason, target, newer};
    return true;
}

bool Cache::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        *error = QStringLiteral("the cache was written by a newer version (%1)").arg(version);
        return false;
    }
    const QList<QStringList> steps = {
        // 1: items as JSON with the columns we sort and filter by.
        {QStringLiteral("CREATE TABLE contracts (id TEXT PRIMARY KEY, number TEXT NOT NULL,"
                        " json TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE invoices (id TEXT PRIMARY KEY, contract_id TEXT NOT NULL,"
                        " sort_key TEXT NOT NULL, json TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX invoices_by_contract ON invoices (contract_id, sort_key)"),
         QStringLiteral("CREATE TABLE readings (id TEXT PRIMARY KEY, contract_id TEXT NOT NULL,"
                        " sort_key TEXT NOT NULL, json TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX readings_by_contract ON readings (contract_id, sort_key)"),
         QStringLiteral("CREATE TABLE sync_state (resource TEXT PRIMARY KEY, etag TEXT,"
                        " synced_at TEXT NOT NULL)")},
        // 2: the account-wide change feed. One position for everything; rows carry the
        // generation of the full run that last saw them, so a full run can drop what it did not
        // bring. The old per-resource ETags mean nothing to the feed: the first run is full.
        {QStringLiteral("ALTER TABLE contracts ADD COLUMN gen INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE invoices ADD COLUMN gen INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE readings ADD COLUMN gen INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("CREATE TABLE sync_position (singleton INTEGER PRIMARY KEY"
                        " CHECK (singleton = 1), token TEXT NOT NULL, more INTEGER NOT NULL,"
                        " generation INTEGER NOT NULL, sweep INTEGER NOT NULL,"
                        " resources TEXT NOT NULL, synced_at TEXT NOT NULL)"),
         QStringLiteral("INSERT INTO sync_position VALUES (1, '', 0, 0, 0, '',"
                        " COALESCE((SELECT synced_at FROM sync_state"
                        " WHERE resource = 'contracts'), ''))"),
         QStringLiteral("DROP TABLE sync_state")},
        // 3: invoices carry their detail (period, readings, lines, payment reference). Rows
        // cached before lack it and the feed would never bring them again: the next run is full.
        {QStringLiteral("UPDATE sync_position SET token = '', more = 0")},
        // 4: the online payments being followed.
        {QStringLiteral("CREATE TABLE IF NOT EXISTS pending_payments (invoice_id TEXT PRIMARY KEY,"
                        " idempotency_key TEXT NOT NULL, payment_id TEXT NOT NULL,"
                        " pay_url TEXT NOT NULL, expires_at TEXT NOT NULL)")},
        // 5: the outbox — every change the user made that the server has not confirmed.
        {QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " action TEXT NOT NULL, scope TEXT NOT NULL, method TEXT NOT NULL,"
                        " path TEXT NOT NULL, body BLOB NOT NULL,"
                        " idempotency_key TEXT NOT NULL UNIQUE, attempts INTEGER NOT NULL,"
                        " next_attempt_at TEXT NOT NULL, last_error TEXT NOT NULL,"
                        " state TEXT NOT NULL, problem BLOB NOT NULL,"
                        " created_at TEXT NOT NULL)")},
        // 6: smart-meter quarter-hours by local month, as float32 values.
        {QStringLiteral("CREATE TABLE IF NOT EXISTS interval_months (contract_id TEXT NOT NULL,"
                        " month TEXT NOT NULL, start TEXT NOT NULL, step INTEGER NOT NULL,"
                        " etag TEXT NOT NULL, complete INTEGER NOT NULL, data BLOB NOT NULL,"
                        " PRIMARY KEY (contract_id, month))")},
        // 7: the user's requests (with their threads) and notifications; they hang from the
        // user (contract_id is empty), so unlinking a contract keeps them. The next run is
        // full, so the feed brings what the old position never covered.
        {QStringLiteral("CREATE TABLE IF NOT EXISTS requests (id TEXT PRIMARY KEY,"
                        " contract_id TEXT NOT NULL, sort_key TEXT NOT NULL, json TEXT NOT NULL,"
                        " gen INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS notifications (id TEXT PRIMARY KEY,"
                        " contract_id TEXT NOT NULL, sort_key TEXT NOT NULL, json TEXT NOT NULL,"
                        " gen INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("UPDATE sync_position SET token = '', more = 0")},
        // 8: outbox entries that are not JSON (a request with its files, as multipart).
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN content_type TEXT NOT NULL DEFAULT ''")},
    };
    for (int v = version; v < kSchemaVersion; ++v) {
        Tx tx(db);
        for (const QString &statement : steps.at(v)) {
            // A column that is there already (a step run again on a cache whose version was
            // rolled back) is not added twice.
            static const QRegularExpression addColumn(
                QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+) "));
            if (const auto m = addColumn.match(statement); m.hasMatch()) {
                QSqlQuery info(db);
                bool present = false;
                if (info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(m.captured(1))))
                    while (info.next())
                        present = present || info.value(1).toString() == m.captured(2);
                if (present)
                    continue;
            }
            if (!q.exec(statement)) {
                *error = q.lastError().text();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !tx.commit()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

template <typename T>
QList<T> Cache::readAll(const QString &table)
{
    QList<T> list;
    if (!open())
        return list;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT json FROM %1 ORDER BY sort_key DESC").arg(table)))
        return list;
    while (q.next())
        list.append(T::fromJson(fromText(q.value(0))));
    return list;
}

QList<ServiceRequest> Cache::requests()
{
    return readAll<ServiceRequest>(QStringLiteral("requests"));
}

QList<Notification> Cache::notifications()
{
    return readAll<Notification>(QStringLiteral("notifications"));
}

QList<Contract> Cache::contracts()
{
    QList<Contract> list;
    if (!open())
        return list;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT json FROM contracts ORDER BY number")))
        return list;
    while (q.next())
        if (auto c = Contract::fromJson(fromText(q.value(0))))
            list.append(std::move(*c));
    return list;
}

template <typename T>
QList<T> Cache::readChildren(const QString &table, const QString &contractId)
{
    QList<T> list;
    if (!open())
        return list;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM %1 WHERE contract_id = ? ORDER BY sort_key DESC")
                  .arg(table));
    q.addBindValue(contractId);
    if (!execLogged(q))
        return list;
    while (q.next())
        if (auto item = T::fromJson(fromText(q.value(0))))
            list.append(std::move(*item));
    return list;
}

QList<Invoice> Cache::invoices(const QString &contractId)
{
    return readChildren<Invoice>(QStringLiteral("invoices"), contractId);
}

QList<Reading> Cache::readings(const QString &contractId)
{
    return readChildren<Reading>(QStringLiteral("readings"), contractId);
}

SyncPosition Cache::syncPosition()
{
    SyncPosition p;
    if (!open())
        return p;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT token, more, generation, sweep, resources, synced_at"
                               " FROM sync_position")) ||
        !q.next())
        return p;
    p.token = q.value(0).toString();
    p.more = q.value(1).toInt() != 0;
    p.generation = q.value(2).toLongLong();
    p.sweep = q.value(3).toInt() != 0;
    p.resources = q.value(4).toString();
    p.syncedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return p;
}

QDateTime Cache::lastSynced()
{
    return syncPosition().syncedAt;
}

bool Cache::apply(const QList<TableChanges> &changes, const SyncPosition &after, bool sweep,
                  QHash<QString, QSet<QString>> *removedFrom)
{
    if (!open())
        return false;
    QSqlDatabase db = connection();
    Tx tx(db);
    if (!tx.active())
        return false;
    const QString root = tables().first();
    for (const TableChanges &c : changes) {
        if (!tables().contains(c.table)) {
            qCWarning(lcCache) << "no such table" << c.table;
            return false;
        }
        const bool isRoot = c.table == root;
        // Removals first: an id can be removed and come back in the same page.
        std::vector<QSqlQuery> removers;
        for (const QString &table : tables()) {
            if (!isRoot && table != c.table)
                continue;
            QSqlQuery &r = removers.emplace_back(db);
            r.prepare(isRoot
                          ? (table != root ? QStringLiteral("DELETE FROM %1 WHERE contract_id = ?")
                                           : QStringLiteral("DELETE FROM %1 WHERE id = ?"))
                                .arg(table)
                          : QStringLiteral("DELETE FROM %1 WHERE id = ? RETURNING contract_id")
                                .arg(table));
        }
        for (const QString &id : c.removed) {
            for (QSqlQuery &r : removers) {
                r.addBindValue(id);
                if (!execLogged(r))
                    return false;
                while (!isRoot && r.next())
                    if (removedFrom)
                        (*removedFrom)[c.table].insert(r.value(0).toString());
            }
        }
        QSqlQuery upsert(db);
        upsert.prepare(
            isRoot
                ? QStringLiteral("INSERT INTO contracts (id, number, json, gen) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (id) DO UPDATE SET number = excluded.number,"
                                 " json = excluded.json, gen = excluded.gen")
                : QStringLiteral("INSERT INTO %1 (id, contract_id, sort_key, json, gen)"
                                 " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                 " contract_id = excluded.contract_id,"
                                 " sort_key = excluded.sort_key, json = excluded.json,"
                                 " gen = excluded.gen")
                      .arg(c.table));
        for (const CacheRow &row : c.upserted) {
            upsert.addBindValue(row.id);
            if (!isRoot)
                upsert.addBindValue(notNull(row.contractId));
            upsert.addBindValue(notNull(row.sortKey));
            upsert.addBindValue(row.json);
            upsert.addBindValue(after.generation);
            if (!execLogged(upsert))
                return false;
        }
    }
    QSqlQuery q(db);
    if (sweep) {
        for (const QString &table : tables()) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE gen < ?").arg(table));
            q.addBindValue(after.generation);
            if (!execLogged(q))
                return false;
        }
    }
    q.prepare(QStringLiteral("UPDATE sync_position SET token = ?, more = ?, generation = ?,"
                             " sweep = ?, resources = ?, synced_at = ?"));
    q.addBindValue(notNull(after.token));
    q.addBindValue(after.more ? 1 : 0);
    q.addBindValue(after.generation);
    q.addBindValue(after.sweep ? 1 : 0);
    q.addBindValue(notNull(after.resources));
    q.addBindValue(timeText(after.syncedAt));
    return execLogged(q) && tx.commit();
}

int Cache::count(const QString &table)
{
    if (!open())
        return -1;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Cache::savePendingPayment(const PendingPayment &p)
{
    if (!open())
        return false;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO pending_payments (invoice_id, idempotency_key,"
                             " payment_id, pay_url, expires_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(p.invoiceId);
    q.addBindValue(p.idempotencyKey);
    q.addBindValue(notNull(p.paymentId));
    q.addBindValue(notNull(p.payUrl));
    q.addBindValue(notNull(p.expiresAt.isValid() ? p.expiresAt.toUTC().toString(Qt::ISODateWithMs)
                                                 : QString()));
    return execLogged(q);
}

QList<PendingPayment> Cache::pendingPayments()
{
    QList<PendingPayment> list;
    if (!open())
        return list;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT invoice_id, idempotency_key, payment_id, pay_url, expires_at"
                               " FROM pending_payments ORDER BY invoice_id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(),
                     QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    return list;
}

bool Cache::forgetPendingPayment(const QString &invoiceId)
{
    if (!open())
        return false;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM pending_payments WHERE invoice_id = ?"));
    q.addBindValue(invoiceId);
    return execLogged(q);
}

namespace {
QString outboxState(OutboxEntry::State s)
{
    return s == OutboxEntry::State::Rejected ? QStringLiteral("rejected")
                                             : QStringLiteral("pending");
}
} // namespace

qint64 Cache::addToOutbox(const OutboxEntry &e)
{
    if (!open())
        return 0;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO outbox (action, scope, method, path, body,"
                             " idempotency_key, attempts, next_attempt_at, last_error, state,"
                             " problem, created_at, content_type)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(notNull(e.action));
    q.addBindValue(notNull(e.scope));
    q.addBindValue(QString::fromLatin1(e.method));
    q.addBindValue(notNull(e.path));
    q.addBindValue(e.body.isNull() ? QByteArray("") : e.body);
    q.addBindValue(e.idempotencyKey);
    q.addBindValue(e.attempts);
    q.addBindValue(timeText(e.nextAttemptAt));
    q.addBindValue(notNull(e.lastError));
    q.addBindValue(outboxState(e.state));
    q.addBindValue(e.problem.isNull() ? QByteArray("") : e.problem);
    q.addBindValue(timeText(e.createdAt));
    q.addBindValue(notNull(QString::fromLatin1(e.contentType)));
    if (!execLogged(q))
        return 0;
    return q.lastInsertId().toLongLong();
}

QList<OutboxEntry> Cache::outbox()
{
    QList<OutboxEntry> list;
    if (!open())
        return list;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id, action, scope, method, path, body, idempotency_key,"
                               " attempts, next_attempt_at, last_error, state, problem,"
                               " created_at, content_type FROM outbox ORDER BY id")))
        return list;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.action = q.value(1).toString();
        e.scope = q.value(2).toString();
        e.method = q.value(3).toString().toLatin1();
        e.path = q.value(4).toString();
        e.body = q.value(5).toByteArray();
        e.idempotencyKey = q.value(6).toString();
        e.attempts = q.value(7).toInt();
        e.nextAttemptAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        e.lastError = q.value(9).toString();
        e.state = q.value(10).toString() == QLatin1StringView("rejected")
                      ? OutboxEntry::State::Rejected
                      : OutboxEntry::State::Pending;
        e.problem = q.value(11).toByteArray();
        e.createdAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        e.contentType = q.value(13).toString().toLatin1();
        list.append(e);
    }
    return list;
}

bool Cache::updateOutbox(const OutboxEntry &e)
{
    if (!open())
        return false;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_at = ?,"
                             " last_error = ?, state = ?, problem = ? WHERE id = ?"));
    q.addBindValue(e.attempts);
    q.addBindValue(timeText(e.nextAttemptAt));
    q.addBindValue(notNull(e.lastError));
    q.addBindValue(outboxState(e.state));
    q.addBindValue(e.problem.isNull() ? QByteArray("") : e.problem);
    q.addBindValue(e.id);
    return execLogged(q) && q.numRowsAffected() == 1;
}

bool Cache::removeFromOutbox(qint64 id)
{
    if (!open())
        return false;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    return execLogged(q);
}

bool Cache::saveIntervalMonth(const QString &contractId, const IntervalMonth &m)
{
    if (!open())
        return false;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO interval_months (contract_id, month, start,"
                             " step, etag, complete, data) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(contractId);
    q.addBindValue(m.month);
    q.addBindValue(timeText(m.series.start));
    q.addBindValue(m.series.stepSeconds);
    q.addBindValue(notNull(QString::fromLatin1(m.etag)));
    q.addBindValue(m.complete ? 1 : 0);
    q.addBindValue(m.series.valuesBlob());
    return execLogged(q);
}

QList<IntervalMonth> Cache::intervalMonths(const QString &contractId)
{
    QList<IntervalMonth> list;
    if (!open())
        return list;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT month, start, step, etag, complete, data FROM interval_months"
                             " WHERE contract_id = ? ORDER BY month"));
    q.addBindValue(contractId);
    if (!execLogged(q))
        return list;
    while (q.next()) {
        IntervalMonth m;
        m.month = q.value(0).toString();
        m.series.start = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        m.series.stepSeconds = q.value(2).toInt();
        m.etag = q.value(3).toString().toLatin1();
        m.complete = q.value(4).toInt() != 0;
        m.series.values = IntervalSeries::valuesFromBlob(q.value(5).toByteArray());
        list.append(std::move(m));
    }
    return list;
}

} // namespace ov
