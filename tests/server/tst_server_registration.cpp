// Server: registration in three phases — identify the customer (never saying which field was
// wrong, throttled), choose username and email (rules, uniqueness, terms), activate with the
// emailed code and a password that meets the utility's policy — plus resend and idempotency.

#include "ServerFixture.h"

#include <QTest>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {

const QString kRegistrations = QStringLiteral("/api/v1/registrations");

QJsonObject individual(const QString &reference, const QString &meter, const QString &paternal,
                       const QString &maternal)
{
    return {{QStringLiteral("customerType"), QStringLiteral("individual")},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("meterNumber"), meter},
            {QStringLiteral("paternalSurname"), paternal},
            {QStringLiteral("maternalSurname"), maternal}};
}

QJsonObject user(const QString &username, const QString &email, const QString &confirmation = {},
                 const QString &termsVersion = QStringLiteral("2026-01"))
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("email"), email},
            {QStringLiteral("emailConfirmation"), confirmation.isEmpty() ? email : confirmation},
            {QStringLiteral("acceptTerms"), true},
            {QStringLiteral("acceptPrivacy"), true},
            {QStringLiteral("termsVersion"), termsVersion}};
}

} // namespace

class TestServerRegistration : public QObject
{
    Q_OBJECT

private:
    // Phase 1 for Andrés Muñoz Zapata (an unregistered demo customer); his registration id.
    static QString identifyAndres(ServerFixture &f)
    {
        const Reply r = f.postJson(
            kRegistrations, individual(QStringLiteral("100000301"), QStringLiteral("edv 683619"),
                                       QStringLiteral("MUNOZ"), QStringLiteral("zapata")));
        return r.status == 201 ? r.json().value(QLatin1StringView("registrationId")).toString()
                               : QString();
    }

private slots:
    void identifyMatchesIgnoringCaseAndAccents()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Reply r = f.postJson(
            kRegistrations, individual(QStringLiteral("100000301"), QStringLiteral("EDV-683619"),
                                       QStringLiteral("muñoz"), QStringLiteral("Zápata")));
        QCOMPARE(r.status, 201);
        QVERIFY(r.json()
                    .value(QLatin1StringView("registrationId"))
                    .toString()
                    .startsWith(QLatin1StringView("reg_")));
        QCOMPARE(r.json().value(QLatin1StringView("expiresAt")).toString(),
                 f.clock().now().addSecs(30 * 60).toUTC().toString(Qt::ISODate));

