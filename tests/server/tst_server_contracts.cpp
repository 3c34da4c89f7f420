// Server: linking another contract (the registration's proof, the same answer whichever field is
// wrong, throttled, refused when another account holds it and that owner told), unlinking (not
// the last, not another user's), and the edits the utility allows (validated, the billing email
// confirmed by a code, audited and listed by `ov-server admin audit`).

#include "ServerFixture.h"

#include "admin/AdminCommand.h"
#include "contracts/ContractAudit.h"
#include "demo/DemoSeeder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {

const QString kLinks = QStringLiteral("/api/v1/contracts/links");

QJsonObject proofOf(const server::DemoSeeder::UnregisteredCustomer &c)
{
    QJsonObject o{{QStringLiteral("customerType"), c.customerType},
                  {QStringLiteral("reference"), c.reference},
                  {QStringLiteral("meterNumber"), c.meterNumber}};
    if (c.customerType == QLatin1StringView("business")) {
        o.insert(QStringLiteral("companyName"), c.companyName);
    } else {
        o.insert(QStringLiteral("paternalSurname"), c.paternalSurname);
        o.insert(QStringLiteral("maternalSurname"), c.maternalSurname);
    }
    return o;
}

server::DemoSeeder::UnregisteredCustomer andres()
{
    return server::DemoSeeder::unregisteredCustomers(QStringLiteral("electricity-co")).first();
}

