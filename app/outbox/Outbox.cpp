#include "Outbox.h"

#include "api/ApiClient.h"
#include "cache/Cache.h"

#include "core/FutureCallback.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcOutbox, "ov.outbox")

namespace ov {

Outbox::Outbox(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Outbox::sendNext);
    // Said after every answer: only the way back from offline sends at once.
    connect(api, &ApiClient::reachabilityChanged, this, [this](bool reachable) {
        const bool cameBack = reachable && !m_reachable;
        m_reachable = reachable;
        if (cameBack)
            retryNow();
    });
}

Outbox::~Outbox() = default;

int Outbox::backoffMs(int attempts, double jitter, int baseMs, int maxMs)
{
    if (attempts <= 0)
        return 0;
    const double exponential = double(baseMs) * std::pow(2.0, std::min(attempts - 1, 30));
    const double capped = std::min(exponential, double(maxMs));
    return int(std::lround(capped * std::clamp(jitter, 0.5, 1.0)));
}

void Outbox::setBackoff(int baseMs, int maxMs)
{
    m_baseMs = baseMs;
    m_maxMs = maxMs;
}

void Outbox::setCache(Cache *cache)
{
    ++m_generation;
    m_timer->stop();
    m_inFlight = 0;
    m_entries.clear();
    m_loaded = false;
    delete m_cacheGuard;
    m_cache = cache;
    emit changed();
    if (!cache)
        return;
    m_cacheGuard = new QObject(this);
    load();
}

void Outbox::load()
{
    Cache *cache = m_cache;
    const int generation = m_generation;
    whenFinished(this, cache->run([cache] { return cache->outbox(); }),
                 [this, generation](const QList<OutboxEntry> &list) {
                     if (generation != m_generation)
                         return;
                     // Entries enqueued while loading are already in the list; keep them after.
                     QList<OutboxEntry> merged = list;
                     for (const OutboxEntry &e : std::as_const(m_entries))
                         if (std::none_of(merged.cbegin(), merged.cend(),
                                          [&e](const OutboxEntry &m) { return m.id == e.id; }))
                             merged.append(e);
                     m_entries = merged;
                     m_loaded = true;
                     qCInfo(lcOutbox) << m_entries.size() << "change(s) waiting for the server";
                     emit changed();
                     schedule();
                 });
}

void Outbox::enqueue(OutboxEntry entry, std::function<void(bool)> saved)
{
    if (!m_cache) {
        if (saved)
            saved(false);
        return;
    }
    if (entry.idempotencyKey.isEmpty())
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.state = OutboxEntry::State::Pending;
    Cache *cache = m_cache;
    const int generation = m_generation;
    // On disk first: what was not saved is never sent, so nothing sent can be lost.
    whenFinished(this, cache->run([cache, entry] { return cache->addToOutbox(entry); }),
                 [this, generation, entry, saved](qint64 id) mutable {
                     if (generation != m_generation)
                         return;
                     if (id > 0) {
                         entry.id = id;
                         m_entries.append(entry);
                         emit changed();
                         schedule();
                     } else {
                         qCWarning(lcOutbox) << "could not save" << entry.action;
                     }
                     if (saved)
                         saved(id > 0);
                 });
}

QList<OutboxEntry> Outbox::entriesFor(const QString &action, const QString &scope) const
{
    QList<OutboxEntry> list;
    for (const OutboxEntry &e : m_entries)
        if (e.action == action && e.scope == scope)
            list.append(e);
    return list;
}

OutboxEntry *Outbox::find(qint64 id)
{
    for (OutboxEntry &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

void Outbox::dismiss(qint64 id)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [id](const OutboxEntry &e) { return e.id == id; });
    if (it == m_entries.end() || it->state != OutboxEntry::State::Rejected)
        return;
    m_entries.erase(it);
    if (Cache *cache = m_cache)
        cache->run([cache, id] { return cache->removeFromOutbox(id); });
    emit changed();
}

void Outbox::retryNow()
{
    for (OutboxEntry &e : m_entries)
        if (e.state == OutboxEntry::State::Pending)
            e.nextAttemptAt = {};
    schedule();
}

// Arms the timer for the oldest pending entry (one request at a time keeps them in order).
void Outbox::schedule()
{
    if (!m_cache || !m_loaded || m_inFlight != 0)
        return;
    const auto next = std::find_if(m_entries.cbegin(), m_entries.cend(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Pending;
    });
    if (next == m_entries.cend()) {
        m_timer->stop();
        return;
    }
    const qint64 wait = next->nextAttemptAt.isValid()
                            ? QDateTime::currentDateTimeUtc().msecsTo(next->nextAttemptAt)
                            : 0;
    m_timer->start(int(std::clamp<qint64>(wait, 0, m_maxMs)));
}

void Outbox::sendNext()
{
    if (!m_cache || m_inFlight != 0)
        return;
    const auto next = std::find_if(m_entries.cbegin(), m_entries.cend(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Pending;
    });
    if (next == m_entries.cend())
        return;
    ApiCall call;
    call.method = next->method;
    call.path = next->path;
    call.body = next->body;
    call.contentType = next->contentType;
    call.idempotencyKey = next->idempotencyKey.toUtf8();
    const qint64 id = next->id;
    const int generation = m_generation;
    m_inFlight = id;
    m_api->send(call, m_cacheGuard, [this, id, generation](const ApiResult &r) {
        if (generation != m_generation)
            return;
        finished(id, r.status, r.body, r.error);
    });
}

void Outbox::finished(qint64 id, int status, const QByteArray &body,
                      const std::optional<ApiError> &error)
{
    m_inFlight = 0;
    OutboxEntry *e = find(id);
    if (!e) // dismissed meanwhile (it cannot be: only rejected ones are)
        return schedule();
    Cache *cache = m_cache;
    const bool ok = !error && status >= 200 && status < 300;
    const bool refused = error && !error->isOffline() && error->status >= 400 &&
                         error->status < 500 && error->status != 401 && error->status != 408 &&
                         error->status != 429; // 401: the session, not the change, was refused
    if (ok) {
        const OutboxEntry done = *e;
        m_entries.removeIf([id](const OutboxEntry &x) { return x.id == id; });
        cache->run([cache, id] { return cache->removeFromOutbox(id); });
        qCInfo(lcOutbox) << done.action << "confirmed after" << done.attempts + 1 << "attempt(s)";
        emit changed();
        emit delivered(done, body);
    } else if (refused) {
        ++e->attempts;
        e->state = OutboxEntry::State::Rejected;
        e->problem = error->problem.toBytes();
        e->lastError = error->code().isEmpty() ? QString::number(error->status) : error->code();
        const OutboxEntry copy = *e;
        cache->run([cache, copy] { return cache->updateOutbox(copy); });
        qCInfo(lcOutbox) << copy.action << "refused:" << copy.lastError;
        emit changed();
        emit rejected(copy, *error);
    } else {
        ++e->attempts;
        const int delay =
            backoffMs(e->attempts, 0.5 + 0.5 * QRandomGenerator::global()->generateDouble(),
                      m_baseMs, m_maxMs);
        e->nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
        e->lastError = error ? error->describe() : QStringLiteral("HTTP %1").arg(status);
        const OutboxEntry copy = *e;
        cache->run([cache, copy] { return cache->updateOutbox(copy); });
        qCInfo(lcOutbox) << copy.action << "not sent (" << copy.lastError << "); again in" << delay
                         << "ms";
        emit changed();
    }
    schedule();
}

} // namespace ov
