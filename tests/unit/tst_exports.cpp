// Unit: the consumption exports — CSV (RFC 4180 quoting, a UTF-8 BOM, CRLF, numbers with a
// point whatever the locale) and Green Button (ESPI 3.3): monthly water readings and 15-minute
// electricity both validate against the official schemas with xmllint, with the right
// ServiceCategory, units and values.

#include "consumption/ConsumptionWorkbook.h"
#include "consumption/CsvWriter.h"
#include "consumption/GreenButtonWriter.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ov;

namespace {
QList<Reading> monthly(const char *unit)
{
    QList<Reading> list;
    double value = 1000;
    for (int i = 0; i < 13; ++i) {
        Reading r;
        r.id = QStringLiteral("rd_%1").arg(i);
        r.readAt = QDate(2025, 11, 28).addMonths(i);
        r.period = r.readAt.toString(QStringLiteral("yyyy-MM"));
        r.consumption = i == 0 ? 0 : 20.5 + i;
        value += r.consumption;
        r.value = value;
        r.unit = QString::fromLatin1(unit);
        r.source = QStringLiteral("utility");
        list << r;
    }
    return list;
}

// xmllint's verdict on `xml` against the schemas kept with the tests.
// `unzip` run on an archive: the listing (-l) or one member's bytes (-p).
QByteArray unzip(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return "unzip failed: " + p.readAllStandardError();
    return p.readAllStandardOutput();
}

QString validate(const QByteArray &xml)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return QStringLiteral(
            "xmllint not found (Debian: libxml2-utils; scripts/deps installs it)");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("export.xml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return QStringLiteral("cannot write");
    file.close();
    QProcess p;
    p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                      QStringLiteral(OV_SOURCE_DIR "/tests/data/greenbutton/greenbutton.xsd"),
                      file.fileName()});
    if (!p.waitForFinished(60000))
        return QStringLiteral("xmllint timed out");
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError()).left(2000);
}

// The feed read back: each element's name with its text (leaves), in document order.
struct Parsed
{
    QList<std::pair<QString, QString>> leaves;
    QHash<QString, int> counts;
    bool ok = false;

    QStringList texts(const QString &name) const
    {
        QStringList list;
        for (const auto &[n, t] : leaves)
            if (n == name)
                list << t;
        return list;
    }
};

