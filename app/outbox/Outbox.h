#pragma once

#include "OutboxEntry.h"

#include "api/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace ov {

class ApiClient;
class Cache;

// The one way a change the user makes reaches the server. A change is written to the cache's
// outbox table before anything is sent, then sent — one at a time, oldest first, always with
// its own Idempotency-Key — until the server answers:
//  - 2xx: confirmed; the entry goes and delivered() carries the answer;
//  - 4xx (but 401/408/429): refused; the entry stays, Rejected, with the problem, until the user
//    has read why and dismissed it (rejected());
//  - offline, a timeout, 5xx, 401, 408, 429: tried again after an exponential backoff with jitter,
//    at once when the server is reachable again, and after a restart (the table survives it).
// Because the key never changes, a request whose answer was lost and is sent again is taken
// once by the server: the change is made exactly once.
class Outbox : public QObject
{
    Q_OBJECT

public:
    explicit Outbox(ApiClient *api, QObject *parent = nullptr);
    ~Outbox() override;

    // The user's cache (nullptr when signed out): its entries are loaded and sending starts.
    void setCache(Cache *cache);
    // Saves the change (a new key when it has none) and sends it when its turn comes.
    // `saved(ok)` follows once it is on disk.
    void enqueue(OutboxEntry entry, std::function<void(bool saved)> saved = {});
    // Forgets a rejected change the user has seen.
    void dismiss(qint64 id);
    // Sends what waits now, ignoring the backoff (the server is reachable again).
    void retryNow();

    const QList<OutboxEntry> &entries() const { return m_entries; }
    QList<OutboxEntry> entriesFor(const QString &action, const QString &scope) const;
    bool isLoaded() const { return m_loaded; }

    // The delay before attempt `attempts` + 1: base·2^(attempts−1), at most `max`, scaled by
    // a jitter in [0.5, 1] so that many clients coming back at once do not arrive together.
    static int backoffMs(int attempts, double jitter, int baseMs, int maxMs);
    void setBackoff(int baseMs, int maxMs);

signals:
    void changed(); // entries() changed: added, sent, refused, dismissed
    void delivered(const ov::OutboxEntry &entry, const QByteArray &answer);
    void rejected(const ov::OutboxEntry &entry, const ov::ApiError &error);

private:
    void load();
    void schedule();
    void sendNext();
    void finished(qint64 id, int status, const QByteArray &body, const std::optional<ApiError> &e);
    OutboxEntry *find(qint64 id);

    ApiClient *m_api;
    QPointer<QObject> m_cacheGuard; // a context that dies with each cache
    Cache *m_cache = nullptr;
    QList<OutboxEntry> m_entries;
    QTimer *m_timer;
    qint64 m_inFlight = 0;
    bool m_loaded = false;
    bool m_reachable = true;
    int m_generation = 0; // a load or answer for a previous cache is dropped
    int m_baseMs = 2000;
    int m_maxMs = 5 * 60 * 1000;
};

} // namespace ov
