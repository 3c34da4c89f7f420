#pragma once

#include "FieldError.h"
#include "Reading.h"
#include "ReadingWindow.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ov {

// The rules a reading the customer enters must meet, the same on the server (which decides)
// and in the app (which explains before sending):
//  - value: a number from 0 to kMaxValue, not lower than the last reading of the same meter (a
//    replaced meter starts again from its own first reading);
//  - readAt: not in the future, not before the last reading, no older than the window's
//    maxAgeDays, on a day of the month the window is open.
// A reading that passes but moved the meter more than kReviewFactor times the average
// consumption of recent readings is taken and flagged for review by the utility.
class ReadingRules
{
public:
    static constexpr double kMaxValue = 99999999;
    static constexpr double kReviewFactor = 3.0;
    static constexpr int kAverageOver = 12; // readings

    struct Outcome
    {
        QList<FieldError> errors; // value: invalid | below_last_reading;
                                  // readAt: in_future | too_old | outside_window |
                                  //         before_last_reading
        double consumption = 0;   // since the last reading of the meter
        double average = 0;       // of recent readings (0 when there are none)
        bool needsReview = false;
        std::optional<Reading> last; // the reading it is compared with

        bool accepted() const { return errors.isEmpty(); }
    };

    // `history`: the contract's readings, any order; `meterNumber`: the meter installed now.
    static Outcome check(double value, QDate readAt, const QList<Reading> &history,
                         const QString &meterNumber, const ReadingWindow &window, QDate today);
    // The reading of `meterNumber` to compare with: the newest one (by date, then value).
    static std::optional<Reading> lastOf(const QList<Reading> &history, const QString &meterNumber);
    static double averageConsumption(const QList<Reading> &history);
};

} // namespace ov
