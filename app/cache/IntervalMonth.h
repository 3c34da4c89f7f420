#pragma once

#include "consumption/IntervalSeries.h"

#include <QString>

namespace ov {

// One local month of a contract's quarter-hours as the server answered it, with its ETag:
// past months never change; the current one (complete == false) is asked again with it.
struct IntervalMonth
{
    QString month; // YYYY-MM
    IntervalSeries series;
    QByteArray etag;
    bool complete = false;
};

} // namespace ov
