#include "AdminCommand.h"

#include "auth/SessionService.h"
#include "data/UserRepository.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Sql.h"

#include <QCommandLineParser>
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

} // namespace

int AdminCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("ov-server admin: back-office commands.\n"
                       "  unlock <username|email>  lift a sign-in lockout\n"
                       "  outbox                   list the emails in the outbox"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("unlock | outbox"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The server's data folder."),
                                     QStringLiteral("dir"), QStringLiteral("ov-data"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Database URL."),
                                      QStringLiteral("url"));
    p.addOptions({dataDir, database});
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
    if (command != QLatin1StringView("unlock") || positional.size() != 2) {
        err << "usage: ov-server admin unlock <username|email> | ov-server admin outbox\n";
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
    QSqlDatabase conn = db.connection();
    const auto user = UserRepository::byLogin(conn, positional.at(1));
    if (!user) {
        err << "no user " << positional.at(1) << "\n";
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

} // namespace ov::server
