#include "SyncEngine.h"

#include "core/Logging.h"
#include "domain/Page.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>

namespace ov {

namespace {

// Runs `work` on the cache's worker thread and `then` with its result on this thread.
template <typename Work, typename Then>
void onWorker(Cache *cache, QObject *context, Work work, Then then)
{
    using Result = decltype(work());
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(cache->run(std::move(work)));
}

struct ParsedPage
{
    bool ok = false;
    QJsonArray items;
    QString nextCursor;
};

ParsedPage parsePage(const QByteArray &body)
{
    ParsedPage page;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return page;
    const QJsonObject o = doc.object();
    const QJsonValue items = o.value(QLatin1StringView("items"));
    const QJsonValue next = o.value(QLatin1StringView("nextCursor"));
    if (!items.isArray() || !(next.isNull() || next.isUndefined() || next.isString()))
        return page;
    page.ok = true;
    page.items = items.toArray();
    page.nextCursor = next.toString();
    return page;
}

template <typename T>
std::optional<QList<T>> parseItems(const QJsonArray &items, QString *error)
{
    QJsonObject wrapper{{QStringLiteral("items"), items}};
    auto page = Page<T>::fromJson(wrapper, error);
    if (!page)
        return std::nullopt;
    return page->items;
}

} // namespace

SyncEngine::SyncEngine(ApiClient *api, Cache *cache, std::shared_ptr<const Clock> clock,
                       QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{
    m_periodic.setSingleShot(false);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
}

void SyncEngine::setIntervalMinutes(int minutes)
{
    if (minutes <= 0) {
        m_periodic.stop();
        return;
    }
    m_periodic.start(minutes * 60 * 1000);
}

void SyncEngine::setRetryDelays(int firstSeconds, int maxSeconds)
{
    m_firstRetry = std::max(1, firstSeconds);
    m_maxRetry = std::max(m_firstRetry, maxSeconds);
}

void SyncEngine::stop()
{
    m_stopped = true;
    m_periodic.stop();
    m_retry.stop();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::syncNow()
{
    m_stopped = false;
    if (m_state == State::Syncing) {
        m_again = true; // once this run ends
        return;
    }
    m_retry.stop();
    setState(State::Syncing);
    m_steps = {Step{Kind::Contracts, {}}};
    m_done = 0;
    m_haveContractIds = false;
    emit progress(0, 1);
    onWorker(
        m_cache, this, [cache = m_cache] { return cache->syncStates(); },
        [this](const QHash<QString, SyncState> &states) {
            m_states = states;
            runNext();
        });
}

QString SyncEngine::pathFor(const Step &step) const
{
    switch (step.kind) {
    case Kind::Contracts:
        return QStringLiteral("/contracts");
    case Kind::Invoices:
        return QStringLiteral("/contracts/%1/invoices").arg(step.contractId);
    case Kind::Readings:
        return QStringLiteral("/contracts/%1/readings").arg(step.contractId);
    }
    return {};
}

QString SyncEngine::keyFor(const Step &step) const
{
    switch (step.kind) {
    case Kind::Contracts:
        return QStringLiteral("contracts");
    case Kind::Invoices:
        return Cache::invoicesKey(step.contractId);
    case Kind::Readings:
        return Cache::readingsKey(step.contractId);
    }
    return {};
}

void SyncEngine::runNext()
{
    if (m_done >= m_steps.size()) {
        m_lastSuccess = m_clock->now();
        m_lastError.reset();
        m_retryDelay = 0;
        qCInfo(lcSync) << "sync finished:" << m_steps.size() << "resources";
        setState(State::Idle);
        emit finished(true);
        if (std::exchange(m_again, false))
            QTimer::singleShot(0, this, &SyncEngine::syncNow);
        return;
    }
    auto fetch = std::make_shared<Fetch>();
    fetch->step = m_steps.at(m_done);
    fetch->key = keyFor(fetch->step);
    fetch->etag = m_states.value(fetch->key).etag;
    requestPage(fetch, {});
}

void SyncEngine::requestPage(std::shared_ptr<Fetch> fetch, const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), fetch->step.kind == Kind::Contracts
                                                    ? QStringLiteral("500")
                                                    : QStringLiteral("200"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    ApiCall call = ApiCall::get(pathFor(fetch->step), query);
    if (cursor.isEmpty())
        call.ifNoneMatch = fetch->etag;
    m_api->send(call, this, [this, fetch, first = cursor.isEmpty()](const ApiResult &r) {
        if (r.error)
            return fail(*r.error);
        if (r.notModified()) {
            qCDebug(lcSync) << fetch->key << "not modified";
            onWorker(
                m_cache, this,
                [cache = m_cache, key = fetch->key, now = m_clock->now()] {
                    return cache->touch(key, now);
                },
                [this](bool) { stepDone(); });
            return;
        }
        if (first)
            fetch->etag = r.etag;
        onWorker(
            m_cache, this, [body = r.body] { return parsePage(body); },
            [this, fetch](const ParsedPage &page) {
                if (!page.ok)
                    return fail(ApiError{ApiError::Kind::InvalidResponse,
                                         200,
                                         {},
                                         fetch->key + QStringLiteral(": not a page of items"),
                                         -1});
                for (const QJsonValue &item : page.items)
                    fetch->items.append(item);
                if (!page.nextCursor.isEmpty())
                    return requestPage(fetch, page.nextCursor);
                storeFetch(fetch);
            });
    });
}

void SyncEngine::storeFetch(std::shared_ptr<Fetch> fetch)
{
    const SyncState state{fetch->key, fetch->etag, m_clock->now()};
    struct Stored
    {
        bool ok = false;
        QString error;
        QStringList contractIds;
    };
    auto work = [cache = m_cache, fetch, state]() -> Stored {
        Stored s;
        switch (fetch->step.kind) {
        case Kind::Contracts:
            if (auto list = parseItems<Contract>(fetch->items, &s.error)) {
                for (const Contract &c : *list)
                    s.contractIds << c.id;
                s.ok = cache->replaceContracts(*list, state);
            }
            break;
        case Kind::Invoices:
            if (auto list = parseItems<Invoice>(fetch->items, &s.error))
                s.ok = cache->replaceInvoices(fetch->step.contractId, *list, state);
            break;
        case Kind::Readings:
            if (auto list = parseItems<Reading>(fetch->items, &s.error))
                s.ok = cache->replaceReadings(fetch->step.contractId, *list, state);
            break;
        }
        if (!s.ok && s.error.isEmpty())
            s.error = QStringLiteral("the cache could not be written");
        return s;
    };
    onWorker(m_cache, this, std::move(work), [this, fetch](const Stored &s) {
        if (!s.ok)
            return fail(ApiError{ApiError::Kind::InvalidResponse, 200, {}, s.error, -1});
        switch (fetch->step.kind) {
        case Kind::Contracts:
            emit contractsChanged();
            break;
        case Kind::Invoices:
            emit invoicesChanged(fetch->step.contractId);
            break;
        case Kind::Readings:
            emit readingsChanged(fetch->step.contractId);
            break;
        }
        m_states.insert(fetch->key, SyncState{fetch->key, fetch->etag, m_clock->now()});
        if (fetch->step.kind == Kind::Contracts) {
            m_contractIds = s.contractIds;
            m_haveContractIds = true;
        }
        stepDone();
    });
}

void SyncEngine::stepDone()
{
    if (m_done == 0) {
        // The contract list is settled (fetched or unchanged): plan each contract's data.
        auto plan = [this](const QStringList &ids) {
            for (const QString &id : ids) {
                m_steps.append(Step{Kind::Invoices, id});
                m_steps.append(Step{Kind::Readings, id});
            }
            m_done = 1;
            emit progress(m_done, int(m_steps.size()));
            runNext();
        };
        if (m_haveContractIds) {
            plan(m_contractIds);
            return;
        }
        onWorker(
            m_cache, this,
            [cache = m_cache] {
                QStringList ids;
                const QList<Contract> list = cache->contracts();
                for (const Contract &c : list)
                    ids << c.id;
                return ids;
            },
            plan);
        return;
    }
    ++m_done;
    emit progress(m_done, int(m_steps.size()));
    runNext();
}

void SyncEngine::fail(const ApiError &error)
{
    m_lastError = error;
    m_again = false;
    qCInfo(lcSync) << "sync stopped:" << error.describe();
    if (error.isOffline()) {
        setState(State::Offline);
        m_retryDelay = m_retryDelay == 0 ? m_firstRetry : std::min(m_retryDelay * 2, m_maxRetry);
        if (!m_stopped)
            m_retry.start(m_retryDelay * 1000);
    } else {
        setState(State::Failed);
    }
    emit finished(false);
}

} // namespace ov
