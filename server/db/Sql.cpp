#include "Sql.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QTimeZone>

#include <memory>
#include <string>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace ov::server::sql {

bool exec(QSqlQuery &query, const QString &text, Binds binds)
{
    if (!query.prepare(text)) {
        qCWarning(lcDb).noquote() << "prepare failed:" << query.lastError().text() << text;
        return false;
    }
    for (const auto &[name, value] : binds)
        query.bindValue(QString::fromLatin1(name), value);
    if (!query.exec()) {
        qCWarning(lcDb).noquote() << "exec failed:" << query.lastError().text() << text;
        return false;
    }
    return true;
}

bool failed(const QSqlQuery &query)
{
    qCWarning(lcDb).noquote() << "query failed:" << query.lastError().text() << query.lastQuery();
    return false;
}

QSqlQuery *prepared(QSqlDatabase &conn, const QString &text)
{
    thread_local std::unordered_map<std::string, std::unique_ptr<QSqlQuery>> statements;
    const std::string key = QString(conn.connectionName() + QChar(0) + text).toStdString();
    auto &slot = statements[key];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(conn);
        query->setForwardOnly(true);
        if (!query->prepare(text)) {
            failed(*query);
            statements.erase(key);
            return nullptr;
        }
        slot = std::move(query);
    }
    slot->finish();
    return slot.get();
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

} // namespace ov::server::sql
