// Unit: the server's cache of checked access tokens trusts a check for a few seconds and never
// past the token's expiry, forgets a session or user at once, and never keeps a check that a
// revocation overtook.

#include "auth/AccessTokenCache.h"

#include <QTest>
#include <QTimeZone>

using namespace ov::server;

class TestAccessTokenCache : public QObject
{
    Q_OBJECT

private:
    const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    const Principal alice{QStringLiteral("us_a"), QStringLiteral("ses_a1")};
    const Principal bob{QStringLiteral("us_b"), QStringLiteral("ses_b1")};

private slots:
    void trustsACheckBrieflyAndNeverPastExpiry()
    {
        AccessTokenCache cache;
        cache.remember(QStringLiteral("h1"), alice, t0.addSecs(900), t0, cache.epoch());
        QCOMPARE(cache.find(QStringLiteral("h1"), t0.addSecs(1))->userId, alice.userId);
        QVERIFY(!cache.find(QStringLiteral("h1"), t0.addSecs(AccessTokenCache::kTrustSeconds)));
        cache.remember(QStringLiteral("h2"), alice, t0.addSecs(2), t0, cache.epoch());
        QVERIFY(!cache.find(QStringLiteral("h2"), t0.addSecs(2))); // the token itself expired
        QVERIFY(!cache.find(QStringLiteral("unknown"), t0));
    }

    void forgetsRevokedSessionsAndUsers()
    {
        AccessTokenCache cache;
        cache.remember(QStringLiteral("a"), alice, t0.addSecs(900), t0, cache.epoch());
        cache.remember(QStringLiteral("b"), bob, t0.addSecs(900), t0, cache.epoch());
        cache.forgetSession(alice.sessionId);
        QVERIFY(!cache.find(QStringLiteral("a"), t0));
        QVERIFY(cache.find(QStringLiteral("b"), t0));
        cache.forgetUser(bob.userId);
        QVERIFY(!cache.find(QStringLiteral("b"), t0));
    }

    void aCheckOvertakenByARevocationIsNotKept()
    {
        AccessTokenCache cache;
        const quint64 before = cache.epoch(); // a request starts checking the database…
        cache.forgetSession(alice.sessionId); // …a sign-out commits meanwhile…
        cache.remember(QStringLiteral("a"), alice, t0.addSecs(900), t0, before); // …too late
        QVERIFY(!cache.find(QStringLiteral("a"), t0));
    }
};

QTEST_GUILESS_MAIN(TestAccessTokenCache)
#include "tst_access_token_cache.moc"
