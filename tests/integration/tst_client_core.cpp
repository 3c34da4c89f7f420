// Integration: the client core against a real `ov-server --demo` on a free loopback port, with
// the OS keychain for real (scripts/test runs this inside a D-Bus session with an unlocked
// gnome-keyring): sign in, full sync, 304s on re-sync, refresh on 401, sign-out revokes, no
// secret on disk, and an offline start that syncs by itself when the server is back.

#include "ClientFixture.h"
#include "FakeNetworkAccessManager.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "auth/TokenStore.h"
#include "cache/Cache.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <sys/stat.h>

using namespace ov;

class TestClientCore : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;

    using Client = test::ClientFixture;

    std::unique_ptr<Client> makeClient()
    {
        return std::make_unique<Client>(m_home.path(), m_server.baseUrl(),
                                        QStringLiteral("Oficina Virtual tests"));
    }

    static bool signIn(Client &c, bool remember = true)
    {
        c.app()->chooseProfile(QStringLiteral("demo-electricity-co"));
        std::optional<ApiError> error;
        bool done = false;
        c.app()->signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"), remember,
                        [&](const AuthSession::Outcome &o) {
                            error = o.error;
                            done = true;
                        });
        return QTest::qWaitFor([&] { return done; }, 20000) && !error;
    }

    static bool waitForSync(Client &c)
    {
        QSignalSpy finished(c.app()->sync(), &SyncEngine::finished);
        return finished.wait(30000) && finished.first().first().toBool();
    }

    static std::pair<TokenStore::Status, QString> keychainEntry(Client &c, const QString &userId)
    {
        std::pair<TokenStore::Status, QString> entry{TokenStore::Status::Failed, {}};
        bool done = false;
        c.tokens()->read(TokenStore::keyFor(QStringLiteral("demo-electricity-co"), userId),
                         c.tokens(), [&](TokenStore::Status s, const QString &v) {
                             entry = {s, v};
                             done = true;
                         });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {TokenStore::Status::Failed, {}};
        return entry;
    }

    static QString storedRefreshToken(Client &c)
    {
        return keychainEntry(c, c.settings()->lastUserId()).second;
    }

    int refreshStatus(const QString &refreshToken)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(
            QUrl(m_server.baseUrl().toString() + QStringLiteral("/api/v1/sessions/refresh")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(nam.post(
            request,
            QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), refreshToken}}).toJson()));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return 0;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    template <typename T>
    T onCache(Client &c, std::function<T(Cache *)> f)
    {
        return c.app()->cache()->run([cache = c.app()->cache(), f] { return f(cache); }).result();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (auto location :
             {QStandardPaths::AppLocalDataLocation, QStandardPaths::AppConfigLocation})
            QDir(QStandardPaths::writableLocation(location)).removeRecursively();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void signInAndFullSync()
    {
        auto c = makeClient();
        QSignalSpy stages(c->app(), &AppController::stageChanged);
        QVERIFY(signIn(*c));
        QCOMPARE(c->app()->stage(), AppController::Stage::Workspace);
        QVERIFY(waitForSync(*c));
        QVERIFY(c->app()->config());
        QCOMPARE(c->app()->config()->currency, QStringLiteral("COP"));

        // The cache holds what the server has: 3 contracts × 36 months.
        QCOMPARE(onCache<int>(*c, [](Cache *k) { return k->count(QStringLiteral("contracts")); }),
                 3);
        QCOMPARE(onCache<int>(*c, [](Cache *k) { return k->count(QStringLiteral("invoices")); }),
                 3 * 36);
        QCOMPARE(onCache<int>(*c, [](Cache *k) { return k->count(QStringLiteral("readings")); }),
                 3 * 36);
        const QList<Contract> cached =
            onCache<QList<Contract>>(*c, [](Cache *k) { return k->contracts(); });
        QCOMPARE(cached.first().number, QStringLiteral("100000101"));
        QVERIFY(c->app()->lastSynced().isValid());

        // "Keep me signed in": the refresh token is in the keychain, nowhere else.
        QTRY_VERIFY_WITH_TIMEOUT(!storedRefreshToken(*c).isEmpty(), 10000);
    }

    void resyncWithNothingNewIsOneRequest()
    {
        auto c = makeClient();
        QVERIFY(signIn(*c));
        QVERIFY(waitForSync(*c));
        QList<int> statuses;
        connect(c->nam(), &QNetworkAccessManager::finished, this, [&](QNetworkReply *r) {
            statuses << r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        });
        c->nam()->clearRequests();
        QSignalSpy changed(c->app()->sync(), &SyncEngine::contractsChanged);
        c->app()->sync()->syncNow();
        QVERIFY(waitForSync(*c));
        QCOMPARE(c->nam()->requests().size(), 1);
        QCOMPARE(c->nam()->requests().first().url().path(), QStringLiteral("/api/v1/sync"));
        QVERIFY(
            QUrlQuery(c->nam()->requests().first().url()).hasQueryItem(QStringLiteral("token")));
        QCOMPARE(statuses, QList<int>{200});
        QCOMPARE(changed.size(), 0);
    }

    void refreshesTheAccessTokenOn401()
    {
        auto c = makeClient();
        QVERIFY(signIn(*c));
        QVERIFY(waitForSync(*c));
        QTRY_VERIFY_WITH_TIMEOUT(!storedRefreshToken(*c).isEmpty(), 10000);
        const QString before = storedRefreshToken(*c);
        c->app()->api()->setAccessToken(QStringLiteral("ova_expired_or_forged"));
        c->nam()->clearRequests();
        c->app()->sync()->syncNow();
        QVERIFY(waitForSync(*c));
        bool refreshed = false;
        for (const QNetworkRequest &r : c->nam()->requests())
            refreshed |= r.url().path().endsWith(QLatin1StringView("/sessions/refresh"));
        QVERIFY(refreshed);
        // The server rotated the refresh token; the keychain holds the new one.
        QTRY_VERIFY_WITH_TIMEOUT(storedRefreshToken(*c) != before, 10000);
    }

    void signOutRevokesAndForgets()
    {
        auto c = makeClient();
        QVERIFY(signIn(*c));
        QVERIFY(waitForSync(*c));
        QTRY_VERIFY_WITH_TIMEOUT(!storedRefreshToken(*c).isEmpty(), 10000);
        const QString refresh = storedRefreshToken(*c);
        const QString userId = c->settings()->lastUserId();
        const QString cachePath = c->app()->cache()->path();
        QVERIFY(QFile::exists(cachePath));

        c->app()->signOut();
        QCOMPARE(c->app()->stage(), AppController::Stage::SignIn);
        QVERIFY(!QFile::exists(cachePath)); // the user's data leaves with them
        QTRY_COMPARE_WITH_TIMEOUT(keychainEntry(*c, userId).first, TokenStore::Status::NotFound,
                                  10000);
        // And the server no longer accepts the session.
        QTRY_COMPARE_WITH_TIMEOUT(refreshStatus(refresh), 401, 10000);
    }

    // Tokens and the password live in the keychain and in memory, nowhere on disk — after a
    // sign-in, a restart (which refreshes the session) and a refresh forced by a 401.
    void noSecretIsWrittenToDisk()
    {
        QStringList secrets{QStringLiteral("Demo-2026")};
        auto scan = [&secrets, this]() {
            const QStringList dirs{
                m_home.path(),
                QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
                QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)};
            int files = 0;
            for (const QString &dir : dirs) {
                QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    QFile f(it.next());
                    if (!f.open(QIODevice::ReadOnly))
                        return -1;
                    const QByteArray content = f.readAll();
                    ++files;
                    for (const QString &secret : std::as_const(secrets))
                        if (content.contains(secret.toUtf8()))
                            return -1;
                    if (content.contains("ovr_") || content.contains("ova_"))
                        return -1;
                }
            }
            return files;
        };
        {
            auto c = makeClient();
            QVERIFY(signIn(*c));
            QVERIFY(waitForSync(*c));
            QTRY_VERIFY_WITH_TIMEOUT(!storedRefreshToken(*c).isEmpty(), 10000);
            secrets << storedRefreshToken(*c)
                    << QString::fromLatin1(
                           c->nam()->requests().last().rawHeader("Authorization").mid(7));
            c->settings()->sync();
            c->app()->cache()->run([] {}).waitForFinished();
            QVERIFY(scan() >= 3); // settings, cache, saved config at least
        }
        // A restart: the session is restored from the keychain and refreshed (a new pair).
        auto c = makeClient();
        c->app()->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->app()->stage(), AppController::Stage::Workspace, 20000);
        QVERIFY(waitForSync(*c));
        QTRY_VERIFY_WITH_TIMEOUT(!secrets.contains(storedRefreshToken(*c)), 10000);
        secrets << storedRefreshToken(*c);
        QVERIFY(scan() >= 3);
        // A 401 in the middle of a session: refreshed again.
        c->app()->api()->setAccessToken(QStringLiteral("ova_revoked_or_forged"));
        c->app()->sync()->syncNow();
        QVERIFY(waitForSync(*c));
        QTRY_VERIFY_WITH_TIMEOUT(!secrets.contains(storedRefreshToken(*c)), 10000);
        secrets << storedRefreshToken(*c);
        c->settings()->sync();
        c->app()->cache()->run([] {}).waitForFinished();
        QVERIFY(scan() >= 3);
    }

    // The cache (names, addresses, meters, invoices) is its user's alone, whatever the umask.
    void theCacheIsReadableByItsUserOnly()
    {
        const mode_t old = ::umask(022);
        auto c = makeClient();
        const bool signedIn = signIn(*c);
        ::umask(old);
        QVERIFY(signedIn);
        QVERIFY(waitForSync(*c));
        const QString path = c->app()->cache()->path();
        const QFileInfo file(path);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QFileInfo dir(file.absolutePath());
        QCOMPARE(dir.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                      QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
    }

    // Not staying signed in leaves nothing behind when the app quits, and a cache some earlier
    // run left (a crash) is removed at the next start.
    void aUserWhoDidNotStaySignedInLeavesNoCache()
    {
        QString path;
        {
            auto c = makeClient();
            QVERIFY(signIn(*c, false));
            QVERIFY(waitForSync(*c));
            path = c->app()->cache()->path();
            QVERIFY(QFile::exists(path));
        } // the app quits
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        const QString orphan = Cache::defaultPath(QStringLiteral("demo-electricity-co"),
                                                  QStringLiteral("us_left_by_a_crash"));
        QDir().mkpath(QFileInfo(orphan).absolutePath());
        QFile(orphan).open(QIODevice::WriteOnly);
        QVERIFY(QFile::exists(orphan));
        auto c = makeClient();
        c->app()->start();
        QVERIFY(!QFile::exists(orphan));
    }

    void aSessionRefusedAtStartTakesItsCacheAlong()
    {
        QString refresh, cachePath;
        {
            auto c = makeClient();
            QVERIFY(signIn(*c));
            QVERIFY(waitForSync(*c));
            QTRY_VERIFY_WITH_TIMEOUT(!storedRefreshToken(*c).isEmpty(), 10000);
            refresh = storedRefreshToken(*c);
            cachePath = c->app()->cache()->path();
        }
        // Someone used the stored refresh token: presenting it again is a replay, and the
        // server ends the session.
        QCOMPARE(refreshStatus(refresh), 200);
        auto c = makeClient();
        c->app()->start();
        QCOMPARE(c->app()->stage(), AppController::Stage::Workspace); // the cache, at once
        QTRY_COMPARE_WITH_TIMEOUT(c->app()->stage(), AppController::Stage::SignIn, 20000);
        QVERIFY(!QFile::exists(cachePath));
        QVERIFY(c->settings()->lastUserId().isEmpty());
    }

    void aDamagedCacheIsSetAsideAndSyncedAgain()
    {
        QString cachePath;
        qsizetype contracts = 0;
        {
            auto c = makeClient();
            QVERIFY(signIn(*c));
            QVERIFY(waitForSync(*c));
            QTRY_VERIFY_WITH_TIMEOUT(!storedRefreshToken(*c).isEmpty(), 10000);
            cachePath = c->app()->cache()->path();
            contracts = c->app()->cache()->contracts().size();
            QVERIFY(contracts > 0);
        } // the app quits, the user stays signed in
        {
            QFile f(cachePath); // the disk gave back garbage
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(8192, 'x'));
        }
        QFile::remove(cachePath + QStringLiteral("-wal"));
        QFile::remove(cachePath + QStringLiteral("-shm"));

        auto c = makeClient();
        QSignalSpy recovered(c->app(), &AppController::cacheRecovered);
        c->app()->start();
        QCOMPARE(c->app()->stage(), AppController::Stage::Workspace);
        QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), 1, 10000);
        QCOMPARE(recovered.first().first().toBool(), false); // damaged, not newer
        // Everything comes back from the server.
        QTRY_COMPARE_WITH_TIMEOUT(c->app()->cache()->contracts().size(), contracts, 20000);
        const QFileInfo info(cachePath);
        const QStringList aside =
            info.dir().entryList({info.fileName() + QStringLiteral(".unreadable-*")}, QDir::Files);
        QCOMPARE(aside.size(), qsizetype(1));
        QCOMPARE(QFileInfo(info.dir().filePath(aside.first())).size(), qint64(8192));
        // Signing out takes the set-aside copy along with the cache.
        c->app()->signOut();
        QVERIFY(info.dir()
                    .entryList({info.fileName() + QStringLiteral(".unreadable-*")}, QDir::Files)
                    .isEmpty());
    }

    void offlineStartThenSyncsWhenTheServerIsBack()
    {
        {
            auto c = makeClient();
            QVERIFY(signIn(*c));
            QVERIFY(waitForSync(*c));
            QTRY_VERIFY_WITH_TIMEOUT(!storedRefreshToken(*c).isEmpty(), 10000);
        }
        m_server.stop();

        auto c = makeClient();
        QSignalSpy offline(c->app(), &AppController::offlineChanged);
        c->app()->start();
        // The cached workspace shows at once; the session is restored behind it.
        QCOMPARE(c->app()->stage(), AppController::Stage::Workspace);
        QTRY_VERIFY_WITH_TIMEOUT(c->app()->isOffline(), 20000);
        QCOMPARE(c->app()->stage(), AppController::Stage::Workspace);
        QCOMPARE(onCache<int>(*c, [](Cache *k) { return k->count(QStringLiteral("contracts")); }),
                 3);
        QTRY_VERIFY(c->app()->lastSynced().isValid()); // "last updated …" from the cache

        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QSignalSpy finished(c->app()->sync(), &SyncEngine::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().first().toBool(), 30000);
        QVERIFY(!c->app()->isOffline());
    }
};

QTEST_GUILESS_MAIN(TestClientCore)
#include "tst_client_core.moc"
