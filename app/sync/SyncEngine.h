#pragma once

#include "api/ApiClient.h"
#include "cache/Cache.h"
#include "domain/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace ov {

struct SyncPage;

// Brings the cache up to date with the server through its change feed (GET /sync;
// docs/sync-and-cache.md): one request when nothing changed, a few pages on a first sync,
// whatever the number of contracts. Each page is parsed off the GUI thread and applied with the
// position after it in one cache transaction, so an interruption at any point leaves a
// consistent cache and the next run resumes where it stopped. The next page is asked for as
// soon as the current one's headers name it (Link rel="next"), while it downloads and the cache
// parses and writes it; answers are handled in the order they were asked for.
//
// A position the server no longer accepts (410) starts a full run, which at its end drops
// whatever it did not bring. Runs on demand, every N minutes, and — after the server could not
// be reached — again by itself with a growing delay until it can.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Syncing,
        Offline,
        Failed
    };
    Q_ENUM(State)

    // What the last run cost.
    struct RunStats
    {
        int requests = 0;
        qint64 bytes = 0; // bodies as received (after decompression)
        int entries = 0;  // items stored plus ids removed
        bool full = false;
    };

    static constexpr int kDefaultPageSize = 10000; // the most the server gives in a page

    SyncEngine(ApiClient *api, Cache *cache, std::shared_ptr<const Clock> clock = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void setIntervalMinutes(int minutes); // 0: only on demand
    // Delays between attempts while the server cannot be reached (doubling up to `max`).
    void setRetryDelays(int firstSeconds, int maxSeconds);
    void setPageSize(int entries) { m_pageSize = entries; }
    void syncNow();
    void stop(); // no more automatic runs (sign-out)

    State state() const { return m_state; }
    std::optional<ApiError> lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    int retryDelaySeconds() const { return m_retryDelay; }
    RunStats lastRun() const { return m_stats; }

signals:
    void stateChanged(ov::SyncEngine::State state);
    void progress(int done, int total); // pages stored, pages known so far
    void contractsChanged();
    // Items of `resource` ("invoices", "readings", …) changed for these contracts.
    void itemsChanged(const QString &resource, const QStringList &contractIds);
    void finished(bool ok);

private:
    struct Run;

    void setState(State state);
    void begin(const SyncPosition &stored);
    void request(const QString &token);
    static QString nextToken(const QList<QPair<QByteArray, QByteArray>> &headers);
    // `last`: no request is out after this one (nothing was asked for ahead of it).
    void received(const ApiResult &result, bool last);
    void parsed(std::shared_ptr<SyncPage> page, const QString &error, bool last);
    void store(std::shared_ptr<SyncPage> page);
    void announce(const SyncPage &page, const QHash<QString, QSet<QString>> &removedFrom);
    void stored(const SyncPage &page, bool ok);
    void succeed();
    void fail(const ApiError &error);
    void concludeFailure();

    ApiClient *m_api;
    Cache *m_cache;
    std::shared_ptr<const Clock> m_clock;
    State m_state = State::Idle;
    std::optional<ApiError> m_lastError;
    QDateTime m_lastSuccess;
    RunStats m_stats;
    std::shared_ptr<Run> m_run;
    int m_pageSize = kDefaultPageSize;
    bool m_again = false;
    bool m_stopped = false;
    int m_retryDelay = 0;
    int m_firstRetry = 10;
    int m_maxRetry = 300;
    QTimer m_periodic;
    QTimer m_retry;
};

} // namespace ov
