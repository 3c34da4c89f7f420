#include "ProcessStats.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <ctime>

namespace ov {

double ProcessStats::msSinceStartStamp()
{
    bool ok = false;
    const qint64 t0 = qEnvironmentVariable("OV_STARTUP_T0_NS").toLongLong(&ok);
    if (!ok)
        return -1;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(qint64(now.tv_sec) * 1000000000 + now.tv_nsec - t0) / 1e6;
}

qint64 ProcessStats::peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace ov
