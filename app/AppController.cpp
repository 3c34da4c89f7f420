#include "AppController.h"

#include "invoices/PaymentController.h"
#include "notifications/NotificationsController.h"
#include "outbox/Outbox.h"

#include "core/Formatter.h"
#include "core/Logging.h"
#include "platform/PrivateStorage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

namespace ov {

AppController::AppController(Settings *settings, ProfileStore *profiles, QNetworkAccessManager *nam,
                             TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_api(new ApiClient(nam, this))
    , m_accounts(new AccountClient(m_api, this))
    , m_payments(new PaymentController(this, this))
    , m_outbox(new Outbox(m_api, this))
    , m_session(new AuthSession(m_api, tokens, this))
{
    m_notifications = new NotificationsController(this, this);
    connect(m_api, &ApiClient::reachabilityChanged, this,
            [this](bool reachable) { setOffline(!reachable); });
    connect(m_session, &AuthSession::keychainUnavailable, this, [this] {
        if (m_settings->keychainWarningShown())
            return;
        m_settings->setKeychainWarningShown(true);
        emit keychainUnavailable();
    });
    connect(m_session, &AuthSession::sessionExpired, this, [this] {
        if (m_stage != Stage::Workspace)
            return;
        closeWorkspace(false);
        setStage(Stage::SignIn);
        emit sessionExpired();
    });
}

AppController::~AppController()
{
    // A user who did not ask to stay signed in leaves nothing behind: on a shared computer the
    // next person must not find their invoices.
    const bool forget = m_stage == Stage::Workspace && !m_settings->keepSignedIn();
    closeWorkspace(forget);
}

void AppController::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void AppController::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline);
}

QLocale AppController::displayLocale() const
{
    return Formatter::localeFor(m_language, m_config ? m_config->locale : QString());
}

void AppController::setLanguage(const QString &language)
{
    m_language = language;
    m_api->setLanguage(language);
    if (m_stage != Stage::ChooseProfile)
        loadConfig(); // names of categories, channels… in the new language
}

void AppController::start()
{
    const auto profile = m_profiles->find(m_settings->lastProfileId());
    if (!profile) {
        setStage(Stage::ChooseProfile);
        return;
    }
    const QString userId = m_settings->lastUserId();
    // A user who stays signed in sees their cached data at once; the session is restored (the
    // keychain read, the token refresh) behind it.
    const bool resume = !userId.isEmpty() && QFile::exists(Cache::defaultPath(profile->id, userId));
    // Only the remembered user's cache stays; any other was left by a run that ended without
    // cleaning up (a crash, a power cut) and belongs to someone who did not stay signed in.
    removeCachesExcept(resume ? Cache::defaultPath(profile->id, userId) : QString());
    selectProfile(*profile);
    if (!resume)
        setStage(Stage::SignIn);
    if (userId.isEmpty())
        return;
    const QString cachePath = Cache::defaultPath(profile->id, userId);
    m_session->restore(userId, [this, resume, cachePath](AuthSession::RestoreOutcome outcome) {
        if (outcome == AuthSession::RestoreOutcome::NoToken ||
            outcome == AuthSession::RestoreOutcome::Rejected) {
            // The server ended the session (or the keychain lost it): sign in again. A session
            // the server refused takes its cached data with it.
            m_settings->setLastUserId({});
            if (!resume)
                return;
            if (m_stage == Stage::Workspace)
                closeWorkspace(false);
            if (outcome == AuthSession::RestoreOutcome::Rejected)
                removeCache(cachePath);
            setStage(Stage::SignIn);
            return;
        }
        if (resume && !m_sync)
            return; // signed out meanwhile
        if (outcome == AuthSession::RestoreOutcome::Offline) {
            qCInfo(lcApp) << "starting offline from the cache";
            setOffline(true);
        }
        if (!resume)
            return openWorkspace();
        m_sync->syncNow(); // offline, it fails for now and tries again by itself
    });
    if (resume)
        openWorkspace(false);
}

void AppController::chooseProfile(const QString &profileId)
{
    const auto profile = m_profiles->find(profileId);
    if (!profile)
        return;
    selectProfile(*profile);
    setStage(Stage::SignIn);
}

