// Fuzz target: the consumption exports' inputs — readings (as the sync brings them), a smart
// meter's series, the supply point's title — written as a Green Button (ESPI) feed and as CSV.
// Both must stay well-formed whatever the data: the feed parses as XML, and every CSV field
// reads back exactly as it was written.
// Input: a JSON object {"title", "unit", "serviceKind", "readings": [...], "interval": {...}}.

#include "FuzzTarget.h"

#include "consumption/CsvWriter.h"
#include "consumption/GreenButtonWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace ov;

namespace {

// RFC 4180, as a spreadsheet reads it back (CRLF line ends, quotes doubled).
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    GreenButtonWriter::Input input;
    input.usagePointTitle = o.value(QLatin1StringView("title")).toString();
    input.unit = o.value(QLatin1StringView("unit")).toString(QStringLiteral("kWh"));
    input.serviceKind =
        o.value(QLatin1StringView("serviceKind")).toString(QStringLiteral("electricity"));
    input.zone = QTimeZone("America/Bogota");
    input.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
    const QJsonArray readings = o.value(QLatin1StringView("readings")).toArray();
    for (const QJsonValue &r : readings)
        if (const auto reading = Reading::fromJson(r))
            input.readings << *reading;
    if (const auto series = IntervalSeries::fromJson(
            QJsonDocument(o.value(QLatin1StringView("interval")).toObject()).toJson()))
        if (series->values.size() <= 4 * 96 * 31 && series->stepSeconds > 0) // a month at most
            input.quarters = *series;

    QBuffer feed;
    feed.open(QIODevice::WriteOnly);
    if (GreenButtonWriter::write(&feed, input)) {
        QXmlStreamReader xml(feed.data());
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            __builtin_trap(); // the feed is not XML
    }

    CsvWriter csv;
    QList<QStringList> written;
    written << QStringList{input.usagePointTitle, input.unit, input.serviceKind};
    for (const Reading &r : std::as_const(input.readings))
        written << QStringList{r.readAt.toString(Qt::ISODate), CsvWriter::number(r.value, 3),
                               r.meterNumber, r.source};
    for (const QStringList &row : std::as_const(written))
        csv.row(row);
    QString text = QString::fromUtf8(csv.bytes());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    // What UTF-8 cannot hold (a lone surrogate from a JSON escape) is replaced on the way out,
    // as it would be in any file: compare with that.
    for (QStringList &row : written)
        for (QString &field : row)
            field = QString::fromUtf8(field.toUtf8());
    if (readCsv(text) != written)
        __builtin_trap(); // a field did not come back as it was
    return 0;
}
