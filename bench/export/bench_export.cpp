// Benchmark 11 (docs/performance.md): exporting the large account — 200 contracts × 10 years
// of monthly readings, as the `--scale large` fixture has them — to one Excel workbook (a sheet
// and a chart per contract) and to CSV: seconds and the process's peak RSS, against writing the
// same CSV bytes straight to a file. Peak RSS is measured after each step (VmHWM only grows):
// the workbook runs first, in a fresh process state.

#include "BenchReport.h"

#include "consumption/ConsumptionWorkbook.h"
#include "consumption/CsvWriter.h"
#include "core/ProcessStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ov;
using namespace ov::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int contracts = qEnvironmentVariableIntValue("OV_BENCH_QUICK") ? 20 : 200;
    QList<ConsumptionWorkbook::Sheet> sheets;
    for (int c = 0; c < contracts; ++c) {
        ConsumptionWorkbook::Sheet s;
        s.name = QStringLiteral("%1 · Sede %2").arg(300000000 + c).arg(c + 1);
        s.unit = QStringLiteral("kWh");
        double value = 1000 + c;
        for (int m = 0; m < 120; ++m) {
            Reading r;
            r.readAt = QDate(2016, 12, 28).addMonths(m);
            r.period = r.readAt.toString(QStringLiteral("yyyy-MM"));
            r.consumption = 400 + (m * 37 + c * 11) % 180;
            value += r.consumption;
            r.value = value;
            r.source = m % 23 == 7 ? QStringLiteral("estimated") : QStringLiteral("utility");
            s.readings << r;
        }
        sheets << s;
    }
    const qint64 rssBefore = ProcessStats::peakRssKiB();
    QTemporaryDir dir;
    ConsumptionWorkbook::Labels labels;
    labels.date = QStringLiteral("Fecha");
    labels.reading = QStringLiteral("Lectura");
    labels.consumption = QStringLiteral("Consumo");
    labels.source = QStringLiteral("Origen");
    labels.review = QStringLiteral("En revisión");
    labels.chartTitle = QStringLiteral("Consumo por lectura");
    labels.yes = QStringLiteral("Sí");

    QElapsedTimer t;
    t.start();
    QString error;
    const QString xlsx = dir.filePath(QStringLiteral("todos.xlsx"));
    if (!ConsumptionWorkbook::write(xlsx, sheets, labels, &error))
        return 1;
    const double xlsxMs = double(t.nsecsElapsed()) / 1e6;
    const qint64 rssXlsx = ProcessStats::peakRssKiB();

    t.restart();
    CsvWriter csv;
    csv.row({QStringLiteral("Contrato"), QStringLiteral("Fecha"), QStringLiteral("Lectura (kWh)"),
             QStringLiteral("Consumo (kWh)"), QStringLiteral("Origen")});
    for (const auto &s : sheets)
        for (const Reading &r : s.readings)
            csv.row({s.name, r.readAt.toString(Qt::ISODate), CsvWriter::number(r.value, 3),
                     CsvWriter::number(r.consumption, 3), r.source});
    QFile out(dir.filePath(QStringLiteral("todos.csv")));
    if (!out.open(QIODevice::WriteOnly) || out.write(csv.bytes()) != csv.bytes().size())
        return 2;
    out.close();
    const double csvMs = double(t.nsecsElapsed()) / 1e6;
    const qint64 rssCsv = ProcessStats::peakRssKiB();

    t.restart();
    QFile raw(dir.filePath(QStringLiteral("raw.bin")));
    if (!raw.open(QIODevice::WriteOnly) || raw.write(csv.bytes()) != csv.bytes().size())
        return 3;
    raw.close();
    const double rawMs = double(t.nsecsElapsed()) / 1e6;

    auto mib = [](qint64 kib) -> QString {
        return QString::number(double(kib) / 1024, 'f', 1) + QStringLiteral(" MiB");
    };
    report(QStringLiteral("11a"),
           QStringLiteral("Excel export of %1 contracts × 120 readings (a sheet and a chart each, "
                          "%2 KiB): time and peak RSS")
               .arg(contracts)
               .arg(QFileInfo(xlsx).size() / 1024),
           QString::number(xlsxMs / 1000, 'f', 2) + QStringLiteral(" s, ") + mib(rssXlsx),
           QStringLiteral("RSS before: ") + mib(rssBefore),
           times(double(rssXlsx) / double(std::max<qint64>(rssBefore, 1))),
           QStringLiteral("report"), true);
    report(QStringLiteral("11b"),
           QStringLiteral("CSV export of the same %1 readings (%2 KiB): time and peak RSS")
               .arg(contracts * 120)
               .arg(csv.bytes().size() / 1024),
           ms(csvMs) + QStringLiteral(", ") + mib(rssCsv),
           QStringLiteral("writing the same bytes: ") + ms(rawMs),
           times(csvMs / std::max(rawMs, 0.01)), QStringLiteral("report"), true);
    return 0;
}
