#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Small helpers shared by every JSON mapping of the wire format (docs/api/openapi.yaml):
// times are ISO 8601 UTC with a trailing Z, dates are YYYY-MM-DD, billing periods YYYY-MM.
namespace ov::json {

QString dateTime(const QDateTime &t);
QString date(const QDate &d);
std::optional<QDateTime> parseDateTime(const QJsonValue &v);
std::optional<QDate> parseDate(const QJsonValue &v);
bool isPeriod(const QString &s);

// A value that may be null in the wire format: null for an invalid QDateTime / empty string.
QJsonValue nullableDateTime(const QDateTime &t);
QJsonValue nullableString(const QString &s);

// Reads a string member; nullopt when missing or not a string.
std::optional<QString> string(const QJsonObject &o, QLatin1StringView key);
std::optional<double> number(const QJsonObject &o, QLatin1StringView key);
std::optional<qint64> integer(const QJsonObject &o, QLatin1StringView key);

} // namespace ov::json
