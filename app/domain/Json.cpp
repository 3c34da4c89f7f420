#include "Json.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace ov::json {

QString dateTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

std::optional<QDateTime> parseDateTime(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

std::optional<QDate> parseDate(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

bool isPeriod(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return re.match(s).hasMatch();
}

QJsonValue nullableDateTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(dateTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

std::optional<QString> string(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

std::optional<double> number(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

std::optional<qint64> integer(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // Doubles hold integers exactly up to 2^53; refuse fractions and anything larger.
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace ov::json
