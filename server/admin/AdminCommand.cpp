#include "AdminCommand.h"

#include "contracts/ContractAudit.h"

#include "auth/SessionService.h"
#include "data/BillingCalendar.h"
#include "data/InvoiceRepository.h"
#include "data/UserRepository.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Sql.h"
#include "domain/BusinessCalendar.h"
#include "domain/RequestRules.h"
#include "invoices/BillCycle.h"
#include "mail/EmailTemplates.h"
#include "mail/OutboxMailer.h"
#include "requests/RequestService.h"
#include "sync/SyncRetention.h"
#include "sync/SyncWrite.h"
#include "utility/MoneyFormat.h"
#include "utility/Utility.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>

namespace ov::server {

namespace {

// "=?UTF-8?B?…?=" back to text, for the outbox listing.
QString decodeHeader(const QString &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out = value;
    for (auto it = word.globalMatch(value); it.hasNext();) {
        const auto m = it.next();
        out.replace(m.captured(0),
                    QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1())));
    }
    return out;
}

int listOutbox(const QString &dir, QTextStream &out)
{
    const QDir outbox(dir);
    const QStringList files = outbox.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        out << "the outbox (" << outbox.absolutePath() << ") is empty\n";
        return 0;
    }
    for (const QString &name : files) {
        QFile f(outbox.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QString date, to, subject;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty())
                break; // end of the headers
            if (line.startsWith(QLatin1StringView("Date: ")))
                date = line.mid(6);
            else if (line.startsWith(QLatin1StringView("To: ")))
                to = line.mid(4);
            else if (line.startsWith(QLatin1StringView("Subject: ")))
                subject = decodeHeader(line.mid(9));
        }
        out << date << "  " << to << "  " << subject << "\n    " << outbox.filePath(name) << "\n";
    }
    return 0;
}

int unlock(QSqlDatabase &conn, const QString &login, QTextStream &out, QTextStream &err)
{
    const auto user = UserRepository::byLogin(conn, login);
    if (!user) {
        err << "no user " << login << "\n";
        return 1;
    }
    QSqlQuery q(conn);
    if (!sql::exec(q, QStringLiteral("DELETE FROM login_throttle WHERE throttle_key = :k"),
                   {{":k", QString(QStringLiteral("user:") + user->id)}})) {
        err << "could not unlock\n";
        return 1;
    }
    out << "unlocked " << user->username << " (" << user->email << ")\n";
    return 0;
}

// A payment the utility received elsewhere (a bank counter): the invoice turns paid for the
// customer at their next sync.
int recordPayment(Database &db, const QString &number, QTextStream &out, QTextStream &err)
{
    SyncWrite write(db);
    QSqlQuery q(write.connection());
    if (!sql::exec(q, QStringLiteral("SELECT id, paid_at FROM invoices WHERE number = :n"),
                   {{":n", number}})) {
        err << "could not read the invoice\n";
        return 1;
    }
    if (!q.next()) {
        err << "no invoice " << number << "\n";
        return 1;
    }
    if (!q.value(1).isNull()) {
        err << "invoice " << number << " is already paid\n";
        return 1;
    }
    const QString id = q.value(0).toString();
    if (!InvoiceRepository::markPaid(write, id, QDateTime::currentDateTimeUtc()) ||
        !write.commit()) {
        err << "could not record the payment\n";
        return 1;
    }
    out << "recorded the payment of " << number << " (version " << write.version() << ")\n";
    return 0;
}

// The utility whose data the database holds (stored at set-up), or a utility file's.
std::optional<Utility> utilityOf(Database &db, const QString &file, QTextStream &err)
{
    QString error;
    if (!file.isEmpty()) {
        auto u = Utility::fromFile(file, &error);
        if (!u)
            err << "ov-server admin: " << error << "\n";
        return u;
    }
    QSqlQuery q(db.connection());
    if (!sql::exec(
            q, QStringLiteral("SELECT meta_value FROM server_meta WHERE meta_key = 'utility'")) ||
        !q.next()) {
        err << "the database names no utility (use --utility-file)\n";
        return std::nullopt;
    }
    auto u = Utility::demo(q.value(0).toString());
    if (!u)
        err << "utility " << q.value(0).toString() << " is not built in (use --utility-file)\n";
    return u;
}