Parsed parse(const QByteArray &xml)
{
    Parsed p;
    QXmlStreamReader r(xml);
    QString text;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++p.counts[r.name().toString()];
            text.clear();
        } else if (r.isCharacters()) {
            text += r.text();
        } else if (r.isEndElement()) {
            p.leaves.append({r.name().toString(), text.trimmed()});
            text.clear();
        }
    }
    p.ok = !r.hasError();
    return p;
}
} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesWhatNeedsQuotingAndStartsWithABom()
    {
        CsvWriter csv;
        csv.row(
            {QStringLiteral("Fecha"), QStringLiteral("Lectura (kWh)"), QStringLiteral("Origen")});
        csv.row({QStringLiteral("2026-11-28"), CsvWriter::number(26597.5, 3),
                 QStringLiteral("Tomada por la empresa, \"real\"")});
        csv.row({QStringLiteral("Línea\nnueva"), CsvWriter::number(-0.0001, 3), QString()});
        const QByteArray bytes = csv.bytes();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Fecha,Lectura (kWh),Origen\r\n"));
        QVERIFY(bytes.contains("2026-11-28,26597.5,\"Tomada por la empresa, \"\"real\"\"\"\r\n"));
        QVERIFY(bytes.endsWith("\"L\xC3\xADnea\nnueva\",0,\r\n"));
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
    }

    void csvNumbersIgnoreTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("es_CO")));
        QCOMPARE(CsvWriter::number(1234.5, 2), QStringLiteral("1234.5"));
        QCOMPARE(CsvWriter::number(1234567, 3), QStringLiteral("1234567"));
        QCOMPARE(CsvWriter::number(0.125, 3), QStringLiteral("0.125"));
        QLocale::setDefault(before);
    }

    void greenButtonMonthlyWaterValidates()
    {
        GreenButtonWriter::Input in;
        in.usagePointTitle = QStringLiteral("Contrato 200000201 · Casa");
        in.serviceKind = QStringLiteral("water");
        in.unit = QStringLiteral("m3");
        in.zone = QTimeZone("America/Mexico_City");
        in.readings = monthly("m3");
        in.generatedAt = QDateTime(QDate(2026, 12, 2), QTime(8, 0), QTimeZone::utc());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(GreenButtonWriter::write(&out, in));
        const QString verdict = validate(out.data());
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));

        const Parsed doc = parse(out.data());
        QVERIFY(doc.ok);
        QCOMPARE(doc.texts(QStringLiteral("kind")).value(0), QStringLiteral("2"));     // water
        QCOMPARE(doc.texts(QStringLiteral("uom")), QStringList{QStringLiteral("42")}); // m³
        QCOMPARE(doc.texts(QStringLiteral("powerOfTenMultiplier")),
                 QStringList{QStringLiteral("-3")}); // litres
        QCOMPARE(doc.texts(QStringLiteral("tzOffset")), QStringList{QStringLiteral("-21600")});
        QCOMPARE(doc.counts.value(QStringLiteral("IntervalReading")), 12);
        // The first reading: 21.5 m³ in litres, from the day after the reading of 2025-11-28
        // to the day after 2025-12-28, in local midnights. (Block: duration, start; then each
        // reading's duration, start, value.)
        const QStringList values = doc.texts(QStringLiteral("value"));
        QCOMPARE(values.value(0), QStringLiteral("21500"));
        const QStringList starts = doc.texts(QStringLiteral("start"));
        const QStringList durations = doc.texts(QStringLiteral("duration"));
        QCOMPARE(starts.value(1), QString::number(QDateTime(QDate(2025, 11, 29), QTime(0, 0),
                                                            QTimeZone("America/Mexico_City"))
                                                      .toSecsSinceEpoch()));
        QCOMPARE(durations.value(1), QString::number(30 * 86400));
    }

    void greenButtonQuarterHoursValidate()
    {
        GreenButtonWriter::Input in;
        in.usagePointTitle = QStringLiteral("100000101");
        in.serviceKind = QStringLiteral("electricity");
        in.unit = QStringLiteral("kWh");
        in.zone = QTimeZone("America/Bogota");
        in.readings = monthly("kWh");
        in.generatedAt = QDateTime(QDate(2026, 12, 2), QTime(8, 0), QTimeZone::utc());
        // Three days of quarter-hours from a local 06:00 (the first block is a partial day).
        in.quarters.start = QDateTime(QDate(2026, 11, 20), QTime(11, 0), QTimeZone::utc());
        in.quarters.stepSeconds = 900;
        for (int i = 0; i < 3 * 96; ++i)
            in.quarters.values.push_back(0.1f + 0.001f * float(i % 96));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        qint64 lastDone = -1;
        QVERIFY(GreenButtonWriter::write(&out, in, [&](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        }));
        QCOMPARE(lastDone, qint64(12 + 1 + 3 * 96));
        const QString verdict = validate(out.data());
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));

        const Parsed doc = parse(out.data());
        QVERIFY(doc.ok);
        QCOMPARE(doc.texts(QStringLiteral("kind")).value(0), QStringLiteral("0")); // electricity
        QCOMPARE(doc.texts(QStringLiteral("uom")),
                 (QStringList{QStringLiteral("72"), QStringLiteral("72")})); // Wh
        QCOMPARE(doc.texts(QStringLiteral("intervalLength")), QStringList{QStringLiteral("900")});
        // 12 monthly readings, then the quarter-hours in one block per local day (4 blocks:
        // the partial first day, two whole ones, the partial last).
        QCOMPARE(doc.counts.value(QStringLiteral("IntervalReading")), 12 + 3 * 96);
        QCOMPARE(doc.counts.value(QStringLiteral("IntervalBlock")), 1 + 4);
        QVERIFY(doc.texts(QStringLiteral("value")).contains(QStringLiteral("100")));
    }

    void theWorkbookHasRealNumbersDatesAndACharts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("consumo.xlsx"));
        ConsumptionWorkbook::Labels labels;
        labels.date = QStringLiteral("Fecha");
        labels.reading = QStringLiteral("Lectura");
        labels.consumption = QStringLiteral("Consumo");
        labels.source = QStringLiteral("Origen");
        labels.review = QStringLiteral("En revisión");
        labels.chartTitle = QStringLiteral("Consumo por lectura");
        labels.yes = QStringLiteral("Sí");
        QList<Reading> second = monthly("kWh");
        second.last().needsReview = true;
        QString error;
        int sheetsDone = 0;
        QVERIFY2(ConsumptionWorkbook::write(
                     path,
                     {{QStringLiteral("100000101 · Casa"), QStringLiteral("kWh"), monthly("kWh")},
                      {QStringLiteral("Bodega [2]"), QStringLiteral("kWh"), second}},
                     labels, &error,
                     [&](int done, int) {
                         sheetsDone = done;
                         return true;
                     }),
                 qPrintable(error));
        QCOMPARE(sheetsDone, 2);
        const QByteArray listing = unzip({QStringLiteral("-l"), path});
        QVERIFY2(listing.contains("xl/worksheets/sheet1.xml") &&
                     listing.contains("xl/worksheets/sheet2.xml") &&
                     listing.contains("xl/charts/chart1.xml") &&
                     listing.contains("xl/charts/chart2.xml"),
                 listing.constData());
        const QByteArray book =
            unzip({QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
        QVERIFY(book.contains("name=\"100000101 \xC2\xB7 Casa\""));
        QVERIFY(book.contains("name=\"Bodega -2-\"")); // [] are not allowed in sheet names
        const QByteArray sheet =
            unzip({QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        // A2: the first reading's date as a date serial (days since 1899-12-30), styled;
        // B2: its value as a number — neither as text (t="s").
        const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(2025, 11, 28));
        QVERIFY2(
            QRegularExpression(QStringLiteral("<c r=\"A2\" s=\"\\d+\"><v>%1</v></c>").arg(serial))
                .match(QString::fromUtf8(sheet))
                .hasMatch(),
            sheet.left(1500).constData());
        QVERIFY(QRegularExpression(QStringLiteral("<c r=\"B2\" s=\"\\d+\"><v>1000</v></c>"))
                    .match(QString::fromUtf8(sheet))
                    .hasMatch());
        QVERIFY(sheet.contains("<pane ySplit=\"1\"")); // the header row stays
        const QByteArray strings =
            unzip({QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
        QVERIFY(strings.contains("Lectura (kWh)"));
        QVERIFY(strings.contains("En revisi\xC3\xB3n"));
        QVERIFY(unzip({QStringLiteral("-p"), path, QStringLiteral("xl/charts/chart1.xml")})
                    .contains("<c:barChart>"));
    }

    void sheetNamesAreWhatExcelAccepts()
    {
        QStringList taken;
        QCOMPARE(ConsumptionWorkbook::sheetName(QStringLiteral("a/b:c*d?"), &taken),
                 QStringLiteral("a-b-c-d-"));
        const QString longName(40, QLatin1Char('x'));
        QCOMPARE(ConsumptionWorkbook::sheetName(longName, &taken).size(), 31);
        QCOMPARE(ConsumptionWorkbook::sheetName(longName, &taken),
                 QString(27, QLatin1Char('x')) + QStringLiteral(" (2)"));
        QCOMPARE(ConsumptionWorkbook::sheetName(QString(), &taken), QStringLiteral("Hoja"));
    }

    void aStoppedExportFails()
    {
        GreenButtonWriter::Input in;
        in.usagePointTitle = QStringLiteral("x");
        in.unit = QStringLiteral("kWh");
        in.readings = monthly("kWh");
        in.quarters.start = QDateTime(QDate(2026, 1, 1), QTime(5, 0), QTimeZone::utc());
        in.quarters.values.assign(96 * 100, 0.2f);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(
            !GreenButtonWriter::write(&out, in, [](qint64 done, qint64) { return done < 500; }));
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