void AppController::selectProfile(const UtilityProfile &profile)
{
    m_profile = profile;
    m_api->setProfile(m_profile);
    m_session->setProfileId(m_profile.id);
    m_settings->setLastProfileId(m_profile.id);
    m_config.reset();
    // The last config we saw, at once; then the server's current one.
    QFile cached(configCachePath());
    if (cached.open(QIODevice::ReadOnly))
        m_config = UtilityConfig::fromJson(QJsonDocument::fromJson(cached.readAll()).object());
    emit configChanged();
    loadConfig();
}

void AppController::backToProfiles()
{
    if (m_stage == Stage::Workspace)
        return;
    setStage(Stage::ChooseProfile);
}

QString AppController::configCachePath() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("profiles/%1/config.json").arg(m_profile.id));
}

void AppController::loadConfig()
{
    m_api->send(
        ApiCall::get(QStringLiteral("/config")), this,
        [this, profileId = m_profile.id](const ApiResult &r) {
            if (profileId != m_profile.id)
                return; // the user chose another utility meanwhile
            if (r.error)
                return emit configUnavailable(*r.error);
            auto config = UtilityConfig::fromJson(QJsonDocument::fromJson(r.body).object());
            if (!config)
                return emit configUnavailable(ApiError{
                    ApiError::Kind::InvalidResponse, r.status, {}, QStringLiteral("config"), -1});
            m_config = config;
            const QString path = configCachePath();
            PrivateStorage::makePrivateDir(QFileInfo(path).absolutePath());
            QSaveFile f(path);
            if (f.open(QIODevice::WriteOnly)) {
                f.write(r.body);
                f.commit();
            }
            emit configChanged();
        });
}

void AppController::addProfileByUrl(const QUrl &url, std::function<void(const QString &)> done)
{
    if (!url.isValid() || url.host().isEmpty() || !UtilityProfile::isAcceptableUrl(url))
        return done(tr("Enter a full https:// address (http:// only for this computer)."));
    UtilityProfile probe;
    probe.id = UtilityProfile::idFor(url);
    probe.baseUrl = url;
    auto *client = new ApiClient(m_nam, this);
    client->setProfile(probe);
    client->send(
        ApiCall::get(QStringLiteral("/config")), this,
        [this, client, probe, done](const ApiResult &r) mutable {
            client->deleteLater();
            if (r.error)
                return done(r.error->isOffline()
                                ? tr("No server answered at that address.")
                                : tr("That address does not look like an Oficina Virtual server."));
            const auto config = UtilityConfig::fromJson(QJsonDocument::fromJson(r.body).object());
            if (!config)
                return done(tr("That address does not look like an Oficina Virtual server."));
            probe.displayName = config->name;
            QString error;
            if (!m_profiles->add(probe, &error))
                return done(error);
            done({});
        });
}

AuthSession::Done AppController::enterWorkspace(const QString &login, bool remember,
                                                AuthSession::Done done)
{
    return [this, login, remember, done](const AuthSession::Outcome &outcome) {
        if (outcome.error || !outcome.mfaToken.isEmpty())
            return done(outcome);
        if (!login.isEmpty())
            m_settings->setLastLogin(login.trimmed());
        m_settings->setKeepSignedIn(remember);
        m_settings->setLastUserId(remember ? m_session->userId() : QString());
        setOffline(false);
        openWorkspace();
        done(outcome);
    };
}

void AppController::signIn(const QString &login, const QString &password, bool remember,
                           AuthSession::Done done)
{
    m_session->signIn(login, password, remember, enterWorkspace(login, remember, std::move(done)));
}

void AppController::completeMfa(const QString &mfaToken, const QString &code, bool remember,
                                AuthSession::Done done)
{
    m_session->completeMfa(mfaToken, code, remember, enterWorkspace({}, remember, std::move(done)));
}

void AppController::activate(const QString &code, const QString &password, bool remember,
                             AuthSession::Done done)
{
    m_session->activate(code, password, remember, enterWorkspace({}, remember, std::move(done)));
}

bool AppController::openUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1StringView("oficinavirtual") ||
        url.host() != QLatin1StringView("activate"))
        return false;
    const QString code = QUrlQuery(url).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty() || code.size() > 100)
        return false;
    emit activationRequested(code);
    return true;
}

