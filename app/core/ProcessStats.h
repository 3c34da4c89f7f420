#pragma once

#include <QtGlobal>

namespace ov {

// What benchmarks read off a process: time since a start the benchmark stamped, and peak memory.
class ProcessStats
{
public:
    // Milliseconds since OV_STARTUP_T0_NS (CLOCK_MONOTONIC nanoseconds, set by the benchmark
    // just before it starts this process); -1 when it is not set.
    static double msSinceStartStamp();
    // Peak resident set size (VmHWM) in KiB; -1 where /proc is not available.
    static qint64 peakRssKiB();
};

} // namespace ov
