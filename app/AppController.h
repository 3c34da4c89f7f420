#pragma once

#include "accounts/AccountClient.h"
#include "api/ApiClient.h"
#include "auth/AuthSession.h"
#include "auth/TokenStore.h"
#include "cache/Cache.h"
#include "domain/UtilityConfig.h"
#include "profiles/ProfileStore.h"
#include "settings/Settings.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QLocale>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace ov {

class NotificationsController;
class Outbox;
class PaymentController;

// What the windows ask for and listen to: which utility, who is signed in, the cache and the
// sync of that user's data, and whether the server can be reached. Widgets never talk to the
// network or the disk themselves; they call this and read the cache through models.
class AppController : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        ChooseProfile,
        SignIn,
        Workspace
    };
    Q_ENUM(Stage)

    AppController(Settings *settings, ProfileStore *profiles, QNetworkAccessManager *nam,
                  TokenStore *tokens, QObject *parent = nullptr);
    ~AppController() override;

    Stage stage() const { return m_stage; }
    Settings *settings() const { return m_settings; }
    ProfileStore *profiles() const { return m_profiles; }
    ApiClient *api() const { return m_api; }
    AccountClient *accounts() const { return m_accounts; }
    // Online payments being followed: app-wide, so they are followed (and picked up again at
    // start) whichever page is shown.
    PaymentController *payments() const { return m_payments; }
    // Every change the user makes goes through it (persisted, sent exactly once).
    Outbox *outbox() const { return m_outbox; }
    // The bell's list and the desktop notifications: app-wide, so a sync with the window
    // hidden in the tray still announces what it brings.
    NotificationsController *notifications() const { return m_notifications; }
    const UtilityProfile &profile() const { return m_profile; }
    const std::optional<UtilityConfig> &config() const { return m_config; }
    Cache *cache() const { return m_cache.get(); }
    SyncEngine *sync() const { return m_sync.get(); }
    bool isOffline() const { return m_offline; }
    QDateTime lastSynced() const { return m_lastSynced; }
    QString currentContractId() const { return m_currentContractId; }
    QString language() const { return m_language; }
    // The locale amounts and dates are shown in: the utility's country in the user's language.
    QLocale displayLocale() const;

    // Decides where to begin: the last user's workspace (even offline), their sign-in page, or
    // the profile chooser.
    void start();
    void chooseProfile(const QString &profileId);
    void backToProfiles();
    // Fetches GET /config from `url` and saves a profile for it; done(error message or empty).
    void addProfileByUrl(const QUrl &url, std::function<void(const QString &error)> done);
    // Sign-in step one; the outcome may ask for a second factor (completeMfa).
    void signIn(const QString &login, const QString &password, bool remember,
                AuthSession::Done done);
    void completeMfa(const QString &mfaToken, const QString &code, bool remember,
                     AuthSession::Done done);
    // Registration's last step: activate with the emailed code and a password, then sign in.
    void activate(const QString &code, const QString &password, bool remember,
                  AuthSession::Done done);
    void signOut();
    // Signs out and leaves nothing of anyone here: this user's session (keychain) and cache,
    // every other cache on this computer, and the remembered login.
    void forgetThisComputer();
    // Where the users' caches live, and how many bytes they take (files under it).
    static QString cacheFolder();
    void setCurrentContractId(const QString &id);
    void setLanguage(const QString &language);
    // How soon to try again while offline (tests shorten it).
    void setSyncRetryDelays(int firstSeconds, int maxSeconds);
    // Handles an oficinavirtual:// URL; false when it is not one we understand.
    bool openUrl(const QUrl &url);

signals:
    void stageChanged(ov::AppController::Stage stage);
    void configChanged();
    void configUnavailable(const ov::ApiError &error);
    void offlineChanged(bool offline);
    void lastSyncedChanged(const QDateTime &when);
    void currentContractChanged(const QString &contractId);
    void keychainUnavailable(); // tell the user once: no "keep me signed in" here
    // Another instance handed over an oficinavirtual:// link (or the app started with one).
    void activationRequested(const QString &code);
    void sessionExpired(); // the server ended the session: sign in again
    // The saved data could not be read (damaged, or written by a newer version of the app):
    // it was moved aside and is being downloaded again.
    void cacheRecovered(bool newerVersion);

private:
    void setStage(Stage stage);
    AuthSession::Done enterWorkspace(const QString &login, bool remember, AuthSession::Done done);
    void loadConfig();
    QString configCachePath() const;
    void selectProfile(const UtilityProfile &profile);
    // Opens the signed-in user's cache and shows it; syncs at once unless told not to (a
    // session still being restored has no token to sync with yet).
    void openWorkspace(bool syncNow = true);
    void closeWorkspace(bool deleteCache);
    static void removeCache(const QString &path); // the database and its WAL files
    static void removeCachesExcept(const QString &keep);
    void setOffline(bool offline);

    Settings *m_settings;
    ProfileStore *m_profiles;
    QNetworkAccessManager *m_nam;
    TokenStore *m_tokens;
    ApiClient *m_api;
    AccountClient *m_accounts;
    PaymentController *m_payments = nullptr;
    Outbox *m_outbox = nullptr;
    NotificationsController *m_notifications = nullptr;
    AuthSession *m_session;
    Stage m_stage = Stage::ChooseProfile;
    UtilityProfile m_profile;
    std::optional<UtilityConfig> m_config;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<SyncEngine> m_sync;
    bool m_offline = false;
    QDateTime m_lastSynced;
    QString m_currentContractId;
    QString m_language = QStringLiteral("es");
    int m_retryFirst = 10;
    int m_retryMax = 300;
};

} // namespace ov
