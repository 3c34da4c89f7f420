#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace ov {

// Evenly spaced consumption values (a smart meter's quarter-hours, or their sums per hour or
// local day) from `start`, as the server sends them: a start, a step and the numbers. Floats:
// three years of quarter-hours are 420 KB in memory.
struct IntervalSeries
{
    QDateTime start; // UTC
    int stepSeconds = 900;
    std::vector<float> values;

    bool isEmpty() const { return values.empty(); }
    QDateTime end() const { return start.addSecs(qint64(stepSeconds) * qint64(values.size())); }
    qint64 startSecs() const { return start.toSecsSinceEpoch(); }

    // GET /interval-data's answer; nullopt when it is not one.
    static std::optional<IntervalSeries> fromJson(const QByteArray &body);
    // Sums of `factor` consecutive values (4 quarter-hours → an hour); a last, partial group
    // is left out.
    IntervalSeries summed(int factor) const;
    // Sums per local day of `zone` (a day starts at local midnight; days with a clock change
    // have 92 or 100 quarter-hours). Values before the first local midnight are left out.
    // The step is nominal (86400): the n-th value is the n-th local day from `start`.
    IntervalSeries daily(const QTimeZone &zone) const;
    // `other` appended when it starts where this ends; false (nothing changed) otherwise.
    bool append(const IntervalSeries &other);

    // Raw little-endian float32 values, for the cache.
    QByteArray valuesBlob() const;
    static std::vector<float> valuesFromBlob(const QByteArray &blob);
};

} // namespace ov