        const Reply company = f.postJson(
            kRegistrations,
            {{QStringLiteral("customerType"), QStringLiteral("business")},
             {QStringLiteral("reference"), QStringLiteral("100000304")},
             {QStringLiteral("meterNumber"), QStringLiteral("EDV-707376")},
             {QStringLiteral("companyName"), QStringLiteral("panaderia la espiga sas")}});
        QCOMPARE(company.status, 201);
    }

    void aMismatchNeverSaysWhichField()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QList<QJsonObject> wrong = {
            individual(QStringLiteral("100000399"), QStringLiteral("EDV-683619"),
                       QStringLiteral("Muñoz"), QStringLiteral("Zapata")),
            individual(QStringLiteral("100000301"), QStringLiteral("EDV-000000"),
                       QStringLiteral("Muñoz"), QStringLiteral("Zapata")),
            individual(QStringLiteral("100000301"), QStringLiteral("EDV-683619"),
                       QStringLiteral("Pérez"), QStringLiteral("Zapata")),
            individual(QStringLiteral("100000301"), QStringLiteral("EDV-683619"),
                       QStringLiteral("Muñoz"), QStringLiteral("Gómez")),
            // a business's reference asked for as a person
            individual(QStringLiteral("100000304"), QStringLiteral("EDV-707376"),
                       QStringLiteral("La"), QStringLiteral("Espiga")),
        };
        QByteArray first;
        for (const QJsonObject &body : wrong) {
            const Reply r = f.postJson(kRegistrations, body);
            QCOMPARE(r.status, 422);
            QCOMPARE(r.code(), QStringLiteral("customer_not_found"));
            QVERIFY(!r.json().contains(QLatin1StringView("errors")));
            if (first.isEmpty())
                first = r.body;
            QCOMPARE(r.body, first);
        }
    }

    void identifyValidatesTheForm_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("reference with dots")
            << individual(QStringLiteral("100.000.301"), QStringLiteral("x"), QStringLiteral("a"),
                          QStringLiteral("b"))
            << "reference"
            << "invalid";
        QJsonObject noSurname = individual(QStringLiteral("100000301"), QStringLiteral("x"),
                                           QStringLiteral("a"), QStringLiteral("b"));
        noSurname.remove(QStringLiteral("maternalSurname"));
        QTest::newRow("missing surname") << noSurname << "maternalSurname"
                                         << "required";
        QJsonObject badType = noSurname;
        badType.insert(QStringLiteral("customerType"), QStringLiteral("government"));
        QTest::newRow("unknown customer type") << badType << "customerType"
                                               << "invalid";
    }
    void identifyValidatesTheForm()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, code);
        ServerFixture f(QStringLiteral("electricity-co"), false);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Reply r = f.postJson(kRegistrations, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(field), code);
    }

    void aRegisteredCustomerIsToldToSignIn()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString meter = f.get(QStringLiteral("/api/v1/contracts"), f.accessToken())
                                  .json()
                                  .value(QLatin1StringView("items"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QLatin1StringView("meterNumber"))
                                  .toString();
        const Reply r = f.postJson(kRegistrations,
                                   individual(QStringLiteral("100000101"), meter,
                                              QStringLiteral("Gómez"), QStringLiteral("Restrepo")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QStringLiteral("customer_already_registered"));
    }

    void identifyIsThrottledPerAddress()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject wrong = individual(QStringLiteral("100000301"), QStringLiteral("nope"),
                                             QStringLiteral("a"), QStringLiteral("b"));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(f.postJson(kRegistrations, wrong).status, 422);
        const Reply r = f.postJson(kRegistrations, wrong);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), QStringLiteral("too_many_requests"));
        QCOMPARE(r.header("Retry-After"), QStringLiteral("3600"));
        f.clock().advanceSeconds(3601);
        QCOMPARE(f.postJson(kRegistrations, wrong).status, 422);
    }

    void chooseUserValidatesEveryField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("username with a space")
            << user(QStringLiteral("andres munoz"), QStringLiteral("a@example.com")) << "username"
            << "invalid";
        QTest::newRow("username too long")
            << user(QString(101, QLatin1Char('a')), QStringLiteral("a@example.com")) << "username"
            << "too_long";
        QTest::newRow("email not an email")
            << user(QStringLiteral("andres"), QStringLiteral("andres.example.com")) << "email"
            << "invalid";
        QTest::newRow("emails differ")
            << user(QStringLiteral("andres"), QStringLiteral("a@example.com"),
                    QStringLiteral("b@example.com"))
            << "emailConfirmation"
            << "mismatch";
        QJsonObject noTerms = user(QStringLiteral("andres"), QStringLiteral("a@example.com"));
        noTerms.insert(QStringLiteral("acceptTerms"), false);
        QTest::newRow("terms not accepted") << noTerms << "acceptTerms"
                                            << "required";
        QJsonObject oldTerms = user(QStringLiteral("andres"), QStringLiteral("a@example.com"));
        oldTerms.insert(QStringLiteral("termsVersion"), QStringLiteral("2019-01"));
        QTest::newRow("old terms") << oldTerms << "termsVersion"
                                   << "mismatch";
    }
    void chooseUserValidatesEveryField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, code);
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString id = identifyAndres(f);
        QVERIFY(!id.isEmpty());
        const Reply r =
            f.postJson(kRegistrations + QLatin1Char('/') + id + QStringLiteral("/user"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(field), code);
        QVERIFY(f.emails().isEmpty());
    }

    void aTakenUsernameIsAConflict()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString id = identifyAndres(f);
        const Reply r =
            f.postJson(kRegistrations + QLatin1Char('/') + id + QStringLiteral("/user"),
                       user(QStringLiteral("DEMO"), QStringLiteral("andres@example.com")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QStringLiteral("conflict"));
        QCOMPARE(r.fieldCode(QStringLiteral("username")), QStringLiteral("username_taken"));
        QVERIFY(f.emails().isEmpty());
    }

    // Hardening finding 4: an address in use is not revealed. The answer is the usual "check
    // your email"; the address's owner is the one told, and nothing is created.
    void aTakenEmailIsNotRevealedAndItsOwnerIsTold()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString id = identifyAndres(f);
        const Reply taken =
            f.postJson(kRegistrations + QLatin1Char('/') + id + QStringLiteral("/user"),
                       user(QStringLiteral("andres"), QStringLiteral("Demo@Example.com")));
        QCOMPARE(taken.status, 202);
        QCOMPARE(taken.json().keys(),
                 (QStringList{QStringLiteral("email"), QStringLiteral("expiresAt")}));
        QCOMPARE(f.emails().size(), 1);
        QVERIFY(f.emails().first().contains(QLatin1StringView("To: demo@example.com")));
        QVERIFY(f.emails().first().contains(QLatin1StringView("ya es suya")));
        QVERIFY(f.lastCode().isEmpty()); // no code: nothing was created
        // The registration is still there to finish with an address of one's own.
        const Reply mine =
            f.postJson(kRegistrations + QLatin1Char('/') + id + QStringLiteral("/user"),
                       user(QStringLiteral("andres"), QStringLiteral("andres@example.com")));
        QCOMPARE(mine.status, 202);
        QCOMPARE(mine.json().keys(), taken.json().keys());
        QVERIFY(!f.lastCode().isEmpty());
    }

    void choosingAUserIsThrottled()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString id = identifyAndres(f);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(f.postJson(kRegistrations + QLatin1Char('/') + id + QStringLiteral("/user"),
                                user(QStringLiteral("demo"),
                                     QStringLiteral("probe%1@example.com").arg(i)))
                         .status,
                     409);
        const Reply r =
            f.postJson(kRegistrations + QLatin1Char('/') + id + QStringLiteral("/user"),
                       user(QStringLiteral("empresa"), QStringLiteral("probe@example.com")));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), QStringLiteral("too_many_requests"));
        QVERIFY(r.header("Retry-After").toInt() > 0);
    }

    void unknownOrExpiredRegistrationIs404()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QCOMPARE(f.postJson(kRegistrations + QStringLiteral("/reg_unknown/user"),
                            user(QStringLiteral("andres"), QStringLiteral("andres@example.com")))
                     .status,
                 404);
        const QString id = identifyAndres(f);
        f.clock().advanceSeconds(31 * 60);
        QCOMPARE(f.postJson(kRegistrations + QLatin1Char('/') + id + QStringLiteral("/user"),
                            user(QStringLiteral("andres"), QStringLiteral("andres@example.com")))
                     .status,
                 404);
    }

    void wholeFlowOnTheWaterUtility()
    {
        ServerFixture f(QStringLiteral("water-mx"));
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        // 1. José Luis García Martínez proves he is a customer.
        Reply r = f.postJson(kRegistrations,
                             individual(QStringLiteral("450000301"), QStringLiteral("ao683619"),
                                        QStringLiteral("Garcia"), QStringLiteral("Martinez")));
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(QLatin1StringView("registrationId")).toString();
        // 2. He chooses his user; the activation email goes out.
        r = f.postJson(kRegistrations + QLatin1Char('/') + id + QStringLiteral("/user"),
                       user(QStringLiteral("joseluis"), QStringLiteral("joseluis@example.com"), {},
                            QStringLiteral("2025-07"))); // the water utility's terms
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json().value(QLatin1StringView("email")).toString(),
                 QStringLiteral("joseluis@example.com"));
        QCOMPARE(f.emails().size(), 1);
        QVERIFY(f.emails().first().contains(QLatin1StringView("To: joseluis@example.com")));
        QVERIFY(f.emails().first().contains(QLatin1StringView("oficinavirtual://activate?code=")));
        const QString code = f.lastCode();
        QCOMPARE(code.size(), 39); // 160 bits: 32 base32 characters in groups of four
        // The account cannot be used before activation.
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/sessions"),
                            {{QStringLiteral("login"), QStringLiteral("joseluis")},
                             {QStringLiteral("password"), QStringLiteral("x")}})
                     .status,
                 401);

        // 3. A password the water utility refuses (it wants 2 digits and 2 letters) costs nothing…
        r = f.postJson(QStringLiteral("/api/v1/activations"),
                       {{QStringLiteral("code"), code},
                        {QStringLiteral("password"), QStringLiteral("acueducto1")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(QStringLiteral("password")), QStringLiteral("too_few_digits"));
        r = f.postJson(QStringLiteral("/api/v1/activations"),
                       {{QStringLiteral("code"), code},
                        {QStringLiteral("password"), QStringLiteral("joseluis")}});
        QCOMPARE(r.status, 400);
        // …a wrong code is refused…
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/activations"),
                            {{QStringLiteral("code"), QStringLiteral("AAAA-BBBB")},
                             {QStringLiteral("password"), QStringLiteral("Tapatio-2026")}})
                     .code(),
                 QStringLiteral("invalid_code"));
        // …and the right code with a good password (typed in lower case, without dashes) signs him
        // in.
        r = f.postJson(QStringLiteral("/api/v1/activations"),
                       {{QStringLiteral("code"), code.toLower().remove(QLatin1Char('-'))},
                        {QStringLiteral("password"), QStringLiteral("Tapatio-2026")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("Cache-Control"), QStringLiteral("no-store")); // it carries tokens
        const QString token = r.json().value(QLatin1StringView("accessToken")).toString();
        const QJsonArray contracts = f.get(QStringLiteral("/api/v1/contracts"), token)
                                         .json()
                                         .value(QLatin1StringView("items"))
                                         .toArray();
        QCOMPARE(contracts.size(), 1);
        QCOMPARE(contracts.first().toObject().value(QLatin1StringView("number")).toString(),
                 QStringLiteral("450000301"));
        // The code worked once.
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/activations"),
                            {{QStringLiteral("code"), code},
                             {QStringLiteral("password"), QStringLiteral("Tapatio-2027")}})
                     .code(),
                 QStringLiteral("invalid_code"));
        QVERIFY(
            !f.accessToken(QStringLiteral("joseluis@example.com"), QStringLiteral("Tapatio-2026"))
                 .isEmpty());
    }

    void activationCodesExpireAfter24Hours()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString id = identifyAndres(f);
        QCOMPARE(f.postJson(kRegistrations + QLatin1Char('/') + id + QStringLiteral("/user"),
                            user(QStringLiteral("andres"), QStringLiteral("andres@example.com")))
                     .status,
                 202);
        const QString code = f.lastCode();
        f.clock().advanceSeconds(24 * 3600 + 1);
        const Reply r =
            f.postJson(QStringLiteral("/api/v1/activations"),
                       {{QStringLiteral("code"), code},
                        {QStringLiteral("password"), QStringLiteral("Medellin-Cafe-82")}});
        QCOMPARE(r.status, 410);
        QCOMPARE(r.code(), QStringLiteral("code_expired"));

        // Resend: a new code, and the old one is dead; unknown emails get the same answer.
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/activations/resend"),
                            {{QStringLiteral("email"), QStringLiteral("nobody@example.com")}})
                     .status,
                 202);
        QCOMPARE(f.emails().size(), 1);
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/activations/resend"),
                            {{QStringLiteral("email"), QStringLiteral("ANDRES@example.com")}})
                     .status,
                 202);
        QCOMPARE(f.emails().size(), 2);
        const QString fresh = f.lastCode();
        QVERIFY(fresh != code);
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/activations"),
                            {{QStringLiteral("code"), fresh},
                             {QStringLiteral("password"), QStringLiteral("Medellin-Cafe-82")}})
                     .status,
                 201);
    }

    void idempotencyKeyReplaysTheFirstAnswer()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QByteArray body =
            QJsonDocument(individual(QStringLiteral("100000301"), QStringLiteral("EDV-683619"),
                                     QStringLiteral("Muñoz"), QStringLiteral("Zapata")))
                .toJson(QJsonDocument::Compact);
        const httplib::Headers key{{"Idempotency-Key", "7c1d3d0e-registration"}};
        const Reply first = f.post(kRegistrations, body, {}, "application/json", key);
        const Reply retry = f.post(kRegistrations, body, {}, "application/json", key);
        QCOMPARE(first.status, 201);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.body, first.body); // the same registration, not a second one
        QCOMPARE(retry.header("Idempotent-Replayed"), QStringLiteral("true"));
        const Reply other = f.post(kRegistrations, body + " ", {}, "application/json", key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.code(), QStringLiteral("idempotency_key_reused"));
    }
};

QTEST_GUILESS_MAIN(TestServerRegistration)
#include "tst_server_registration.moc"
