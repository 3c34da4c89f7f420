#include "SyncEngine.h"

#include "SyncPage.h"
#include "SyncedResources.h"

#include "core/Logging.h"

#include <QFutureWatcher>
#include <QMap>
#include <QUrl>

namespace ov {

namespace {

// Calls `then` with the future's result on `context`'s thread once it is ready.
template <typename Future, typename Then>
void whenDone(QObject *context, Future future, Then then)
{
    using Result = decltype(future.result());
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(future);
}

ApiError invalid(const QString &why)
{
    return ApiError{ApiError::Kind::InvalidResponse, 200, {}, why, -1};
}

} // namespace

// One run of the feed, from the stored position to a page with `more` false.
struct SyncEngine::Run
{
    SyncPosition position;  // what the next stored page is stamped with (generation, sweep)
    bool resetOnce = false; // a refused position restarts the run as a full one, once
    bool failed = false;
    std::optional<ApiError> error; // why it failed
    int pendingWork = 0;           // parses and writes queued on the cache's thread
    // Pages are asked for ahead (Link rel="next") and may be answered out of order; they are
    // handled strictly in the order they were asked for. A restart (410) begins a new epoch.
    int epoch = 0;
    int asked = 0;
    int handled = 0;
    QMap<int, ApiResult> answered;
    int pagesStored = 0;
};

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

SyncEngine::~SyncEngine() = default;

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
    m_stats = {};
    m_run = std::make_shared<Run>();
    emit progress(0, 1);
    // Reading the position is queued behind any write still pending on the cache's thread.
    whenDone(this, m_cache->run([cache = m_cache] { return cache->syncPosition(); }),
             [this, run = m_run](const SyncPosition &stored) {
                 if (run == m_run)
                     begin(stored);
             });
}

void SyncEngine::begin(const SyncPosition &stored)
{
    Run &run = *m_run;
    run.position = stored;
    run.position.resources = SyncedResources::signature();
    if (stored.resources != run.position.resources || stored.token.isEmpty()) {
        // Nothing yet, or a position that does not cover every resource this version keeps:
        // a full run, which ends by dropping what it did not bring.
        run.position.token.clear();
        run.position.more = false;
        run.position.generation = stored.generation + 1;
        run.position.sweep = true;
    }
    m_stats.full = run.position.sweep;
    qCInfo(lcSync) << (run.position.sweep ? "full sync" : "sync")
                   << (stored.more ? "resuming" : "starting");
    request(run.position.token);
}

void SyncEngine::request(const QString &token)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("token"), token);
    ++m_stats.requests;
    Run &run = *m_run;
    const int epoch = run.epoch;
    const int seq = run.asked++;
    ApiCall call = ApiCall::get(QStringLiteral("/sync"), query);
    // The next page's address is in the headers: ask for it at once, while this one downloads
    // and is written.
    call.onHeaders = [this, run = m_run, epoch](int,
                                                const QList<QPair<QByteArray, QByteArray>> &h) {
        if (run != m_run || run->failed || run->epoch != epoch)
            return;
        const QString next = nextToken(h);
        if (!next.isEmpty())
            request(next);
    };
    m_api->send(call, this, [this, run = m_run, epoch, seq](const ApiResult &r) {
        if (run != m_run || run->failed || run->epoch != epoch)
            return;
        run->answered.insert(seq, r);
        while (m_run && !m_run->failed && m_run->epoch == epoch &&
               m_run->answered.contains(m_run->handled)) {
            const ApiResult next = m_run->answered.take(m_run->handled);
            ++m_run->handled;
            received(next, m_run->handled == m_run->asked);
        }
    });
}

QString SyncEngine::nextToken(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // Link: </api/v1/sync?limit=5000&token=…>; rel="next"
    for (const auto &[name, value] : headers) {
        if (name.compare("Link", Qt::CaseInsensitive) != 0 || !value.contains("rel=\"next\""))
            continue;
        const qsizetype open = value.indexOf('<');
        const qsizetype close = value.indexOf('>', open);
        if (open < 0 || close < 0)
            return {};
        const QUrl url(QString::fromLatin1(value.mid(open + 1, close - open - 1)));
        return QUrlQuery(url).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    }
    return {};
}