QStringList numbers(const QList<QJsonObject> &contracts)
{
    QStringList list;
    for (const QJsonObject &c : contracts)
        list << c.value(QLatin1StringView("number")).toString();
    return list;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerContracts : public QObject
{
    Q_OBJECT

private:
    static QString linkAndres(ServerFixture &f, const QString &token)
    {
        const Reply r = f.postJson(kLinks, proofOf(andres()), token);
        return r.status == 201 ? r.json().value(QLatin1StringView("id")).toString() : QString();
    }
    static QList<server::ContractAudit::Entry> audit(ServerFixture &f, const QString &contractId)
    {
        QSqlDatabase conn = f.db().database().connection();
        return server::ContractAudit::list(conn, contractId)
            .value_or(QList<server::ContractAudit::Entry>());
    }

private slots:
    void linkingProvesTheBillAndTheContractJoinsTheList()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        QCOMPARE(f.collection(QStringLiteral("/api/v1/contracts"), token).size(), 3);

        // Typed as people do: other case, no accents, spaces in the meter number.
        QJsonObject proof = proofOf(andres());
        proof.insert(QStringLiteral("paternalSurname"), andres().paternalSurname.toUpper());
        proof.insert(QStringLiteral("meterNumber"),
                     andres().meterNumber.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        const Reply r =
            f.post(kLinks, json(proof), token, "application/json", {{"Idempotency-Key", "link-1"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1StringView("number")).toString(), andres().reference);
        const QString id = r.json().value(QLatin1StringView("id")).toString();
        QVERIFY(numbers(f.collection(QStringLiteral("/api/v1/contracts"), token))
                    .contains(andres().reference));
        QCOMPARE(f.get(QStringLiteral("/api/v1/contracts/") + id, token).status, 200);

        // The same request again (its answer was lost): the same answer, nothing linked twice.
        const Reply again =
            f.post(kLinks, json(proof), token, "application/json", {{"Idempotency-Key", "link-1"}});
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QStringLiteral("true"));
        QCOMPARE(f.collection(QStringLiteral("/api/v1/contracts"), token).size(), 4);
        // Asked anew: it is already there.
        const Reply dup = f.postJson(kLinks, proof, token);
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.code(), QStringLiteral("already_linked"));

        const auto entries = audit(f, id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().field, QStringLiteral("link"));
        QCOMPARE(entries.first().username, QStringLiteral("demo"));
        QVERIFY(!entries.first().clientAddress.isEmpty());
    }

    void eachWrongFieldGivesTheSameAnswer()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        QList<QJsonObject> wrong;
        for (const char *field :
             {"reference", "meterNumber", "paternalSurname", "maternalSurname"}) {
            QJsonObject o = proofOf(andres());
            o.insert(QLatin1StringView(field), field == QByteArrayView("reference")
                                                   ? QStringLiteral("100000399")
                                                   : QStringLiteral("Otro"));
            wrong << o;
        }
        QJsonObject asCompany = proofOf(andres());
        asCompany = {{QStringLiteral("customerType"), QStringLiteral("business")},
                     {QStringLiteral("reference"), andres().reference},
                     {QStringLiteral("meterNumber"), andres().meterNumber},
                     {QStringLiteral("companyName"), andres().paternalSurname}};
        wrong << asCompany;
        QByteArray first;
        for (const QJsonObject &body : std::as_const(wrong)) {
            const Reply r = f.postJson(kLinks, body, token);
            QCOMPARE(r.status, 422);
            QCOMPARE(r.code(), QStringLiteral("customer_not_found"));
            QVERIFY(!r.json().contains(QLatin1StringView("errors")));
            if (first.isEmpty())
                first = r.body;
            QCOMPARE(r.body, first);
        }
        // A malformed form is a field error, before anything is looked up.
        QJsonObject noMeter = proofOf(andres());
        noMeter.remove(QStringLiteral("meterNumber"));
        const Reply bad = f.postJson(kLinks, noMeter, token);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.fieldCode(QStringLiteral("meterNumber")), QStringLiteral("required"));
        QCOMPARE(f.postJson(kLinks, proofOf(andres())).status, 401);
    }

    void linkingIsThrottledPerUser()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        QJsonObject wrong = proofOf(andres());
        wrong.insert(QStringLiteral("meterNumber"), QStringLiteral("EDV-000000"));
        for (int i = 0; i < server::ContractLinkService::kLinkPerUser; ++i)
            QCOMPARE(f.postJson(kLinks, wrong, token).status, 422);
        // Even the right bill now waits: trying bills one after another is what is slowed.
        const Reply r = f.postJson(kLinks, proofOf(andres()), token);
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").toInt() > 0);
        // Another user is not slowed by it.
        QCOMPARE(
            f.postJson(kLinks, wrong,
                       f.accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026")))
                .status,
            422);
        f.clock().advanceSeconds(3601); // the hour has passed (and so has the access token's life)
        QCOMPARE(f.postJson(kLinks, proofOf(andres()), f.accessToken()).status, 201);
    }

    void aContractAnotherAccountHoldsIsRefusedAndItsOwnerTold()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QVERIFY(!linkAndres(f, f.accessToken()).isEmpty());
        const int emailsBefore = f.emails().size();
        const QString empresa =
            f.accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        const Reply r = f.postJson(kLinks, proofOf(andres()), empresa);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QStringLiteral("linked_to_another_account"));
        QVERIFY(!numbers(f.collection(QStringLiteral("/api/v1/contracts"), empresa))
                     .contains(andres().reference));
        const QStringList emails = f.emails();
        QCOMPARE(emails.size(), emailsBefore + 1);
        QVERIFY(emails.last().contains(server::DemoSeeder::personalAccount().email));
        QVERIFY(emails.last().contains(andres().reference));
    }

    void unlinkingTakesItAwayButNeverTheLast()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        const QString id = linkAndres(f, token);
        QVERIFY(!id.isEmpty());
        const Reply gone =
            f.del(QStringLiteral("/api/v1/contracts/") + id + QStringLiteral("/link"), token);
        QCOMPARE(gone.status, 204);
        QCOMPARE(f.get(QStringLiteral("/api/v1/contracts/") + id, token).status, 404);
        QCOMPARE(f.del(QStringLiteral("/api/v1/contracts/") + id + QStringLiteral("/link"), token)
                     .status,
                 404);
        const auto entries = audit(f, id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().field, QStringLiteral("unlink"));

        // Another user's contract does not exist for this one.
        const QString empresa =
            f.accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        const QString theirs = f.collection(QStringLiteral("/api/v1/contracts"), empresa)
                                   .first()
                                   .value("id")
                                   .toString();
        QCOMPARE(
            f.del(QStringLiteral("/api/v1/contracts/") + theirs + QStringLiteral("/link"), token)
                .status,
            404);
        QCOMPARE(f.send(QStringLiteral("PATCH"), QStringLiteral("/api/v1/contracts/") + theirs,
                        token, R"({"alias":"Mine"})")
                     .status,
                 404);

        // Down to one contract, which stays.
        const QList<QJsonObject> mine = f.collection(QStringLiteral("/api/v1/contracts"), token);
        QCOMPARE(mine.size(), 3);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(f.del(QStringLiteral("/api/v1/contracts/") +
                               mine.at(i).value("id").toString() + QStringLiteral("/link"),
                           token)
                         .status,
                     204);
        const Reply last = f.del(QStringLiteral("/api/v1/contracts/") +
                                     mine.at(2).value("id").toString() + QStringLiteral("/link"),
                                 token);
        QCOMPARE(last.status, 409);
        QCOMPARE(last.code(), QStringLiteral("last_contract"));
        QCOMPARE(f.collection(QStringLiteral("/api/v1/contracts"), token).size(), 1);
    }

    void editsAreValidatedAndAudited_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        auto address = [](const QString &city, const QString &postalCode, const QString &country) {
            return json({{QStringLiteral("billingAddress"),
                          QJsonObject{{QStringLiteral("line1"), QStringLiteral("Calle 10 # 43-12")},
                                      {QStringLiteral("city"), city},
                                      {QStringLiteral("region"), QStringLiteral("Antioquia")},
                                      {QStringLiteral("postalCode"), postalCode},
                                      {QStringLiteral("country"), country}}}});
        };
        QTest::newRow("alias too long")
            << json({{QStringLiteral("alias"), QString(61, QLatin1Char('a'))}}) << "alias"
            << "too_long";
        QTest::newRow("alias not text") << json({{QStringLiteral("alias"), 5}}) << "alias"
                                        << "wrong_type";
        QTest::newRow("bad email")
            << json({{QStringLiteral("billingEmail"), QStringLiteral("x@")}}) << "billingEmail"
            << "invalid";
        QTest::newRow("bad phone")
            << json({{QStringLiteral("contactPhone"), QStringLiteral("call me")}}) << "contactPhone"
            << "invalid";
        QTest::newRow("paperless not a flag")
            << json({{QStringLiteral("paperless"), QStringLiteral("yes")}}) << "paperless"
            << "wrong_type";
        QTest::newRow("address without city")
            << address({}, {}, QStringLiteral("CO")) << "billingAddress.city"
            << "required";
        QTest::newRow("address in another country")
            << address(QStringLiteral("Lima"), {}, QStringLiteral("PE")) << "billingAddress.country"
            << "invalid";
        QTest::newRow("bad postal code")
            << address(QStringLiteral("Envigado"), QStringLiteral("55"), QStringLiteral("CO"))
            << "billingAddress.postalCode"
            << "invalid";
        QTest::newRow("unknown member")
            << json({{QStringLiteral("tariff"), QStringLiteral("cheap")}}) << "tariff"
            << "unknown";
    }

    void editsAreValidatedAndAudited()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, code);
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        const QJsonObject contract =
            f.collection(QStringLiteral("/api/v1/contracts"), token).first();
        const QString path = QStringLiteral("/api/v1/contracts/") + contract.value("id").toString();
        const Reply bad = f.send(QStringLiteral("PATCH"), path, token, body);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.fieldCode(field), code);
        QCOMPARE(f.get(path, token).json(), contract); // nothing changed
        QVERIFY(audit(f, contract.value("id").toString()).isEmpty());
    }

    void aliasPhonePaperlessAndAddressChangeAndAreAudited()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        const QJsonObject contract =
            f.collection(QStringLiteral("/api/v1/contracts"), token).first();
        const QString id = contract.value("id").toString();
        const QString path = QStringLiteral("/api/v1/contracts/") + id;
        QCOMPARE(contract.value("paperless").toBool(true), false);
        const Reply r = f.send(
            QStringLiteral("PATCH"), path, token,
            json({{QStringLiteral("alias"), QStringLiteral("  Casa de la abuela ")},
                  {QStringLiteral("paperless"), true},
                  {QStringLiteral("contactPhone"), QStringLiteral("+57 300 123 4567")},
                  {QStringLiteral("billingAddress"),
                   QJsonObject{{QStringLiteral("line1"), QStringLiteral("Carrera 43A # 36 Sur-17")},
                               {QStringLiteral("line2"), QStringLiteral("Oficina 804")},
                               {QStringLiteral("city"), QStringLiteral("Envigado")},
                               {QStringLiteral("region"), QStringLiteral("Antioquia")},
                               {QStringLiteral("postalCode"), QStringLiteral("055422")},
                               {QStringLiteral("country"), QStringLiteral("co")}}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("alias").toString(), QStringLiteral("Casa de la abuela"));
        QCOMPARE(r.json().value("paperless").toBool(), true);
        QCOMPARE(r.json().value("contactPhone").toString(), QStringLiteral("+57 300 123 4567"));
        QCOMPARE(r.json().value("billingAddress").toObject().value("city").toString(),
                 QStringLiteral("Envigado"));
        QCOMPARE(r.json().value("billingAddress").toObject().value("country").toString(),
                 QStringLiteral("CO"));
        QCOMPARE(f.get(path, token).json().value("alias").toString(),
                 QStringLiteral("Casa de la abuela"));

        QStringList fields;
        for (const auto &e : audit(f, id))
            fields << e.field;
        fields.sort();
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("alias"), QStringLiteral("billingAddress"),
                              QStringLiteral("contactPhone"), QStringLiteral("paperless")}));
        for (const auto &e : audit(f, id))
            if (e.field == QLatin1StringView("alias")) {
                QCOMPARE(e.oldValue, contract.value("alias").toString());
                QCOMPARE(e.newValue, QStringLiteral("Casa de la abuela"));
                QCOMPARE(e.username, QStringLiteral("demo"));
            }
        // The same again changes nothing and records nothing.
        QCOMPARE(
            f.send(QStringLiteral("PATCH"), path, token, R"({"alias":"Casa de la abuela"})").status,
            200);
        QCOMPARE(audit(f, id).size(), 4);
        // The back office lists it.
        QCOMPARE(
            server::AdminCommand::run({QStringLiteral("audit"), contract.value("number").toString(),
                                       QStringLiteral("--database"), f.db().url()}),
            0);
        QCOMPARE(server::AdminCommand::run({QStringLiteral("audit"), QStringLiteral("999"),
                                            QStringLiteral("--database"), f.db().url()}),
                 1);
    }

    void aNewBillingEmailWaitsForItsCode()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        const QString id =
            f.collection(QStringLiteral("/api/v1/contracts"), token).first().value("id").toString();
        const QString path = QStringLiteral("/api/v1/contracts/") + id;
        const Reply r = f.send(QStringLiteral("PATCH"), path, token,
                               R"({"billingEmail":"facturas@example.com"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("billingEmail").toString(), QString());
        QCOMPARE(r.json().value("pendingBillingEmail").toString(),
                 QStringLiteral("facturas@example.com"));
        const QString mail = f.emails().last();
        QVERIFY(mail.contains(QStringLiteral("facturas@example.com")));
        const QString code = f.lastCode();
        QVERIFY(!code.isEmpty());

        const QString confirm = path + QStringLiteral("/billing-email/confirmation");
        const Reply wrong =
            f.postJson(confirm, {{QStringLiteral("code"), QStringLiteral("AAAA-BBBB")}}, token);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.code(), QStringLiteral("invalid_code"));
        // Another contract of the same user cannot take the code.
        const QString other =
            f.collection(QStringLiteral("/api/v1/contracts"), token).last().value("id").toString();
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/contracts/") + other +
                                QStringLiteral("/billing-email/confirmation"),
                            {{QStringLiteral("code"), code}}, token)
                     .status,
                 400);
        const Reply ok = f.postJson(confirm, {{QStringLiteral("code"), code}}, token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("billingEmail").toString(),
                 QStringLiteral("facturas@example.com"));
        QCOMPARE(ok.json().value("pendingBillingEmail").toString(), QString());
        QCOMPARE(f.postJson(confirm, {{QStringLiteral("code"), code}}, token).status, 400);

        QStringList fields;
        for (const auto &e : audit(f, id))
            fields << e.field;
        QVERIFY(fields.contains(QStringLiteral("billingEmail.requested")));
        QVERIFY(fields.contains(QStringLiteral("billingEmail")));
    }

    void onlyWhatTheUtilityAllows()
    {
        ServerFixture f(QStringLiteral("water-mx"));
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        const QString id =
            f.collection(QStringLiteral("/api/v1/contracts"), token).first().value("id").toString();
        const Reply config = f.get(QStringLiteral("/api/v1/config"));
        QVERIFY(!config.json()
                     .value("contractEdits")
                     .toArray()
                     .contains(QJsonValue(QStringLiteral("billingAddress"))));
        const Reply r =
            f.send(QStringLiteral("PATCH"), QStringLiteral("/api/v1/contracts/") + id, token,
                   json({{QStringLiteral("billingAddress"),
                          QJsonObject{{QStringLiteral("line1"), QStringLiteral("Av. Juarez 10")},
                                      {QStringLiteral("city"), QStringLiteral("CDMX")},
                                      {QStringLiteral("region"), QStringLiteral("CDMX")},
                                      {QStringLiteral("postalCode"), QStringLiteral("06000")},
                                      {QStringLiteral("country"), QStringLiteral("MX")}}}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(QStringLiteral("billingAddress")), QStringLiteral("not_editable"));
        QCOMPARE(f.send(QStringLiteral("PATCH"), QStringLiteral("/api/v1/contracts/") + id, token,
                        R"({"alias":"Depto"})")
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestServerContracts)
#include "tst_server_contracts.moc"
