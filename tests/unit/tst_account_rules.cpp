// Unit: TOTP against the RFC 6238 test vectors, base32, the registration rules both sides
// share, and the email format (quoted-printable, encoded words).

#include "domain/AccountRules.h"
#include "domain/Base32.h"
#include "domain/Totp.h"
#include "mail/EmlWriter.h"

#include <QTest>
#include <QTimeZone>

using namespace ov;

class TestAccountRules : public QObject
{
    Q_OBJECT

private slots:
    void totpMatchesRfc6238_data()
    {
        QTest::addColumn<qint64>("unixTime");
        QTest::addColumn<QString>("code"); // the RFC's 8-digit values, last 6 digits
        QTest::newRow("59") << qint64(59) << "287082";
        QTest::newRow("1111111109") << qint64(1111111109) << "081804";
        QTest::newRow("1111111111") << qint64(1111111111) << "050471";
        QTest::newRow("1234567890") << qint64(1234567890) << "005924";
        QTest::newRow("2000000000") << qint64(2000000000) << "279037";
        QTest::newRow("20000000000") << qint64(20000000000) << "353130";
    }
    void totpMatchesRfc6238()
    {
        QFETCH(qint64, unixTime);
        QFETCH(QString, code);
        const QByteArray secret("12345678901234567890");
        const QDateTime t = QDateTime::fromSecsSinceEpoch(unixTime, QTimeZone::utc());
        QCOMPARE(Totp::codeAt(secret, t), code);
        QCOMPARE(Totp::matchingStep(secret, code, t), Totp::stepAt(t));
        QCOMPARE(Totp::matchingStep(secret, code, t.addSecs(30)),
                 Totp::stepAt(t)); // one step late is fine
        QCOMPARE(Totp::matchingStep(secret, code, t.addSecs(90)), qint64(-1)); // three is not
    }

    void base32RoundTrip()
    {
        QCOMPARE(Base32::encode("12345678901234567890"),
                 QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(*Base32::decode(QStringLiteral("gezd-gnbv gy3tqojqgezdgnbvgy3tqojq")),
                 QByteArray("12345678901234567890"));
        QVERIFY(!Base32::decode(QStringLiteral("GEZ1")));
        QCOMPARE(Base32::encode("f"), QStringLiteral("MY"));
    }

    void usernames_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << "laura.gomez_82"
                            << "";
        QTest::newRow("empty") << ""
                               << "required";
        QTest::newRow("space") << "laura gomez"
                               << "invalid";
        QTest::newRow("tab") << "laura\tgomez"
                             << "invalid";
        QTest::newRow("at sign (it would look like an email)") << "laura@gomez"
                                                               << "invalid";
        QTest::newRow("100") << QString(100, QLatin1Char('a')) << "";
        QTest::newRow("101") << QString(101, QLatin1Char('a')) << "too_long";
    }
    void usernames()
    {
        QFETCH(QString, username);
        QFETCH(QString, code);
        QCOMPARE(AccountRules::checkUsername(username), code);
    }

    void emailsReferencesPhones()
    {
        QCOMPARE(AccountRules::checkEmail(QStringLiteral("laura@example.com")), QString());
        QCOMPARE(AccountRules::checkEmail(QStringLiteral("laura@example")),
                 QStringLiteral("invalid"));
        QCOMPARE(AccountRules::checkEmail(QStringLiteral("la ura@example.com")),
                 QStringLiteral("invalid"));
        QCOMPARE(AccountRules::checkEmailConfirmation(QStringLiteral("a@b.co"),
                                                      QStringLiteral("A@B.CO")),
                 QString());
        QCOMPARE(AccountRules::checkEmailConfirmation(QStringLiteral("a@b.co"),
                                                      QStringLiteral("a@b.com")),
                 QStringLiteral("mismatch"));
        QCOMPARE(AccountRules::checkReference(QStringLiteral("100000301")), QString());
        QCOMPARE(AccountRules::checkReference(QStringLiteral("100.000.301")),
                 QStringLiteral("invalid"));
        QCOMPARE(AccountRules::checkPhone(QStringLiteral("+57 300 123 4567")), QString());
        QCOMPARE(AccountRules::checkPhone(QStringLiteral("call me")), QStringLiteral("invalid"));
        QCOMPARE(AccountRules::fold(QStringLiteral("  Núñez   S.A.S. ")),
                 QStringLiteral("nunez sas"));
    }

    void emailFormat()
    {
        QCOMPARE(server::EmlWriter::encodedWord(QStringLiteral("Hello")), QByteArray("Hello"));
        QVERIFY(server::EmlWriter::encodedWord(QStringLiteral("Active su cuenta de Energía"))
                    .startsWith("=?UTF-8?B?"));
        QCOMPARE(server::EmlWriter::quotedPrintable("a=b ñ"), QByteArray("a=3Db =C3=B1"));
        const QByteArray longLine = server::EmlWriter::quotedPrintable(QByteArray(200, 'x'));
        for (const QByteArray &line : longLine.split('\n'))
            QVERIFY(line.size() <= 77); // 76 + CR
        server::Email e{QStringLiteral("a@example.com"), QStringLiteral("Código"),
                        QStringLiteral("texto ñ\n"), QStringLiteral("<p>html</p>")};
        const QByteArray eml = server::EmlWriter::compose(
            e, QStringLiteral("Oficina Virtual <no-reply@example.com>"),
            QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc()), QStringLiteral("x@y"));
        QVERIFY(eml.contains("Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n"));
        QVERIFY(eml.contains("MIME-Version: 1.0\r\n"));
        QVERIFY(eml.contains("multipart/alternative"));
        QVERIFY(eml.contains("text/plain; charset=UTF-8"));
        QVERIFY(eml.contains("text/html; charset=UTF-8"));
        QVERIFY(!eml.contains("\n\n")); // CRLF only
    }
};

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_account_rules.moc"
