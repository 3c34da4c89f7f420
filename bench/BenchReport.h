#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>

namespace ov::bench {

// One line of a benchmark's result, in the form scripts/bench gathers into the table of
// docs/performance.md:  BENCH|<id>|<what>|<measured>|<baseline>|<ratio>|<goal>|<verdict>
inline void report(const QString &id, const QString &what, const QString &measured,
                   const QString &baseline, const QString &ratio, const QString &goal, bool met)
{
    QTextStream(stdout) << "BENCH|" << id << '|' << what << '|' << measured << '|' << baseline
                        << '|' << ratio << '|' << goal << '|' << (met ? "met" : "NOT met")
                        << Qt::endl;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

inline QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0) + QStringLiteral(" ms");
}

inline QString times(double v)
{
    return QString::number(v, 'f', 2) + QStringLiteral("×");
}

// Repetitions: 1 in quick mode (scripts/test: only checks that the benchmark still runs),
// else `full`.
inline int repetitions(int full)
{
    return qEnvironmentVariableIntValue("OV_BENCH_QUICK") ? 1 : full;
}

} // namespace ov::bench
