#include "ReadingRules.h"

#include <algorithm>
#include <cmath>

namespace ov {

namespace {
bool newer(const Reading &a, const Reading &b)
{
    return a.readAt != b.readAt ? a.readAt > b.readAt : a.value > b.value;
}
} // namespace

std::optional<Reading> ReadingRules::lastOf(const QList<Reading> &history,
                                            const QString &meterNumber)
{
    std::optional<Reading> last;
    for (const Reading &r : history) {
        // Readings from before meters were recorded on them belong to the meter there is.
        if (!r.meterNumber.isEmpty() && r.meterNumber != meterNumber)
            continue;
        if (!last || newer(r, *last))
            last = r;
    }
    return last;
}

double ReadingRules::averageConsumption(const QList<Reading> &history)
{
    QList<Reading> sorted = history;
    std::sort(sorted.begin(), sorted.end(), newer);
    double sum = 0;
    int n = 0;
    for (const Reading &r : sorted) {
        if (n == kAverageOver)
            break;
        if (r.consumption <= 0 || r.needsReview)
            continue;
        sum += r.consumption;
        ++n;
    }
    return n == 0 ? 0 : sum / n;
}

ReadingRules::Outcome ReadingRules::check(double value, QDate readAt, const QList<Reading> &history,
                                          const QString &meterNumber, const ReadingWindow &window,
                                          QDate today)
{
    Outcome o;
    o.last = lastOf(history, meterNumber);
    o.average = averageConsumption(history);
    auto fail = [&o](const char *field, const char *code) {
        o.errors.append({QString::fromLatin1(field), QString::fromLatin1(code)});
    };
    const bool valueOk = std::isfinite(value) && value >= 0 && value <= kMaxValue;
    if (!valueOk)
        fail("value", "invalid");
    if (!readAt.isValid())
        fail("readAt", "invalid");
    else if (readAt > today)
        fail("readAt", "in_future");
    else if (readAt < today.addDays(-window.maxAgeDays))
        fail("readAt", "too_old");
    else if (!window.isOpenOn(readAt))
        fail("readAt", "outside_window");
    else if (o.last && readAt < o.last->readAt)
        fail("readAt", "before_last_reading");
    if (valueOk && o.last && value < o.last->value)
        fail("value", "below_last_reading");
    if (!o.errors.isEmpty())
        return o;
    o.consumption = value - (o.last ? o.last->value : 0.0);
    o.needsReview = o.average > 0 && o.consumption > kReviewFactor * o.average;
    return o;
}

} // namespace ov
