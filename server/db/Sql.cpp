#include "Sql.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QTimeZone>

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