void SyncEngine::received(const ApiResult &r, bool last)
{
    Run &run = *m_run;
    if (r.error) {
        const QString code = r.error->code();
        if (r.error->status == 410 && !run.resetOnce &&
            (code == QLatin1StringView("sync_token_invalid") ||
             code == QLatin1StringView("sync_token_expired"))) {
            qCInfo(lcSync) << "the server refused the position (" << code << "): full sync";
            run.resetOnce = true;
            run.position.token.clear();
            run.position.generation += 1;
            run.position.sweep = true;
            m_stats.full = true;
            // Whatever else is on its way belongs to the refused run.
            ++run.epoch;
            run.asked = run.handled = 0;
            run.answered.clear();
            return request({});
        }
        return fail(*r.error);
    }
    m_stats.bytes += r.body.size();
    // Parsed on the cache's thread, in order, before this page is written there: pages are
    // written in the order they were asked for.
    ++run.pendingWork;
    auto work = [body = r.body] {
        QString error;
        auto page = SyncPage::parse(body, &error);
        return std::pair{page ? std::make_shared<SyncPage>(std::move(*page)) : nullptr, error};
    };
    whenDone(this, m_cache->run(work), [this, run = m_run, last](const auto &result) {
        --run->pendingWork;
        if (run != m_run)
            return;
        if (run->failed)
            return run->pendingWork == 0 ? concludeFailure() : void();
        parsed(result.first, result.second, last);
    });
}

void SyncEngine::parsed(std::shared_ptr<SyncPage> page, const QString &error, bool last)
{
    if (!page)
        return fail(invalid(error));
    m_stats.entries += page->entries;
    // A server that gives no Link header: ask for the next page now.
    if (page->more && last)
        request(page->token);
    store(std::move(page));
}

void SyncEngine::store(std::shared_ptr<SyncPage> page)
{
    Run &run = *m_run;
    SyncPosition after = run.position;
    after.token = page->token;
    after.more = page->more;
    after.sweep = run.position.sweep && page->more;
    if (!page->more)
        after.syncedAt = m_clock->now();
    const bool sweepNow = run.position.sweep && !page->more;
    ++run.pendingWork;
    struct Stored
    {
        bool ok = false;
        QHash<QString, QSet<QString>> removedFrom;
    };
    whenDone(this, m_cache->run([cache = m_cache, page, after, sweepNow] {
        Stored s;
        s.ok = cache->apply(page->changes, after, sweepNow, &s.removedFrom);
        return s;
    }),
             [this, run = m_run, page](const Stored &s) {
                 --run->pendingWork;
                 if (s.ok) // whatever happens to the run, this page is in the cache
                     announce(*page, s.removedFrom);
                 if (run == m_run)
                     stored(*page, s.ok);
             });
}

void SyncEngine::announce(const SyncPage &page, const QHash<QString, QSet<QString>> &removedFrom)
{
    if (page.contractsChanged)
        emit contractsChanged();
    for (const SyncedResource &resource : SyncedResources::all()) {
        if (resource.table == QLatin1StringView("contracts"))
            continue;
        QSet<QString> contracts = page.changedContracts.value(resource.name);
        contracts.unite(removedFrom.value(resource.table));
        if (!contracts.isEmpty())
            emit itemsChanged(resource.name, contracts.values());
    }
}

void SyncEngine::stored(const SyncPage &page, bool ok)
{
    Run &run = *m_run;
    if (run.failed) {
        if (run.pendingWork == 0)
            concludeFailure();
        return;
    }
    if (!ok)
        return fail(invalid(QStringLiteral("the cache could not be written")));
    ++run.pagesStored;
    emit progress(run.pagesStored, run.pagesStored + (page.more ? 1 : 0));
    if (!page.more)
        succeed();
}

void SyncEngine::succeed()
{
    m_lastSuccess = m_clock->now();
    m_lastError.reset();
    m_retryDelay = 0;
    qCInfo(lcSync) << "sync finished:" << m_stats.requests << "requests," << m_stats.entries
                   << "changes";
    m_run.reset();
    setState(State::Idle);
    emit finished(true);
    if (std::exchange(m_again, false))
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::fail(const ApiError &error)
{
    // Pages already parsed still get written; nothing more is asked. The run ends once they
    // are in, so whoever listens to finished() sees the cache as the run left it.
    m_run->failed = true;
    m_run->error = error;
    if (m_run->pendingWork == 0)
        concludeFailure();
}

void SyncEngine::concludeFailure()
{
    const ApiError error = *m_run->error;
    m_run.reset();
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
