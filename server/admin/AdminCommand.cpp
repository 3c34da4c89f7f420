#include "AdminCommand.h"

#include "auth/SessionService.h"
#include "data/InvoiceRepository.h"
#include "data/UserRepository.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Sql.h"
#include "sync/SyncRetention.h"
#include "sync/SyncWrite.h"

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

} // namespace

int AdminCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("ov-server admin: back-office commands.\n"
                       "  unlock <username|email>         lift a sign-in lockout\n"
                       "  outbox                          list the emails in the outbox\n"
                       "  record-payment <invoice-number> mark an invoice paid (paid elsewhere)\n"
                       "  sync-prune [--days N]           forget deletions older than N days\n"
                       "                                  (default 90; run it daily from cron)"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QStringLiteral("unlock | outbox | record-payment | sync-prune"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The server's data folder."),
                                     QStringLiteral("dir"), QStringLiteral("ov-data"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Database URL."),
                                      QStringLiteral("url"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QStringLiteral("sync-prune: keep this many days of deletions."),
                                  QStringLiteral("n"), QStringLiteral("90"));
    p.addOptions({dataDir, database, days});
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
    const bool takesOne =
        command == QLatin1StringView("unlock") || command == QLatin1StringView("record-payment");
    const bool takesNone = command == QLatin1StringView("sync-prune");
    bool daysOk = false;
    const int keepDays = p.value(days).toInt(&daysOk);
    if ((!takesOne && !takesNone) || (takesOne && positional.size() != 2) ||
        (takesNone && positional.size() != 1) || !daysOk || keepDays < 0) {
        err << "usage: ov-server admin unlock <username|email> | outbox |"
               " record-payment <invoice-number> | sync-prune [--days N]\n";
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
    QSqlDatabase conn = db.connection();
    return unlock(conn, positional.at(1), out, err);
}

} // namespace ov::server
