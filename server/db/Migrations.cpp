#include "Migrations.h"

#include "Sql.h"
#include "Transaction.h"

#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace ov::server {

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Portable SQL only: TEXT ids chosen by the server, TEXT ISO 8601 UTC times, BIGINT money in
// minor units, DOUBLE PRECISION quantities, INTEGER flags and counters.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         {
             QStringLiteral("CREATE TABLE server_meta ("
                            " meta_key TEXT PRIMARY KEY,"
                            " meta_value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE customers ("
                            " id TEXT PRIMARY KEY,"
                            " customer_type TEXT NOT NULL,"
                            " display_name TEXT NOT NULL,"
                            " paternal_surname TEXT,"
                            " maternal_surname TEXT,"
                            " company_name TEXT,"
                            " tax_id TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY,"
                            " customer_id TEXT NOT NULL REFERENCES customers(id),"
                            " username TEXT NOT NULL,"
                            " username_norm TEXT NOT NULL UNIQUE,"
                            " email TEXT NOT NULL,"
                            " email_norm TEXT NOT NULL UNIQUE,"
                            " password_hash TEXT,"
                            " status TEXT NOT NULL,"
                            " phone TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE contracts ("
                            " id TEXT PRIMARY KEY,"
                            " number TEXT NOT NULL UNIQUE,"
                            " customer_id TEXT NOT NULL REFERENCES customers(id),"
                            " alias TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL,"
                            " holder_name TEXT NOT NULL,"
                            " supply_line1 TEXT NOT NULL, supply_line2 TEXT NOT NULL DEFAULT '',"
                            " supply_city TEXT NOT NULL, supply_region TEXT NOT NULL,"
                            " supply_postal_code TEXT NOT NULL, supply_country TEXT NOT NULL,"
                            " billing_line1 TEXT NOT NULL, billing_line2 TEXT NOT NULL DEFAULT '',"
                            " billing_city TEXT NOT NULL, billing_region TEXT NOT NULL,"
                            " billing_postal_code TEXT NOT NULL, billing_country TEXT NOT NULL,"
                            " tariff TEXT NOT NULL,"
                            " meter_number TEXT NOT NULL,"
                            " start_date TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE user_contracts ("
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " contract_id TEXT NOT NULL REFERENCES contracts(id),"
                            " linked_at TEXT NOT NULL,"
                            " PRIMARY KEY (user_id, contract_id))"),
             QStringLiteral("CREATE TABLE invoices ("
                            " id TEXT PRIMARY KEY,"
                            " contract_id TEXT NOT NULL REFERENCES contracts(id),"
                            " number TEXT NOT NULL UNIQUE,"
                            " period TEXT NOT NULL,"
                            " issue_date TEXT NOT NULL,"
                            " due_date TEXT NOT NULL,"
                            " amount BIGINT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " paid_at TEXT,"
                            " consumption DOUBLE PRECISION NOT NULL,"
                            " unit TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX invoices_by_contract ON invoices (contract_id, period, id)"),
             QStringLiteral("CREATE TABLE readings ("
                            " id TEXT PRIMARY KEY,"
                            " contract_id TEXT NOT NULL REFERENCES contracts(id),"
                            " period TEXT NOT NULL,"
                            " read_at TEXT NOT NULL,"
                            " value DOUBLE PRECISION NOT NULL,"
                            " consumption DOUBLE PRECISION NOT NULL,"
                            " unit TEXT NOT NULL,"
                            " source TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX readings_by_contract ON readings (contract_id, read_at, id)"),
             QStringLiteral("CREATE TABLE sessions ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " created_at TEXT NOT NULL,"
                            " last_used_at TEXT NOT NULL,"
                            " revoked_at TEXT,"
                            " user_agent TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE session_tokens ("
                            " token_hash TEXT PRIMARY KEY,"
                            " session_id TEXT NOT NULL REFERENCES sessions(id),"
                            " kind TEXT NOT NULL,"
                            " expires_at TEXT NOT NULL,"
                            " used_at TEXT)"),
             QStringLiteral(
                 "CREATE INDEX session_tokens_by_session ON session_tokens (session_id)"),
             QStringLiteral("CREATE TABLE login_throttle ("
                            " throttle_key TEXT PRIMARY KEY,"
                            " failures INTEGER NOT NULL,"
                            " locked_until TEXT)"),
         }},
        {2,
         {
             // Accounts: registration, activation, recovery, two-factor, profile.
             QStringLiteral("ALTER TABLE users ADD COLUMN contact_email TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN terms_version TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN terms_accepted_at TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN activated_at TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN totp_secret TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN totp_pending_secret TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN totp_last_step BIGINT"),
             QStringLiteral("CREATE TABLE registrations ("
                            " id TEXT PRIMARY KEY,"
                            " customer_id TEXT NOT NULL REFERENCES customers(id),"
                            " customer_type TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " expires_at TEXT NOT NULL,"
                            " user_id TEXT)"),
             QStringLiteral("CREATE TABLE one_time_codes ("
                            " code_hash TEXT PRIMARY KEY,"
                            " purpose TEXT NOT NULL,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " payload TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " expires_at TEXT NOT NULL,"
                            " used_at TEXT)"),
             QStringLiteral(
                 "CREATE INDEX one_time_codes_by_user ON one_time_codes (user_id, purpose)"),
             QStringLiteral("CREATE TABLE recovery_codes ("
                            " code_hash TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " used_at TEXT)"),
             QStringLiteral("CREATE TABLE notification_preferences ("
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " event TEXT NOT NULL,"
                            " email INTEGER NOT NULL,"
                            " sms INTEGER NOT NULL,"
                            " PRIMARY KEY (user_id, event))"),
             QStringLiteral("CREATE TABLE rate_limits ("
                            " bucket TEXT PRIMARY KEY,"
                            " window_start TEXT NOT NULL,"
                            " hits INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE idempotency_keys ("
                            " scope TEXT NOT NULL,"
                            " idem_key TEXT NOT NULL,"
                            " request_hash TEXT NOT NULL,"
                            " status INTEGER NOT NULL,"
                            " content_type TEXT NOT NULL,"
                            " body TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " PRIMARY KEY (scope, idem_key))"),
         }},
        {3,
         {
             // The account-wide change feed (GET /sync; docs/sync-and-cache.md). Every synced
             // row carries the version of the write that last changed it; versions come from the
             // one counter row, whose lock every writer holds until it commits, so a reader that
             // sees version N also sees every write below N.
             QStringLiteral("CREATE TABLE sync_clock ("
                            " singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
                            " version BIGINT NOT NULL,"
                            " floor_version BIGINT NOT NULL,"
                            " derived_as_of TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO sync_clock (singleton, version, floor_version,"
                            " derived_as_of) VALUES (1, 1, 0, '')"),
             QStringLiteral("ALTER TABLE contracts ADD COLUMN row_version BIGINT NOT NULL"
                            " DEFAULT 1"),
             QStringLiteral("ALTER TABLE invoices ADD COLUMN row_version BIGINT NOT NULL"
                            " DEFAULT 1"),
             QStringLiteral("ALTER TABLE readings ADD COLUMN row_version BIGINT NOT NULL"
                            " DEFAULT 1"),
             QStringLiteral("ALTER TABLE user_contracts ADD COLUMN linked_version BIGINT NOT NULL"
                            " DEFAULT 1"),
             QStringLiteral("CREATE INDEX contracts_by_version ON contracts (row_version)"),
             QStringLiteral(
                 "CREATE INDEX invoices_by_version ON invoices (contract_id, row_version)"),
             QStringLiteral("CREATE INDEX invoices_by_contract_id ON invoices (contract_id, id)"),
             QStringLiteral(
                 "CREATE INDEX readings_by_version ON readings (contract_id, row_version)"),
             QStringLiteral("CREATE INDEX readings_by_contract_id ON readings (contract_id, id)"),
             // What was deleted, so that clients delete it too; kept for the retention period.
             QStringLiteral("CREATE TABLE sync_tombstones ("
                            " resource TEXT NOT NULL,"
                            " item_id TEXT NOT NULL,"
                            " scope_id TEXT NOT NULL,"
                            " version BIGINT NOT NULL,"
                            " deleted_at TEXT NOT NULL,"
                            " PRIMARY KEY (resource, item_id))"),
             QStringLiteral("CREATE INDEX sync_tombstones_by_scope ON sync_tombstones"
                            " (resource, scope_id, version)"),
             QStringLiteral("CREATE INDEX sync_tombstones_by_age ON sync_tombstones"
                            " (deleted_at)"),
             // Contracts a user no longer has (unlinked): their data leaves that user's cache.
             QStringLiteral("CREATE TABLE sync_unlinks ("
                            " user_id TEXT NOT NULL,"
                            " contract_id TEXT NOT NULL,"
                            " version BIGINT NOT NULL,"
                            " unlinked_at TEXT NOT NULL,"
                            " PRIMARY KEY (user_id, contract_id))"),
             QStringLiteral(
                 "CREATE INDEX sync_unlinks_by_version ON sync_unlinks (user_id, version)"),
             QStringLiteral("CREATE INDEX sync_unlinks_by_age ON sync_unlinks (unlinked_at)"),
         }},
        {4,
         {
             // Throttles that forget: a login's failures are counted for 15 minutes after the
             // last one, and windows that ended are dropped, so neither table grows with the
             // number of logins or addresses ever tried.
             QStringLiteral("ALTER TABLE login_throttle ADD COLUMN updated_at TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("CREATE INDEX login_throttle_by_age ON login_throttle (updated_at)"),
             QStringLiteral("CREATE INDEX rate_limits_by_age ON rate_limits (window_start)"),
         }},
        {5,
         {
             // The bill in detail: the days billed, the meter readings, its lines (a JSON array
             // of InvoiceLine, always read and written whole) and the payment reference. Rows
             // from before take their period's calendar month (see InvoiceRepository::fromRow).
             QStringLiteral("ALTER TABLE invoices ADD COLUMN period_start TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("ALTER TABLE invoices ADD COLUMN period_end TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("ALTER TABLE invoices ADD COLUMN previous_reading DOUBLE PRECISION"),
             QStringLiteral("ALTER TABLE invoices ADD COLUMN current_reading DOUBLE PRECISION"),
             QStringLiteral("ALTER TABLE invoices ADD COLUMN lines TEXT NOT NULL DEFAULT '[]'"),
             QStringLiteral("ALTER TABLE invoices ADD COLUMN payment_reference TEXT NOT NULL"
                            " DEFAULT ''"),
         }},
        {6,
         {
             // Online payments through the hosted page. At most one pending per invoice: the
             // partial unique index holds it even for two requests at the same moment.
             QStringLiteral("CREATE TABLE payments ("
                            " id TEXT PRIMARY KEY,"
                            " invoice_id TEXT NOT NULL REFERENCES invoices(id),"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " amount BIGINT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " expires_at TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX payments_one_open ON payments (invoice_id)"
                            " WHERE status = 'pending'"),
             QStringLiteral("CREATE INDEX payments_by_user ON payments (user_id)"),
         }},
        {7,
         {
             // Readings the customer enters: the meter they read (a replaced meter starts
             // again) and whether the utility must check an unusually high one.
             QStringLiteral("ALTER TABLE readings ADD COLUMN meter_number TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("ALTER TABLE readings ADD COLUMN needs_review INTEGER NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("UPDATE readings SET meter_number = (SELECT c.meter_number"
                            " FROM contracts c WHERE c.id = readings.contract_id)"),
         }},
        {8,
         {
             // Requests and complaints (PQRS): a user's (user_id) or a visitor's through the
             // contact form (user_id NULL, contact_* set). Synced per user; the thread and the
             // files hang from the request, whose row_version moves with every change to them.
             QStringLiteral("CREATE TABLE service_requests ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT REFERENCES users(id),"
                            " number TEXT NOT NULL UNIQUE,"
                            " category_id TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " contract_id TEXT REFERENCES contracts(id),"
                            " subject TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " channel TEXT NOT NULL,"
                            " contact_name TEXT, contact_email TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " answer_due_date TEXT NOT NULL,"
                            " answered_at TEXT, closed_at TEXT,"
                            " row_version BIGINT NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX service_requests_by_user ON service_requests (user_id, "
                            "row_version)"),
             QStringLiteral("CREATE INDEX service_requests_by_due ON service_requests"
                            " (status, answer_due_date)"),
             QStringLiteral("CREATE TABLE filing_counters ("
                            " filing_year INTEGER PRIMARY KEY,"
                            " last_number INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE request_messages ("
                            " id TEXT PRIMARY KEY,"
                            " request_id TEXT NOT NULL REFERENCES service_requests(id),"
                            " author TEXT NOT NULL,"
                            " body TEXT NOT NULL,"
                            " status TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX request_messages_by_request ON request_messages"
                            " (request_id, created_at, id)"),
             // Files live in the database, so every instance that shares it serves them; in
             // chunks, so a download streams without holding a whole file.
             QStringLiteral("CREATE TABLE request_attachments ("
                            " id TEXT PRIMARY KEY,"
                            " request_id TEXT NOT NULL REFERENCES service_requests(id),"
                            " message_id TEXT NOT NULL REFERENCES request_messages(id),"
                            " file_name TEXT NOT NULL,"
                            " content_type TEXT NOT NULL,"
                            " size BIGINT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " chunk_count INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX request_attachments_by_request ON request_attachments"
                            " (request_id, message_id)"),
             QStringLiteral("CREATE TABLE attachment_chunks ("
                            " attachment_id TEXT NOT NULL REFERENCES request_attachments(id),"
                            " seq INTEGER NOT NULL,"
                            " data %BLOB% NOT NULL,"
                            " PRIMARY KEY (attachment_id, seq))"),
             // What the utility tells a user; dedupe_key keeps one per event (an invoice's
             // reminder is created once however many instances see the day change).
             QStringLiteral("CREATE TABLE notifications ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " kind TEXT NOT NULL,"
                            " dedupe_key TEXT NOT NULL,"
                            " params TEXT NOT NULL,"
                            " title TEXT NOT NULL,"
                            " body TEXT NOT NULL,"
                            " link_resource TEXT, link_id TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " read_at TEXT,"
                            " email_state TEXT NOT NULL,"
                            " row_version BIGINT NOT NULL DEFAULT 1,"
                            " UNIQUE (user_id, dedupe_key))"),
             QStringLiteral(
                 "CREATE INDEX notifications_by_user ON notifications (user_id, row_version)"),
             QStringLiteral("CREATE INDEX notifications_by_email ON notifications (email_state)"),
         }},
        {9,
         {
             // What customers may change of a contract themselves (docs/contracts.md), and the
             // audit of every such change: who, when, from where, the old and the new value.
             QStringLiteral("ALTER TABLE contracts ADD COLUMN billing_email TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("ALTER TABLE contracts ADD COLUMN pending_billing_email TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("ALTER TABLE contracts ADD COLUMN paperless INTEGER NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("ALTER TABLE contracts ADD COLUMN contact_phone TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("CREATE TABLE contract_audit ("
                            " id TEXT PRIMARY KEY,"
                            " contract_id TEXT NOT NULL REFERENCES contracts(id),"
                            " user_id TEXT,"
                            " client_address TEXT NOT NULL DEFAULT '',"
                            " field TEXT NOT NULL,"
                            " old_value TEXT NOT NULL,"
                            " new_value TEXT NOT NULL,"
                            " changed_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX contract_audit_by_contract ON contract_audit"
                            " (contract_id, changed_at)"),
         }},
    };
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().last().version;
}

int Migrations::currentVersion(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int Migrations::apply(Database &db, QString *error)
{
    QSqlDatabase conn = db.connection();
    if (!conn.isOpen()) {
        *error = QStringLiteral("cannot open %1: %2").arg(db.describe(), conn.lastError().text());
        return -1;
    }
    {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
            *error = q.lastError().text();
            return -1;
        }
    }
    int version = currentVersion(db);
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        Transaction tx(conn, db.dialect());
        QSqlQuery q(conn);
        for (QString statement : m.statements) {
            statement.replace(QLatin1StringView("%BLOB%"),
                              db.dialect() == Database::Dialect::Postgres
                                  ? QLatin1StringView("BYTEA")
                                  : QLatin1StringView("BLOB"));
            if (!q.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2 (%3)")
                             .arg(m.version)
                             .arg(q.lastError().text(), statement);
                return -1;
            }
        }
        if (!sql::exec(
                q,
                QStringLiteral("INSERT INTO schema_migrations (version, applied_at)"
                               " VALUES (:v, :t)"),
                {{":v", m.version}, {":t", sql::timeText(QDateTime::currentDateTimeUtc())}}) ||
            !tx.commit()) {
            *error = QStringLiteral("migration %1: cannot record it").arg(m.version);
            return -1;
        }
        version = m.version;
    }
    return version;
}

} // namespace ov::server