// The back office's queue: open requests, the most urgent first, with the business days left.
int listRequests(Database &db, const Utility &utility, bool overdueOnly, QTextStream &out,
                 QTextStream &err)
{
    const UtilityConfig &config = utility.defaultConfig();
    const BusinessCalendar days(config.country);
    const QDate today = BillingCalendar(std::make_shared<SystemClock>(), config.timeZone).today();
    QSqlQuery q(db.connection());
    if (!sql::exec(
            q, QStringLiteral("SELECT r.number, r.status, r.category_id, r.created_at,"
                              " r.answer_due_date, r.subject, COALESCE(u.username, r.contact_email)"
                              " FROM service_requests r LEFT JOIN users u ON u.id = r.user_id"
                              " WHERE r.status IN ('filed', 'in_progress')"
                              " ORDER BY r.answer_due_date, r.number"))) {
        err << "could not read the requests\n";
        return 1;
    }
    int shown = 0;
    while (q.next()) {
        const QDate due = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        const int left = days.businessDaysLeft(today, due);
        if (overdueOnly && left >= 0)
            continue;
        out << q.value(0).toString() << "  " << q.value(1).toString().leftJustified(11) << "  "
            << "due " << due.toString(Qt::ISODate) << " ("
            << (left < 0 ? QStringLiteral("%1 business days overdue").arg(-left)
                         : QStringLiteral("%1 business days left").arg(left))
            << ")  " << q.value(2).toString() << "  " << q.value(6).toString() << "\n    "
            << q.value(5).toString() << "\n";
        ++shown;
    }
    out << shown << (overdueOnly ? " overdue" : " open") << " request(s)\n";
    return 0;
}

int answerRequest(Database &db, const Utility &utility, const QString &dataDir,
                  const QString &number, const QString &text, const QString &status,
                  QTextStream &out, QTextStream &err)
{
    if (text.trimmed().isEmpty() || text.size() > RequestRules::kMaxDescription) {
        err << "the answer must be 1 to " << RequestRules::kMaxDescription << " characters\n";
        return 2;
    }
    auto clock = std::make_shared<SystemClock>();
    const UtilityConfig &config = utility.defaultConfig();
    const BillingCalendar calendar(clock, config.timeZone);
    OutboxMailer mailer(QDir(dataDir).filePath(QStringLiteral("outbox")),
                        QStringLiteral("Oficina Virtual <no-reply@oficina-virtual.invalid>"),
                        clock);
    RateLimiter limiter(db, clock);
    RequestService requests(db, clock, calendar, config, limiter, mailer);
    QString visitor;
    const QString error = requests.answer(number, text.trimmed(), status, &visitor);
    if (!error.isEmpty()) {
        err << error << "\n";
        return 1;
    }
    // A visitor (contact form) has no account to sync to: the answer goes by email.
    if (!visitor.isEmpty()) {
        QString mailError;
        if (!mailer.send(EmailTemplates::notification(
                             QStringLiteral("es"), config.name, visitor,
                             QStringLiteral("Respuesta a su mensaje %1").arg(number),
                             text.trimmed()),
                         &mailError))
            err << "the answer was recorded but not emailed: " << mailError << "\n";
        else
            out << "emailed the answer to " << visitor << "\n";
    }
    out << "request " << number << " is now " << status << "\n";
    return 0;
}

int billCycle(Database &db, const Utility &utility, QTextStream &out, QTextStream &err)
{
    const UtilityConfig &config = utility.defaultConfig();
    const QDate today = BillingCalendar(std::make_shared<SystemClock>(), config.timeZone).today();
    QString error;
    const auto issued = BillCycle::run(db, utility, today, &error);
    if (!issued) {
        err << "ov-server admin: " << error << "\n";
        return 1;
    }
    out << "issued " << *issued << " invoice(s) dated " << today.toString(Qt::ISODate) << "\n";
    return 0;
}

int syncPrune(Database &db, int days, QTextStream &out, QTextStream &err)
{
    const auto pruned = SyncRetention::prune(db, QDateTime::currentDateTimeUtc().addDays(-days));
    if (!pruned) {
        err << "could not prune the sync history\n";
        return 1;
    }
    out << "dropped " << pruned->tombstones << " deletions and " << pruned->unlinks
        << " unlinks older than " << days << " days; positions below version "
        << pruned->floorVersion << " now sync everything again\n";
    return 0;
}

// The audit of one contract (by number or id): every change its customers made, oldest first.
int listAudit(Database &db, const QString &contract, QTextStream &out, QTextStream &err)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, number FROM contracts WHERE number = :n OR id = :i"),
                   {{":n", contract}, {":i", contract}})) {
        err << "could not read the contracts\n";
        return 1;
    }
    if (!q.next()) {
        err << "no contract " << contract << "\n";
        return 1;
    }
    const QString id = q.value(0).toString();
    const QString number = q.value(1).toString();
    const auto entries = ContractAudit::list(conn, id);
    if (!entries) {
        err << "could not read the audit\n";
        return 1;
    }
    out << "contract " << number << " (" << id << "): " << entries->size() << " change(s)\n";
    for (const ContractAudit::Entry &e : *entries)
        out << e.when.toString(Qt::ISODateWithMs) << "  "
            << (e.username.isEmpty() ? (e.userId.isEmpty() ? QStringLiteral("(utility)") : e.userId)
                                     : e.username)
            << "  " << (e.clientAddress.isEmpty() ? QStringLiteral("-") : e.clientAddress) << "  "
            << e.field << "  \"" << e.oldValue << "\" -> \"" << e.newValue << "\"\n";
    return 0;
}

} // namespace

int AdminCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "ov-server admin: back-office commands.\n"
        "  unlock <username|email>         lift a sign-in lockout\n"
        "  outbox                          list the emails in the outbox\n"
        "  record-payment <invoice-number> mark an invoice paid (paid elsewhere)\n"
        "  sync-prune [--days N]           forget deletions older than N days\n"
        "                                  (default 90; run it daily from cron)\n"
        "  requests [--overdue]            the open requests, most urgent first\n"
        "  answer <filing> \"text\" [--close | --in-progress]\n"
        "                                  answer a request (or say it is being\n"
        "                                  worked on, or close it)\n"
        "  bill-cycle                      issue next month's demo invoices\n"
        "  audit <contract-number|id>      the changes customers made to a contract"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QStringLiteral("unlock | outbox | record-payment | sync-prune |"
                                           " requests | answer | bill-cycle | audit"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The server's data folder."),
                                     QStringLiteral("dir"), QStringLiteral("ov-data"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Database URL."),
                                      QStringLiteral("url"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QStringLiteral("sync-prune: keep this many days of deletions."),
                                  QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     QStringLiteral("requests: only those past their deadline."));
    const QCommandLineOption close(QStringLiteral("close"),
                                   QStringLiteral("answer: close the request as well."));
    const QCommandLineOption inProgress(
        QStringLiteral("in-progress"),
        QStringLiteral("answer: a message that the request is being worked on."));
    const QCommandLineOption utilityFile(QStringLiteral("utility-file"),
                                         QStringLiteral("The utility's configuration file."),
                                         QStringLiteral("file"));
    p.addOptions({dataDir, database, days, overdue, close, inProgress, utilityFile});
    if (!p.parse(QStringList{QStringLiteral("ov-server admin")} + arguments)) {
        err << p.errorText() << "\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return 0;
    }
    const QStringList positional = p.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1StringView("outbox"))
        return listOutbox(QDir(p.value(dataDir)).filePath(QStringLiteral("outbox")), out);
    const bool takesOne = command == QLatin1StringView("unlock") ||
                          command == QLatin1StringView("record-payment") ||
                          command == QLatin1StringView("audit");
    const bool takesNone = command == QLatin1StringView("sync-prune") ||
                           command == QLatin1StringView("requests") ||
                           command == QLatin1StringView("bill-cycle");
    const bool takesTwo = command == QLatin1StringView("answer");
    bool daysOk = false;
    const int keepDays = p.value(days).toInt(&daysOk);
    if ((!takesOne && !takesNone && !takesTwo) || (takesOne && positional.size() != 2) ||
        (takesNone && positional.size() != 1) || (takesTwo && positional.size() != 3) || !daysOk ||
        keepDays < 0 || (p.isSet(close) && p.isSet(inProgress))) {
        err << "usage: ov-server admin unlock <username|email> | outbox |"
               " record-payment <invoice-number> | sync-prune [--days N] |"
               " requests [--overdue] | answer <filing> \"text\" [--close | --in-progress] |"
               " bill-cycle | audit <contract-number|id>\n";
        return 2;
    }

    Database db;
    QString error;
    const QString url =
        p.isSet(database)
            ? p.value(database)
            : QDir(p.value(dataDir)).absoluteFilePath(QStringLiteral("ov-server.sqlite"));
    if (!p.isSet(database) && !QFile::exists(url)) {
        err << "no database at " << url << " (use --data-dir or --database)\n";
        return 1;
    }
    if (!db.configure(url, &error) || !db.check(&error) || Migrations::apply(db, &error) < 0) {
        err << "ov-server admin: " << error << "\n";
        return 1;
    }
    if (command == QLatin1StringView("record-payment"))
        return recordPayment(db, positional.at(1), out, err);
    if (command == QLatin1StringView("sync-prune"))
        return syncPrune(db, keepDays, out, err);
    if (command == QLatin1StringView("audit"))
        return listAudit(db, positional.at(1), out, err);
    if (command == QLatin1StringView("requests") || command == QLatin1StringView("answer") ||
        command == QLatin1StringView("bill-cycle")) {
        const auto utility = utilityOf(db, p.value(utilityFile), err);
        if (!utility)
            return 1;
        if (command == QLatin1StringView("requests"))
            return listRequests(db, *utility, p.isSet(overdue), out, err);
        if (command == QLatin1StringView("bill-cycle"))
            return billCycle(db, *utility, out, err);
        const QString status = p.isSet(close)        ? QStringLiteral("closed")
                               : p.isSet(inProgress) ? QStringLiteral("in_progress")
                                                     : QStringLiteral("answered");
        return answerRequest(db, *utility, p.value(dataDir), positional.at(1), positional.at(2),
                             status, out, err);
    }
    QSqlDatabase conn = db.connection();
    return unlock(conn, positional.at(1), out, err);
}

} // namespace ov::server
