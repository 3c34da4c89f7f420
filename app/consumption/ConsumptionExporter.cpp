#include "ConsumptionExporter.h"

#include "ConsumptionWorkbook.h"
#include "CsvWriter.h"
#include "GreenButtonWriter.h"
#include "ReadingRulesText.h"

#include "AppController.h"
#include "cache/Cache.h"
#include "invoices/BillExplanationText.h"

#include "core/FutureCallback.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimeZone>
#include <QtConcurrent>

namespace ov {

namespace {
struct Job
{
    ConsumptionExporter::Format format;
    QString path;
    QList<ConsumptionWorkbook::Sheet> sheets; // the contract first
    QString serviceKind;
    QString unit;
    QTimeZone zone;
    std::shared_ptr<const IntervalSeries> quarters;
};

ConsumptionWorkbook::Labels labels()
{
    ConsumptionWorkbook::Labels l;
    l.date = ConsumptionExporter::tr("Date");
    l.reading = ConsumptionExporter::tr("Reading");
    l.consumption = ConsumptionExporter::tr("Consumption");
    l.source = ConsumptionExporter::tr("Source");
    l.review = ConsumptionExporter::tr("To be reviewed");
    l.chartTitle = ConsumptionExporter::tr("Consumption per reading");
    l.yes = ConsumptionExporter::tr("Yes");
    l.sourceName = &ReadingRulesText::sourceName;
    return l;
}

// Runs on a worker thread; the reporter is thread-safe (queued signals).
QString run(const Job &job, const std::atomic_bool &cancelled,
            const std::function<void(int, int)> &report)
{
    if (job.format == ConsumptionExporter::Format::Xlsx ||
        job.format == ConsumptionExporter::Format::XlsxAllContracts) {
        const QString part = job.path + QStringLiteral(".part");
        QString error;
        const bool ok = ConsumptionWorkbook::write(part, job.sheets, labels(), &error,
                                                   [&](int done, int total) {
                                                       report(done, total);
                                                       return !cancelled;
                                                   });
        if (!ok) {
            QFile::remove(part);
            return cancelled ? QString() : error;
        }
        QFile::remove(job.path);
        return QFile::rename(part, job.path)
                   ? QStringLiteral("ok")
                   : ConsumptionExporter::tr("The file could not be saved there.");
    }
    QSaveFile file(job.path); // all or nothing: a cancelled export leaves no file
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const ConsumptionWorkbook::Sheet &sheet = job.sheets.value(0);
    const QString unit = BillExplanationText::unitName(job.unit);
    if (job.format == ConsumptionExporter::Format::ReadingsCsv) {
        CsvWriter csv;
        csv.row(
            {ConsumptionExporter::tr("Date"),
             ConsumptionExporter::tr("Reading") + QStringLiteral(" (") + unit + QLatin1Char(')'),
             ConsumptionExporter::tr("Consumption") + QStringLiteral(" (") + unit +
                 QLatin1Char(')'),
             ConsumptionExporter::tr("Source"), ConsumptionExporter::tr("To be reviewed")});
        QList<Reading> readings = sheet.readings;
        std::sort(readings.begin(), readings.end(),
                  [](const Reading &a, const Reading &b) { return a.readAt < b.readAt; });
        for (const Reading &r : readings)
            csv.row({r.readAt.toString(Qt::ISODate), CsvWriter::number(r.value, 3),
                     CsvWriter::number(r.consumption, 3), ReadingRulesText::sourceName(r.source),
                     r.needsReview ? ConsumptionExporter::tr("Yes") : QString()});
        file.write(csv.bytes());
        report(1, 1);
    } else if (job.format == ConsumptionExporter::Format::QuarterHoursCsv) {
        if (!job.quarters || job.quarters->isEmpty())
            return ConsumptionExporter::tr("There is no smart-meter data to export.");
        CsvWriter header;
        header.row({ConsumptionExporter::tr("Start (local time)"),
                    ConsumptionExporter::tr("Consumption") + QStringLiteral(" (") + unit +
                        QLatin1Char(')')});
        file.write(header.bytes());
        const IntervalSeries &q = *job.quarters;
        const int total = int(q.values.size());
        QByteArray chunk;
        for (int i = 0; i < total; ++i) {
            // ISO local time with its offset: unambiguous, and what spreadsheets parse.
            const QDateTime at = q.start.addSecs(qint64(i) * q.stepSeconds).toTimeZone(job.zone);
            chunk += at.toString(Qt::ISODate).toUtf8() + ',' +
                     CsvWriter::number(double(q.values[size_t(i)]), 3).toUtf8() + "\r\n";
            if (i % 5000 == 4999 || i == total - 1) {
                file.write(chunk);
                chunk.clear();
                report(i + 1, total);
                if (cancelled)
                    return {};
            }
        }
    } else {
        GreenButtonWriter::Input in;
        in.usagePointTitle = sheet.name;
        in.serviceKind = job.serviceKind;
        in.unit = job.unit;
        in.zone = job.zone;
        in.readings = sheet.readings;
        if (job.quarters)
            in.quarters = *job.quarters;
        in.generatedAt = QDateTime::currentDateTimeUtc();
        if (!GreenButtonWriter::write(&file, in, [&](qint64 done, qint64 total) {
                report(int(done * 1000 / std::max<qint64>(total, 1)), 1000);
                return !cancelled;
            }))
            return cancelled
                       ? QString()
                       : ConsumptionExporter::tr("The Green Button file could not be written.");
    }
    if (cancelled)
        return {};
    return file.commit() ? QStringLiteral("ok") : file.errorString();
}
} // namespace

ConsumptionExporter::ConsumptionExporter(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{}

ConsumptionExporter::~ConsumptionExporter()
{
    if (m_cancel)
        *m_cancel = true;
}

QString ConsumptionExporter::suggestedName(Format format, const QString &contractNumber)
{
    switch (format) {
    case Format::ReadingsCsv:
        return contractNumber + QStringLiteral("-lecturas.csv");
    case Format::QuarterHoursCsv:
        return contractNumber + QStringLiteral("-cuartos-de-hora.csv");
    case Format::Xlsx:
        return contractNumber + QStringLiteral("-consumo.xlsx");
    case Format::XlsxAllContracts:
        return QStringLiteral("consumo-todos-los-contratos.xlsx");
    case Format::GreenButton:
        return contractNumber + QStringLiteral("-green-button.xml");
    }
    return {};
}

void ConsumptionExporter::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void ConsumptionExporter::start(Format format, const QString &path, const QString &contractId,
                                std::shared_ptr<const IntervalSeries> quarters)
{
    Cache *cache = m_app->cache();
    if (m_running || !cache)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto &config = m_app->config();
    Job job;
    job.format = format;
    job.path = path;
    job.serviceKind = config ? config->serviceKind : QString();
    job.unit = config ? config->unit : QString();
    job.zone = QTimeZone(config ? config->timeZone.toUtf8() : QByteArray());
    if (!job.zone.isValid())
        job.zone = QTimeZone::utc();
    job.quarters = std::move(quarters);
    const bool all = format == Format::XlsxAllContracts;
    const auto cancelFlag = m_cancel;
    QPointer<ConsumptionExporter> self(this);
    auto report = [self](int done, int total) {
        QMetaObject::invokeMethod(self, [self, done, total] {
            if (self)
                emit self->progress(done, total);
        });
    };
    // The readings from the cache (its thread), then the writing on a worker.
    auto written =
        cache
            ->run([cache, contractId, all, job] {
                Job filled = job;
                for (const Contract &c : cache->contracts()) {
                    if (!all && c.id != contractId)
                        continue;
                    ConsumptionWorkbook::Sheet sheet{
                        c.alias.isEmpty() ? c.number : c.number + QStringLiteral(" · ") + c.alias,
                        job.unit, cache->readings(c.id)};
                    if (c.id == contractId)
                        filled.sheets.prepend(sheet);
                    else
                        filled.sheets.append(sheet);
                }
                return filled;
            })
            .then(QThreadPool::globalInstance(), [cancelFlag, report](const Job &filled) {
                return run(filled, *cancelFlag, report);
            });
    whenFinished(this, written, [this](const QString &result) {
        m_running = false;
        const bool ok = result == QLatin1StringView("ok");
        emit finished(ok, ok ? QString() : result);
    });
}

} // namespace ov
