#pragma once

#include "IntervalSeries.h"

#include "api/ApiError.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace ov {

class AppController;

// A smart-meter contract's quarter-hours for the interval chart: what the cache has is shown
// at once, then the local months it lacks — and the current month, revalidated by its ETag —
// are fetched by range (GET /interval-data, one month a request, a few at a time), stored, and
// shown. Merging the months and summing them per hour and per local day happen on the cache's
// thread; the GUI gets the three levels ready to draw. A long fetch reports progress and can be
// cancelled.
class IntervalStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMonths = 37; // three years back, and this month
    static constexpr int kParallel = 4;

    struct Levels
    {
        IntervalSeries quarters;
        IntervalSeries hours;
        IntervalSeries days;
    };

    explicit IntervalStore(AppController *app, QObject *parent = nullptr);

    void load(const QString &contractId);
    void cancel();
    // Until finished(): fetching, or reading what was fetched back from the cache.
    bool isLoading() const { return m_loading; }
    QString contractId() const { return m_contractId; }
    std::shared_ptr<const Levels> levels() const { return m_levels; }

    // The local months to have on `today`: from the month three years back to this one.
    static QStringList monthsFor(QDate today);
    static Levels levelsOf(const QList<struct IntervalMonth> &months, const QTimeZone &zone);

signals:
    void levelsReady();
    void progress(int done, int total);
    void finished(bool ok, const ov::ApiError &error);

private:
    void readCache(bool thenFetch, std::function<void()> then = {});
    void fetchNext();
    void finish(bool ok, const ApiError &error);
    void fetched(const QString &month, const QByteArray &body, const QByteArray &etag,
                 bool notModified);
    QTimeZone zone() const;

    AppController *m_app;
    QString m_contractId;
    std::shared_ptr<const Levels> m_levels;
    QHash<QString, QByteArray> m_etags; // month → ETag of an incomplete month
    QStringList m_queue;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_failed = false;
    bool m_loading = false;
    ApiError m_error;
    int m_generation = 0;
    QPointer<QObject> m_context; // requests of a cancelled load are dropped with it
};

} // namespace ov
