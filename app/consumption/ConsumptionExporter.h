#pragma once

#include "IntervalSeries.h"

#include "domain/Reading.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace ov {

class AppController;

// Writes the consumption exports — CSV of the readings or of the smart meter's quarter-hours,
// an Excel workbook of the contract or of every contract of the account, a Green Button feed —
// on a worker thread, reporting progress; cancel() stops it and leaves no file behind. The data
// comes from the cache (read on its thread) and, for quarter-hours, from the chart's store.
class ConsumptionExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        ReadingsCsv,
        QuarterHoursCsv,
        Xlsx,
        XlsxAllContracts,
        GreenButton
    };

    explicit ConsumptionExporter(AppController *app, QObject *parent = nullptr);
    ~ConsumptionExporter() override;

    // `quarters`: the smart meter's data, when there is any (Green Button, quarter-hour CSV).
    void start(Format format, const QString &path, const QString &contractId,
               std::shared_ptr<const IntervalSeries> quarters = {});
    void cancel();
    bool isRunning() const { return m_running; }

    static QString suggestedName(Format format, const QString &contractNumber);

signals:
    void progress(int done, int total);
    void finished(bool ok, const QString &error); // error empty when cancelled

private:
    AppController *m_app;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace ov
