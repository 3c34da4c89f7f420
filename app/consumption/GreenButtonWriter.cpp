#include "GreenButtonWriter.h"

#include <QCryptographicHash>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace ov {

namespace {
constexpr const char *kAtom = "http://www.w3.org/2005/Atom";
constexpr const char *kEspi = "http://naesb.org/espi";

// Stable ids: the same supply point and resource always get the same urn:uuid.
QString urn(const QString &seed)
{
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("urn:uuid:") +
           QUuid::fromRfc4122(h.left(16)).toString(QUuid::WithoutBraces).toUpper();
}

QString atomTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

class Feed
{
public:
    Feed(QIODevice *out, const GreenButtonWriter::Input &in)
        : m_xml(out)
        , m_in(in)
        , m_base(QStringLiteral("/espi/1_1/resource/RetailCustomer/1/UsagePoint/1"))
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void begin()
    {
        m_xml.writeStartDocument();
        m_xml.writeStartElement(QString::fromLatin1(kAtom), QStringLiteral("feed"));
        m_xml.writeDefaultNamespace(QString::fromLatin1(kAtom));
        m_xml.writeTextElement(QStringLiteral("id"),
                               urn(m_in.usagePointTitle + QStringLiteral("|feed")));
        m_xml.writeTextElement(QStringLiteral("title"), QStringLiteral("Green Button Usage Feed"));
        m_xml.writeTextElement(QStringLiteral("updated"), atomTime(m_in.generatedAt));
        link(QStringLiteral("self"), QStringLiteral("/espi/1_1/resource/Subscription/1"));
    }
    void end()
    {
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

    // An entry: id, links, title, then the ESPI resource written by `content`.
    void entry(const QString &self, const QString &up, const QStringList &related,
               const QString &title, const std::function<void()> &content)
    {
        m_xml.writeStartElement(QStringLiteral("entry"));
        m_xml.writeTextElement(QStringLiteral("id"), urn(m_in.usagePointTitle + self));
        link(QStringLiteral("self"), self);
        link(QStringLiteral("up"), up);
        for (const QString &r : related)
            link(QStringLiteral("related"), r);
        m_xml.writeTextElement(QStringLiteral("title"), title);
        m_xml.writeStartElement(QStringLiteral("content"));
        content();
        m_xml.writeEndElement();
        m_xml.writeTextElement(QStringLiteral("published"), atomTime(m_in.generatedAt));
        m_xml.writeTextElement(QStringLiteral("updated"), atomTime(m_in.generatedAt));
        m_xml.writeEndElement();
    }

    void espi(const QString &name, const std::function<void()> &children)
    {
        m_xml.writeStartElement(QString::fromLatin1(kEspi), name);
        if (!m_espiDeclared)
            m_xml.writeDefaultNamespace(QString::fromLatin1(kEspi));
        children();
        m_xml.writeEndElement();
    }
    void text(const QString &name, const QString &value)
    {
        m_xml.writeTextElement(QString::fromLatin1(kEspi), name, value);
    }
    void interval(const QString &name, qint64 start, qint64 duration)
    {
        m_xml.writeStartElement(QString::fromLatin1(kEspi), name);
        text(QStringLiteral("duration"), QString::number(duration));
        text(QStringLiteral("start"), QString::number(start));
        m_xml.writeEndElement();
    }
    void reading(qint64 start, qint64 duration, qint64 value)
    {
        m_xml.writeStartElement(QString::fromLatin1(kEspi), QStringLiteral("IntervalReading"));
        interval(QStringLiteral("timePeriod"), start, duration);
        text(QStringLiteral("value"), QString::number(value));
        m_xml.writeEndElement();
    }
    const QString &base() const { return m_base; }
    bool failed() const { return m_xml.hasError(); }

private:
    void link(const QString &rel, const QString &href)
    {
        m_xml.writeEmptyElement(QStringLiteral("link"));
        m_xml.writeAttribute(QStringLiteral("rel"), rel);
        m_xml.writeAttribute(QStringLiteral("href"), href);
    }

    QXmlStreamWriter m_xml;
    const GreenButtonWriter::Input &m_in;
    QString m_base;
    bool m_espiDeclared = false;
};
} // namespace

bool GreenButtonWriter::write(QIODevice *out, const Input &in,
                              const std::function<bool(qint64, qint64)> &progress)
{
    const bool water = in.unit == QLatin1StringView("m3");
    // Integers of the ReadingType's unit: Wh for kWh, litres (m³ × 10⁻³) for m³.
    const QString uom = water ? QStringLiteral("42") : QStringLiteral("72");
    const QString multiplier = water ? QStringLiteral("-3") : QStringLiteral("0");
    auto scaled = [](double v) {
        return qint64(std::llround(v * 1000));
    };
    const QString kind = in.serviceKind == QLatin1StringView("water") ? QStringLiteral("2")
                         : in.serviceKind == QLatin1StringView("gas") ? QStringLiteral("1")
                                                                      : QStringLiteral("0");
    const QString commodity = water ? QStringLiteral("7") : QStringLiteral("1");
    const QTimeZone zone = in.zone.isValid() ? in.zone : QTimeZone::utc();

    Feed feed(out, in);
    feed.begin();
    const QString base = feed.base();
    const QString timeParams = QStringLiteral("/espi/1_1/resource/LocalTimeParameters/1");
    const bool hasIntervals = !in.quarters.isEmpty();
    QStringList meterReadings = {base + QStringLiteral("/MeterReading/1")};
    if (hasIntervals)
        meterReadings << base + QStringLiteral("/MeterReading/2");
    feed.entry(base, QStringLiteral("/espi/1_1/resource/RetailCustomer/1/UsagePoint"),
               meterReadings + QStringList{timeParams}, in.usagePointTitle, [&] {
                   feed.espi(QStringLiteral("UsagePoint"), [&] {
                       feed.espi(QStringLiteral("ServiceCategory"),
                                 [&] { feed.text(QStringLiteral("kind"), kind); });
                   });
               });
    // The zone's standard offset; no daylight-saving rule is encoded (FFFFFFFF: disabled),
    // as in both demo zones, which keep one offset all year.
    const QDateTime january(QDate(in.generatedAt.date().year(), 1, 15), QTime(12, 0),
                            QTimeZone::utc());
    feed.entry(timeParams, QStringLiteral("/espi/1_1/resource/LocalTimeParameters"), {},
               zone.displayName(january, QTimeZone::LongName), [&] {
                   feed.espi(QStringLiteral("LocalTimeParameters"), [&] {
                       feed.text(QStringLiteral("dstEndRule"), QStringLiteral("FFFFFFFF"));
                       feed.text(QStringLiteral("dstOffset"),
                                 QString::number(zone.daylightTimeOffset(january)));
                       feed.text(QStringLiteral("dstStartRule"), QStringLiteral("FFFFFFFF"));
                       feed.text(QStringLiteral("tzOffset"),
                                 QString::number(zone.standardTimeOffset(january)));
                   });
               });

    auto meterReading = [&](int n, const QString &title, qint64 intervalLength) -> QString {
        const QString self = base + QStringLiteral("/MeterReading/%1").arg(n);
        const QString type = QStringLiteral("/espi/1_1/resource/ReadingType/%1").arg(n);
        feed.entry(self, base + QStringLiteral("/MeterReading"),
                   {self + QStringLiteral("/IntervalBlock"), type}, title,
                   [&] { feed.espi(QStringLiteral("MeterReading"), [] {}); });
        feed.entry(type, QStringLiteral("/espi/1_1/resource/ReadingType"), {},
                   QStringLiteral("Type of Meter Reading Data"), [&] {
                       feed.espi(QStringLiteral("ReadingType"), [&] {
                           feed.text(QStringLiteral("accumulationBehaviour"), QStringLiteral("4"));
                           feed.text(QStringLiteral("commodity"), commodity);
                           feed.text(QStringLiteral("dataQualifier"), QStringLiteral("12"));
                           feed.text(QStringLiteral("flowDirection"), QStringLiteral("1"));
                           if (intervalLength > 0)
                               feed.text(QStringLiteral("intervalLength"),
                                         QString::number(intervalLength));
                           if (!water)
                               feed.text(QStringLiteral("kind"), QStringLiteral("12"));
                           feed.text(QStringLiteral("powerOfTenMultiplier"), multiplier);
                           feed.text(QStringLiteral("uom"), uom);
                       });
                   });
        return self + QStringLiteral("/IntervalBlock");
    };

    // The readings: a period runs from the day after one reading to the day of the next
    // (local midnights), its value what the meter moved.
    QList<Reading> readings = in.readings;
    std::sort(readings.begin(), readings.end(),
              [](const Reading &a, const Reading &b) { return a.readAt < b.readAt; });
    const qint64 total = qint64(readings.size()) + qint64(in.quarters.values.size());
    const QString blocks = meterReading(1, QStringLiteral("Consumption between meter readings"), 0);
    if (readings.size() >= 2) {
        auto midnightAfter = [&zone](QDate d) {
            return QDateTime(d.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
        };
        const qint64 first = midnightAfter(readings.first().readAt);
        const qint64 last = midnightAfter(readings.last().readAt);
        feed.entry(blocks + QStringLiteral("/1"), blocks, {}, QString(), [&] {
            feed.espi(QStringLiteral("IntervalBlock"), [&] {
                feed.interval(QStringLiteral("interval"), first, last - first);
                for (qsizetype i = 1; i < readings.size(); ++i) {
                    const qint64 start = midnightAfter(readings.at(i - 1).readAt);
                    const qint64 end = midnightAfter(readings.at(i).readAt);
                    if (end > start)
                        feed.reading(start, end - start,
                                     std::max<qint64>(0, scaled(readings.at(i).consumption)));
                }
            });
        });
    }
    qint64 done = readings.size();
    if (progress && !progress(done, total))
        return false;

    if (hasIntervals) {
        const IntervalSeries &q = in.quarters;
        const QString qBlocks =
            meterReading(2, QStringLiteral("Fifteen Minute Consumption"), q.stepSeconds);
        // One IntervalBlock per local day.
        qsizetype i = 0;
        int block = 0;
        while (i < qsizetype(q.values.size())) {
            const QDateTime at = q.start.addSecs(qint64(q.stepSeconds) * i);
            const QDateTime nextDay(at.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone);
            const qsizetype end = std::min<qsizetype>(
                qsizetype(q.values.size()),
                i + qsizetype(at.secsTo(nextDay) + q.stepSeconds - 1) / q.stepSeconds);
            const qint64 start = at.toSecsSinceEpoch();
            feed.entry(qBlocks + QStringLiteral("/%1").arg(++block), qBlocks, {}, QString(), [&] {
                feed.espi(QStringLiteral("IntervalBlock"), [&] {
                    feed.interval(QStringLiteral("interval"), start,
                                  qint64(end - i) * q.stepSeconds);
                    for (qsizetype k = i; k < end; ++k)
                        feed.reading(start + qint64(k - i) * q.stepSeconds, q.stepSeconds,
                                     scaled(double(q.values[size_t(k)])));
                });
            });
            done += end - i;
            i = end;
            if (progress && block % 30 == 0 && !progress(done, total))
                return false;
        }
    }
    feed.end();
    if (progress)
        progress(total, total);
    return !feed.failed();
}

} // namespace ov
