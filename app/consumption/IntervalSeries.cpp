#include "IntervalSeries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cstring>

namespace ov {

std::optional<IntervalSeries> IntervalSeries::fromJson(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    IntervalSeries s;
    s.start = QDateTime::fromString(o.value(QLatin1StringView("start")).toString(), Qt::ISODate);
    s.stepSeconds = o.value(QLatin1StringView("stepSeconds")).toInt();
    const QJsonValue values = o.value(QLatin1StringView("values"));
    if (!s.start.isValid() || s.stepSeconds <= 0 || !values.isArray())
        return std::nullopt;
    s.start = s.start.toUTC();
    const QJsonArray array = values.toArray();
    s.values.reserve(size_t(array.size()));
    for (const QJsonValue &v : array) {
        if (!v.isDouble())
            return std::nullopt;
        s.values.push_back(float(v.toDouble()));
    }
    return s;
}

IntervalSeries IntervalSeries::summed(int factor) const
{
    IntervalSeries out;
    out.start = start;
    out.stepSeconds = stepSeconds * factor;
    if (factor <= 0)
        return out;
    out.values.reserve(values.size() / size_t(factor));
    for (size_t i = 0; i + size_t(factor) <= values.size(); i += size_t(factor)) {
        float sum = 0;
        for (int k = 0; k < factor; ++k)
            sum += values[i + size_t(k)];
        out.values.push_back(sum);
    }
    return out;
}

IntervalSeries IntervalSeries::daily(const QTimeZone &zone) const
{
    IntervalSeries out;
    out.stepSeconds = 86400;
    if (values.empty())
        return out;
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    QDateTime day(start.toTimeZone(z).date(), QTime(0, 0), z);
    if (day.toUTC() < start)
        day = day.addDays(1);
    out.start = day.toUTC();
    const qint64 base = startSecs();
    for (;;) {
        const QDateTime next = day.addDays(1);
        const qint64 from = (day.toSecsSinceEpoch() - base) / stepSeconds;
        const qint64 to = (next.toSecsSinceEpoch() - base) / stepSeconds;
        if (to > qint64(values.size()))
            break;
        float sum = 0;
        for (qint64 i = from; i < to; ++i)
            sum += values[size_t(i)];
        out.values.push_back(sum);
        day = next;
    }
    return out;
}

bool IntervalSeries::append(const IntervalSeries &other)
{
    if (other.isEmpty())
        return true;
    if (isEmpty()) {
        *this = other;
        return true;
    }
    if (other.stepSeconds != stepSeconds || other.start != end())
        return false;
    values.insert(values.end(), other.values.cbegin(), other.values.cend());
    return true;
}

QByteArray IntervalSeries::valuesBlob() const
{
    QByteArray blob(qsizetype(values.size() * sizeof(float)), Qt::Uninitialized);
    char *out = blob.data();
    for (float v : values) {
        quint32 bits;
        std::memcpy(&bits, &v, sizeof bits);
        qToLittleEndian(bits, out);
        out += sizeof bits;
    }
    return blob;
}

std::vector<float> IntervalSeries::valuesFromBlob(const QByteArray &blob)
{
    std::vector<float> values(size_t(blob.size()) / sizeof(float));
    const char *in = blob.constData();
    for (float &v : values) {
        const quint32 bits = qFromLittleEndian<quint32>(in);
        std::memcpy(&v, &bits, sizeof v);
        in += sizeof bits;
    }
    return values;
}

} // namespace ov
