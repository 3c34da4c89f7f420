// Server: TOTP two-factor — setup, confirmation with a first code, sign-in in two steps, no
// replay of a code, single-use recovery codes, lockout on wrong codes, and turning it off.

#include "ServerFixture.h"

#include "domain/Base32.h"
#include "domain/Totp.h"

#include <QTest>
#include <QUrlQuery>

using namespace ov;
using test::Reply;
using test::ServerFixture;

class TestServerTwoFactor : public QObject
{
    Q_OBJECT

private:
    struct Enabled
    {
        QByteArray secret;
        QStringList recoveryCodes;
    };

    static Enabled enable(ServerFixture &f, const QString &token)
    {
        const Reply setup = f.postJson(QStringLiteral("/api/v1/me/totp"), {}, token);
        if (setup.status != 201)
            return {};
        const QByteArray secret =
            *Base32::decode(setup.json().value(QLatin1StringView("secret")).toString());
        const Reply confirm =
            f.postJson(QStringLiteral("/api/v1/me/totp/confirm"),
                       {{QStringLiteral("code"), Totp::codeAt(secret, f.clock().now())}}, token);
        QStringList codes;
        const QJsonArray list = confirm.json().value(QLatin1StringView("recoveryCodes")).toArray();
        for (const QJsonValue &c : list)
            codes << c.toString();
        return {secret, codes};
    }

    static Reply password(ServerFixture &f)
    {
        return f.postJson(QStringLiteral("/api/v1/sessions"),
                          {{QStringLiteral("login"), QStringLiteral("demo")},
                           {QStringLiteral("password"), QStringLiteral("Demo-2026")}});
    }