void AppController::openWorkspace(bool syncNow)
{
    closeWorkspace(false);
    m_cache = std::make_unique<Cache>(Cache::defaultPath(m_profile.id, m_session->userId()));
    // Open it now on its own thread (driver, file, migrations): the first read is then quick.
    // A file that could not be used was moved aside: the user is told, and the sync below
    // (from an empty position) brings everything again.
    auto *opened = new QFutureWatcher<std::optional<Cache::Recovery>>(this);
    connect(opened, &QFutureWatcher<std::optional<Cache::Recovery>>::finished, this,
            [this, opened] {
                opened->deleteLater();
                if (const auto recovery = opened->result())
                    emit cacheRecovered(recovery->newerVersion);
            });
    opened->setFuture(m_cache->run([cache = m_cache.get()] {
        cache->open();
        return cache->recovery();
    }));
    m_sync = std::make_unique<SyncEngine>(m_api, m_cache.get());
    m_outbox->setCache(m_cache.get());
    // What the server confirmed reaches the cache the one way data does: the feed.
    connect(m_outbox, &Outbox::delivered, m_sync.get(), [sync = m_sync.get()] { sync->syncNow(); });
    connect(m_sync.get(), &SyncEngine::finished, this, [this](bool ok) {
        if (!ok)
            return;
        m_lastSynced = m_sync->lastSuccess();
        emit lastSyncedChanged(m_lastSynced);
    });
    m_sync->setIntervalMinutes(m_settings->syncIntervalMinutes());
    m_sync->setRetryDelays(m_retryFirst, m_retryMax);
    // The time of the last good sync, from the cache (before this run's).
    auto *watcher = new QFutureWatcher<QDateTime>(this);
    connect(watcher, &QFutureWatcher<QDateTime>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!m_lastSynced.isValid() || watcher->result() > m_lastSynced) {
            m_lastSynced = watcher->result();
            emit lastSyncedChanged(m_lastSynced);
        }
    });
    watcher->setFuture(m_cache->run([cache = m_cache.get()] { return cache->lastSynced(); }));
    setStage(Stage::Workspace);
    if (syncNow)
        m_sync->syncNow();
}

void AppController::closeWorkspace(bool deleteCache)
{
    if (m_sync)
        m_sync->stop();
    m_sync.reset();
    m_outbox->setCache(nullptr);
    const QString path = m_cache ? m_cache->path() : QString();
    m_cache.reset();
    if (deleteCache)
        removeCache(path);
    m_lastSynced = {};
    m_currentContractId.clear();
}

QString AppController::cacheFolder()
{
    return QFileInfo(QFileInfo(Cache::defaultPath(QStringLiteral("p"), QStringLiteral("u")))
                         .absolutePath())
        .absolutePath();
}

void AppController::forgetThisComputer()
{
    m_settings->setLastLogin({});
    m_settings->setLastUserId({});
    if (m_stage == Stage::Workspace)
        signOut();
    removeCachesExcept({});
    qCInfo(lcApp) << "forgot this computer: no session, no cache, no remembered login";
}

void AppController::removeCachesExcept(const QString &keep)
{
    const QString root = cacheFolder();
    QDirIterator it(root, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).absoluteFilePath() != QFileInfo(keep).absoluteFilePath()) {
            qCInfo(lcApp) << "removing a cache nobody stays signed in to:" << path;
            removeCache(path);
        }
    }
}

void AppController::removeCache(const QString &path)
{
    if (path.isEmpty())
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    // And the copies a damaged or newer cache was moved aside to: they hold the same data.
    const QFileInfo info(path);
    const QStringList aside =
        info.dir().entryList({info.fileName() + QStringLiteral(".unreadable-*"),
                              info.fileName() + QStringLiteral(".newer-*")},
                             QDir::Files);
    for (const QString &name : aside)
        QFile::remove(info.dir().filePath(name));
}

void AppController::signOut()
{
    m_settings->setLastUserId({});
    m_session->signOut([] {});
    // The user's data leaves this computer with them.
    closeWorkspace(true);
    setStage(Stage::SignIn);
}

void AppController::setSyncRetryDelays(int firstSeconds, int maxSeconds)
{
    m_retryFirst = firstSeconds;
    m_retryMax = maxSeconds;
    if (m_sync)
        m_sync->setRetryDelays(firstSeconds, maxSeconds);
}

void AppController::setCurrentContractId(const QString &id)
{
    if (m_currentContractId == id)
        return;
    m_currentContractId = id;
    emit currentContractChanged(id);
}

} // namespace ov
