#include "IntervalStore.h"

#include "AppController.h"
#include "cache/Cache.h"

#include "core/FutureCallback.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcInterval, "ov.interval")

namespace ov {

IntervalStore::IntervalStore(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{}

QTimeZone IntervalStore::zone() const
{
    const auto &config = m_app->config();
    const QTimeZone z(config ? config->timeZone.toUtf8() : QByteArray());
    return z.isValid() ? z : QTimeZone::utc();
}

QStringList IntervalStore::monthsFor(QDate today)
{
    QStringList months;
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(kMonths - 1));
    for (int i = 0; i < kMonths; ++i)
        months << first.addMonths(i).toString(QStringLiteral("yyyy-MM"));
    return months;
}

IntervalStore::Levels IntervalStore::levelsOf(const QList<IntervalMonth> &months,
                                              const QTimeZone &zone)
{
    Levels levels;
    for (const IntervalMonth &m : months)
        if (!levels.quarters.append(m.series))
            levels.quarters = m.series; // a gap: the newest unbroken stretch is shown
    // Hours from the first whole hour.
    IntervalSeries aligned = levels.quarters;
    const qint64 skip = aligned.isEmpty() ? 0 : ((3600 - aligned.startSecs() % 3600) % 3600) / 900;
    if (skip > 0 && qint64(aligned.values.size()) > skip) {
        aligned.values.erase(aligned.values.begin(), aligned.values.begin() + skip);
        aligned.start = aligned.start.addSecs(skip * 900);
    }
    levels.hours = aligned.summed(4);
    levels.days = levels.quarters.daily(zone);
    return levels;
}

void IntervalStore::cancel()
{
    if (!isLoading())
        return;
    ++m_generation;
    delete m_context;
    m_queue.clear();
    m_inFlight = 0;
    m_total = 0;
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    finish(false, cancelled);
}

void IntervalStore::load(const QString &contractId)
{
    ++m_generation;
    delete m_context;
    m_context = new QObject(this);
    m_contractId = contractId;
    m_levels.reset();
    m_queue.clear();
    m_etags.clear();
    m_inFlight = 0;
    m_done = 0;
    m_total = 0;
    m_failed = false;
    m_loading = true;
    readCache(true);
}

void IntervalStore::finish(bool ok, const ApiError &error)
{
    m_loading = false;
    emit finished(ok, error);
}

void IntervalStore::readCache(bool thenFetch, std::function<void()> then)
{
    Cache *cache = m_app->cache();
    if (!cache || m_contractId.isEmpty())
        return;
    const QString contractId = m_contractId;
    const QTimeZone zone = this->zone();
    const int generation = m_generation;
    struct Read
    {
        std::shared_ptr<const Levels> levels;
        QHash<QString, std::pair<QByteArray, bool>> months; // month → ETag, complete
    };
    auto read = cache->run([cache, contractId, zone] {
        const QList<IntervalMonth> months = cache->intervalMonths(contractId);
        Read read;
        read.levels = std::make_shared<const Levels>(levelsOf(months, zone));
        for (const IntervalMonth &m : months)
            read.months.insert(m.month, {m.etag, m.complete});
        return read;
    });
    whenFinished(this, read, [this, generation, thenFetch, then](const Read &read) {
        if (generation != m_generation)
            return;
        m_levels = read.levels;
        emit levelsReady();
        if (then)
            then();
        if (!thenFetch)
            return;
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(this->zone()).date();
        for (const QString &month : monthsFor(today)) {
            const auto it = read.months.constFind(month);
            if (it != read.months.cend() && it->second)
                continue; // a past month: it never changes
            if (it != read.months.cend())
                m_etags.insert(month, it->first);
            m_queue << month;
        }
        m_total = int(m_queue.size());
        emit progress(0, m_total);
        if (m_total == 0) {
            finish(true, {});
            return;
        }
        for (int i = 0; i < kParallel; ++i)
            fetchNext();
    });
}

void IntervalStore::fetchNext()
{
    if (m_queue.isEmpty() || m_failed)
        return;
    const QString month = m_queue.takeFirst();
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), first.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), first.addMonths(1).toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("resolution"), QStringLiteral("PT15M"));
    ApiCall call =
        ApiCall::get(QStringLiteral("/contracts/%1/interval-data").arg(m_contractId), query);
    call.ifNoneMatch = m_etags.value(month);
    ++m_inFlight;
    const int generation = m_generation;
    m_app->api()->send(call, m_context, [this, generation, month](const ApiResult &r) {
        if (generation != m_generation)
            return;
        --m_inFlight;
        if (r.error) {
            if (!m_failed) {
                m_failed = true;
                m_error = *r.error;
            }
        } else {
            fetched(month, r.body, r.etag, r.notModified());
            return;
        }
        if (m_inFlight == 0) {
            m_total = 0;
            qCInfo(lcInterval) << "interval data not fetched:" << m_error.describe();
            const ApiError error = m_error;
            readCache(false, [this, error] { finish(false, error); });
        }
    });
}

void IntervalStore::fetched(const QString &month, const QByteArray &body, const QByteArray &etag,
                            bool notModified)
{
    Cache *cache = m_app->cache();
    const QString contractId = m_contractId;
    const int generation = m_generation;
    auto saved = [this, generation] {
        if (generation != m_generation)
            return;
        ++m_done;
        emit progress(m_done, m_total);
        if (m_done == m_total) {
            readCache(false, [this] { finish(true, {}); }); // with the new levels
        } else {
            fetchNext();
        }
    };
    if (notModified || !cache)
        return saved();
    const QDate next = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).addMonths(1);
    const QDateTime nextStart = QDateTime(next, QTime(0, 0), zone()).toUTC();
    // Parsed and written on the cache's thread: a month is 3,000 numbers, three years 105,000.
    auto write = cache->run([cache, contractId, month, body, etag, nextStart] {
        const auto series = IntervalSeries::fromJson(body);
        if (!series)
            return false;
        return cache->saveIntervalMonth(contractId,
                                        {month, *series, etag, series->end() >= nextStart});
    });
    whenFinished(this, write, [saved](bool) { saved(); });
}

} // namespace ov