    static Reply second(ServerFixture &f, const QString &mfaToken, const QString &code)
    {
        return f.postJson(QStringLiteral("/api/v1/sessions/mfa"),
                          {{QStringLiteral("mfaToken"), mfaToken}, {QStringLiteral("code"), code}});
    }

private slots:
    void setupGivesASecretAndAnOtpauthUri()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Reply r = f.postJson(QStringLiteral("/api/v1/me/totp"), {}, f.accessToken());
        QCOMPARE(r.status, 201);
        const QString secret = r.json().value(QLatin1StringView("secret")).toString();
        QCOMPARE(Base32::decode(secret)->size(), 20);
        const QUrl uri(r.json().value(QLatin1StringView("otpauthUri")).toString());
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(uri.host(), QStringLiteral("totp"));
        QVERIFY(uri.path().endsWith(QLatin1StringView(":demo")));
        const QUrlQuery q(uri);
        QCOMPARE(q.queryItemValue(QStringLiteral("secret")), secret);
        QCOMPARE(q.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
        QCOMPARE(q.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
        // Not on until confirmed: signing in still takes only the password.
        QCOMPARE(password(f).status, 201);
    }

    void confirmNeedsARightCode()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/me/totp/confirm"),
                            {{QStringLiteral("code"), QStringLiteral("123456")}}, token)
                     .code(),
                 QStringLiteral("totp_not_set_up"));
        const Reply setup = f.postJson(QStringLiteral("/api/v1/me/totp"), {}, token);
        const QByteArray secret =
            *Base32::decode(setup.json().value(QLatin1StringView("secret")).toString());
        const QString wrong =
            QString::number((Totp::codeAt(secret, f.clock().now()).toInt() + 1) % 1000000)
                .rightJustified(6, QLatin1Char('0'));
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/me/totp/confirm"),
                            {{QStringLiteral("code"), wrong}}, token)
                     .status,
                 400);
        const Reply ok =
            f.postJson(QStringLiteral("/api/v1/me/totp/confirm"),
                       {{QStringLiteral("code"), Totp::codeAt(secret, f.clock().now())}}, token);
        QCOMPARE(ok.status, 200);
        const QJsonArray codes = ok.json().value(QLatin1StringView("recoveryCodes")).toArray();
        QCOMPARE(codes.size(), 10);
        QCOMPARE(codes.first().toString().size(), 17);
        QVERIFY(f.get(QStringLiteral("/api/v1/me"), token)
                    .json()
                    .value(QLatin1StringView("twoFactorEnabled"))
                    .toBool());
    }

    void signInTakesTwoStepsAndACodeWorksOnce()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Enabled on = enable(f, f.accessToken());
        QVERIFY(!on.secret.isEmpty());
        f.clock().advanceSeconds(30); // the confirmation used this step's code

        Reply r = password(f);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QLatin1StringView("mfaRequired")).toBool());
        QVERIFY(!r.json().contains(QLatin1StringView("accessToken")));
        const QString mfa = r.json().value(QLatin1StringView("mfaToken")).toString();
        QVERIFY(mfa.startsWith(QLatin1StringView("ovm_")));

        const QString code = Totp::codeAt(on.secret, f.clock().now());
        r = second(f, mfa, code);
        QCOMPARE(r.status, 201);
        QVERIFY(r.json()
                    .value(QLatin1StringView("accessToken"))
                    .toString()
                    .startsWith(QLatin1StringView("ova_")));
        QCOMPARE(second(f, mfa, code).code(),
                 QStringLiteral("invalid_mfa_token")); // the token is spent

        // The same code again, with a fresh password step, is a replay.
        const QString mfa2 = password(f).json().value(QLatin1StringView("mfaToken")).toString();
        QCOMPARE(second(f, mfa2, code).code(), QStringLiteral("invalid_mfa_code"));
        // Codes from the previous or next step are fine (clock drift); the next step's works.
        f.clock().advanceSeconds(30);
        QCOMPARE(second(f, mfa2, Totp::codeAt(on.secret, f.clock().now())).status, 201);
    }

    void recoveryCodesWorkOnce()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Enabled on = enable(f, f.accessToken());
        QCOMPARE(on.recoveryCodes.size(), 10);
        const QString mfa = password(f).json().value(QLatin1StringView("mfaToken")).toString();
        QCOMPARE(second(f, mfa, on.recoveryCodes.at(3).toLower()).status, 201);
        const QString again = password(f).json().value(QLatin1StringView("mfaToken")).toString();
        QCOMPARE(second(f, again, on.recoveryCodes.at(3)).code(),
                 QStringLiteral("invalid_mfa_code"));
        QCOMPARE(second(f, again, on.recoveryCodes.at(4)).status, 201);
    }

    void theStepBetweenExpiresAndWrongCodesLock()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Enabled on = enable(f, f.accessToken());
        QString mfa = password(f).json().value(QLatin1StringView("mfaToken")).toString();
        f.clock().advanceSeconds(5 * 60 + 1);
        QCOMPARE(second(f, mfa, Totp::codeAt(on.secret, f.clock().now())).code(),
                 QStringLiteral("invalid_mfa_token"));

        mfa = password(f).json().value(QLatin1StringView("mfaToken")).toString();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(second(f, mfa, QStringLiteral("000000")).code(),
                     QStringLiteral("invalid_mfa_code"));
        const Reply locked = second(f, mfa, QStringLiteral("000000"));
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.header("Retry-After"), QStringLiteral("900"));
        QCOMPARE(password(f).status, 423); // the account, not just this attempt
    }

    void aRightPasswordDoesNotBuyMoreCodeGuesses()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        enable(f, f.accessToken());
        for (int i = 0; i < 4; ++i) {
            const QString mfa = password(f).json().value(QLatin1StringView("mfaToken")).toString();
            QCOMPARE(second(f, mfa, QStringLiteral("000000")).code(),
                     QStringLiteral("invalid_mfa_code"));
        }
        const QString mfa = password(f).json().value(QLatin1StringView("mfaToken")).toString();
        QCOMPARE(second(f, mfa, QStringLiteral("000000")).status, 423);
    }

    void disableNeedsPasswordAndCode()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        const Enabled on = enable(f, token);
        f.clock().advanceSeconds(30);
        const QString code = Totp::codeAt(on.secret, f.clock().now());
        Reply r = f.postJson(
            QStringLiteral("/api/v1/me/totp/disable"),
            {{QStringLiteral("password"), QStringLiteral("wrong")}, {QStringLiteral("code"), code}},
            token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()
                     .value(QLatin1StringView("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("field"))
                     .toString(),
                 QStringLiteral("password"));
        r = f.postJson(QStringLiteral("/api/v1/me/totp/disable"),
                       {{QStringLiteral("password"), QStringLiteral("Demo-2026")},
                        {QStringLiteral("code"), code}},
                       token);
        QCOMPARE(r.status, 204);
        QCOMPARE(password(f).status, 201); // one step again
    }
};

QTEST_GUILESS_MAIN(TestServerTwoFactor)
#include "tst_server_two_factor.moc"
