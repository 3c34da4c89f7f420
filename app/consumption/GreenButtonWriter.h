#pragma once

#include "IntervalSeries.h"

#include "domain/Reading.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace ov {

// A Green Button (NAESB REQ.21 ESPI 3.3) Atom feed of one supply point: its UsagePoint (the
// ServiceCategory kind for electricity, gas or water), LocalTimeParameters (the utility's time
// zone), and a MeterReading with its ReadingType and IntervalBlocks for the readings (one
// IntervalReading per period between two readings) and, when there are any, another for the
// smart meter's quarter-hours (one IntervalBlock per local day). Values are integers of the
// ReadingType's unit: watt-hours (uom 72) for kWh, litres (uom 42, m³, powerOfTenMultiplier −3)
// for m³. It validates against the official schemas (tests/data/greenbutton).
class GreenButtonWriter
{
public:
    struct Input
    {
        QString usagePointTitle; // the contract as the customer knows it
        QString serviceKind;     // electricity | gas | water
        QString unit;            // kWh | m3
        QTimeZone zone;
        QList<Reading> readings; // any order
        IntervalSeries quarters; // may be empty
        QDateTime generatedAt;
    };

    // `progress(done, total)` is called now and then; returning false stops (and fails).
    static bool write(QIODevice *out, const Input &input,
                      const std::function<bool(qint64 done, qint64 total)> &progress = {});
};

} // namespace ov
