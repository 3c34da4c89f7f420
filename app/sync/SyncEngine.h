#pragma once

#include "api/ApiClient.h"
#include "cache/Cache.h"
#include "domain/Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace ov {

// Brings the cache up to date with the server: the contract list, then each contract's
// invoices and readings. Each resource is asked for with If-None-Match; a 304 costs nothing,
// a 200 is followed through all its pages, parsed on the cache's worker thread and written in
// one transaction, so a failure at any point leaves the previous consistent state.
//
// Runs on demand, every N minutes, and — after the server could not be reached — again by
// itself with a growing delay until it can.
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

    SyncEngine(ApiClient *api, Cache *cache, std::shared_ptr<const Clock> clock = {},
               QObject *parent = nullptr);

    void setIntervalMinutes(int minutes); // 0: only on demand
    // Delays between attempts while the server cannot be reached (doubling up to `max`).
    void setRetryDelays(int firstSeconds, int maxSeconds);
    void syncNow();
    void stop(); // no more automatic runs (sign-out)

    State state() const { return m_state; }
    std::optional<ApiError> lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    int retryDelaySeconds() const { return m_retryDelay; }

signals:
    void stateChanged(ov::SyncEngine::State state);
    void progress(int done, int total);
    void contractsChanged();
    void invoicesChanged(const QString &contractId);
    void readingsChanged(const QString &contractId);
    void finished(bool ok);

private:
    enum class Kind
    {
        Contracts,
        Invoices,
        Readings
    };
    struct Step
    {
        Kind kind;
        QString contractId;
    };
    struct Fetch
    {
        Step step;
        QString key;
        QByteArray etag;
        QJsonArray items;
    };

    void setState(State state);
    void runNext();
    void requestPage(std::shared_ptr<Fetch> fetch, const QString &cursor);
    void storeFetch(std::shared_ptr<Fetch> fetch);
    void stepDone();
    void fail(const ApiError &error);
    QString pathFor(const Step &step) const;
    QString keyFor(const Step &step) const;

    ApiClient *m_api;
    Cache *m_cache;
    std::shared_ptr<const Clock> m_clock;
    State m_state = State::Idle;
    std::optional<ApiError> m_lastError;
    QDateTime m_lastSuccess;
    QHash<QString, SyncState> m_states;
    QList<Step> m_steps;
    QStringList m_contractIds; // from this run's fetch of the contract list
    bool m_haveContractIds = false;
    int m_done = 0;
    bool m_again = false;
    bool m_stopped = false;
    int m_retryDelay = 0;
    int m_firstRetry = 10;
    int m_maxRetry = 300;
    QTimer m_periodic;
    QTimer m_retry;
};

} // namespace ov
