#include "Cache.h"

#include "core/Logging.h"
#include "domain/Json.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace ov {

namespace {

QAtomicInteger<int> g_instances;

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
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
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        qCWarning(lcCache) << "cannot open" << m_path << db.lastError().text();
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
    };
    for (int v = version; v < kSchemaVersion; ++v) {
        Tx tx(db);
        for (const QString &statement : steps.at(v)) {
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

QList<Contract> Cache::contracts()
{
    QList<Contract> list;
    if (!open())
        return list;
    QSqlQuery q(connection());
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

QHash<QString, SyncState> Cache::syncStates()
{
    QHash<QString, SyncState> states;
    if (!open())
        return states;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT resource, etag, synced_at FROM sync_state")))
        return states;
    while (q.next()) {
        SyncState s{q.value(0).toString(), q.value(1).toString().toLatin1(),
                    QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
        states.insert(s.resource, s);
    }
    return states;
}

QDateTime Cache::lastSynced()
{
    return syncStates().value(QStringLiteral("contracts")).syncedAt;
}

bool Cache::writeState(QSqlDatabase &db, const SyncState &state)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (resource, etag, synced_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (resource) DO UPDATE SET etag = excluded.etag,"
                             " synced_at = excluded.synced_at"));
    q.addBindValue(state.resource);
    q.addBindValue(QString::fromLatin1(state.etag));
    q.addBindValue(timeText(state.syncedAt));
    return execLogged(q);
}

bool Cache::replaceContracts(const QList<Contract> &contracts, const SyncState &state)
{
    if (!open())
        return false;
    QSqlDatabase db = connection();
    Tx tx(db);
    if (!tx.active())
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS keep (id TEXT PRIMARY KEY)")) ||
        !q.exec(QStringLiteral("DELETE FROM keep")) ||
        !q.exec(QStringLiteral("DELETE FROM contracts")))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO contracts (id, number, json) VALUES (?, ?, ?)"));
    QSqlQuery keep(db);
    keep.prepare(QStringLiteral("INSERT INTO keep (id) VALUES (?)"));
    for (const Contract &c : contracts) {
        insert.addBindValue(c.id);
        insert.addBindValue(c.number);
        insert.addBindValue(toText(c.toJson()));
        keep.addBindValue(c.id);
        if (!execLogged(insert) || !execLogged(keep))
            return false;
    }
    // Forget what belonged to contracts the user no longer has.
    for (const QString &statement :
         {QStringLiteral("DELETE FROM invoices WHERE contract_id NOT IN (SELECT id FROM keep)"),
          QStringLiteral("DELETE FROM readings WHERE contract_id NOT IN (SELECT id FROM keep)"),
          QStringLiteral(
              "DELETE FROM sync_state WHERE resource <> 'contracts' AND"
              " substr(resource, instr(resource, ':') + 1) NOT IN (SELECT id FROM keep)")})
        if (!q.exec(statement))
            return false;
    return writeState(db, state) && tx.commit();
}

template <typename T>
bool Cache::replaceChildren(const QString &table, const QString &contractId, const QList<T> &items,
                            const SyncState &state)
{
    if (!open())
        return false;
    QSqlDatabase db = connection();
    Tx tx(db);
    if (!tx.active())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE contract_id = ?").arg(table));
    q.addBindValue(contractId);
    if (!execLogged(q))
        return false;
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO %1 (id, contract_id, sort_key, json) VALUES (?, ?, ?, ?)")
            .arg(table));
    for (const T &item : items) {
        insert.addBindValue(item.id);
        insert.addBindValue(contractId);
        if constexpr (std::is_same_v<T, Invoice>)
            insert.addBindValue(QString(item.period + QLatin1Char('|') + item.id));
        else
            insert.addBindValue(QString(json::date(item.readAt) + QLatin1Char('|') + item.id));
        insert.addBindValue(toText(item.toJson()));
        if (!execLogged(insert))
            return false;
    }
    return writeState(db, state) && tx.commit();
}

bool Cache::replaceInvoices(const QString &contractId, const QList<Invoice> &invoices,
                            const SyncState &state)
{
    return replaceChildren(QStringLiteral("invoices"), contractId, invoices, state);
}

bool Cache::replaceReadings(const QString &contractId, const QList<Reading> &readings,
                            const SyncState &state)
{
    return replaceChildren(QStringLiteral("readings"), contractId, readings, state);
}

bool Cache::touch(const QString &resource, const QDateTime &when)
{
    if (!open())
        return false;
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_state SET synced_at = ? WHERE resource = ?"));
    q.addBindValue(timeText(when));
    q.addBindValue(resource);
    return execLogged(q);
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

} // namespace ov
