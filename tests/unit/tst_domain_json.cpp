// Unit: the wire types survive a JSON round trip, and malformed input is refused, not guessed.

#include "domain/Contract.h"
#include "domain/Invoice.h"
#include "domain/Money.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Reading.h"
#include "domain/UtilityConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ov;

class TestDomainJson : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(int y, int m, int d, int h = 12)
    {
        return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
    }
    static Invoice sampleInvoice()
    {
        Invoice i;
        i.id = QStringLiteral("inv_1");
        i.contractId = QStringLiteral("ct_1");
        i.number = QStringLiteral("FE-202610-000101");
        i.period = QStringLiteral("2026-10");
        i.periodStart = QDate(2026, 10, 1);
        i.periodEnd = QDate(2026, 10, 31);
        i.issueDate = QDate(2026, 11, 5);
        i.dueDate = QDate(2026, 11, 23);
        i.amount = Money{16280000, QStringLiteral("COP")};
        i.status = InvoiceStatus::Overdue;
        i.consumption = 185.5;
        i.unit = QStringLiteral("kWh");
        i.previousReading = 10250.0;
        i.currentReading = 10435.5;
        InvoiceLine energy;
        energy.code = QStringLiteral("energy");
        energy.label = QStringLiteral("Energía consumida");
        energy.kind = QStringLiteral("consumption");
        energy.quantity = 185.5;
        energy.unit = QStringLiteral("kWh");
        energy.unitPrice = Money{88000, QStringLiteral("COP")};
        energy.amount = Money{16324000, QStringLiteral("COP")};
        InvoiceLine credit;
        credit.code = QStringLiteral("adjustment");
        credit.kind = QStringLiteral("adjustment");
        credit.quantity = 1;
        credit.unitPrice = Money{-44000, QStringLiteral("COP")};
        credit.amount = credit.unitPrice;
        i.lines = {energy, credit};
        i.paymentReference = QStringLiteral("10000010120261003");
        i.updatedAt = utc(2026, 11, 5);
        return i;
    }
    template <typename T>
    static QJsonValue reparse(const T &value)
    {
        // Through bytes, as on the wire.
        return QJsonDocument::fromJson(QJsonDocument(value.toJson()).toJson()).object();
    }

private slots:
    void moneyRoundTrip()
    {
        const Money m{34400, QStringLiteral("MXN")};
        QCOMPARE(Money::fromJson(m.toJson()), m);
        QCOMPARE(m.major(), 344.0);
    }

    void moneyRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("fraction") << QByteArray("{\"amount\": 1.5, \"currency\": \"COP\"}");
        QTest::newRow("string amount")
            << QByteArray("{\"amount\": \"100\", \"currency\": \"COP\"}");
        QTest::newRow("lower-case currency")
            << QByteArray("{\"amount\": 100, \"currency\": \"cop\"}");
        QTest::newRow("missing currency") << QByteArray("{\"amount\": 100}");
        QTest::newRow("beyond 2^53") << QByteArray("{\"amount\": 1e300, \"currency\": \"COP\"}");
    }
    void moneyRejects()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!Money::fromJson(QJsonDocument::fromJson(json).object()));
    }

    void invoiceRoundTrip()
    {
        const Invoice i = sampleInvoice();
        QCOMPARE(Invoice::fromJson(reparse(i)), i);
        Invoice paid = i;
        paid.status = InvoiceStatus::Paid;
        paid.paidAt = utc(2026, 11, 20, 15);
        QCOMPARE(Invoice::fromJson(reparse(paid)), paid);
        QVERIFY(reparse(i).toObject().value(QLatin1StringView("paidAt")).isNull());
        QCOMPARE(i.days(), 31);
        Invoice unmetered = i; // an estimated or unmetered bill has no readings
        unmetered.previousReading.reset();
        unmetered.currentReading.reset();
        QCOMPARE(Invoice::fromJson(reparse(unmetered)), unmetered);
        QVERIFY(reparse(unmetered).toObject().value(QLatin1StringView("currentReading")).isNull());
    }

    void invoiceRejects_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("bad period") << "period" << QJsonValue(QStringLiteral("2026-13"));
        QTest::newRow("bad status") << "status" << QJsonValue(QStringLiteral("late"));
        QTest::newRow("no id") << "id" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("bad due date") << "dueDate" << QJsonValue(QStringLiteral("23/11/2026"));
        QTest::newRow("amount not object") << "amount" << QJsonValue(100);
        QTest::newRow("no period start") << "periodStart" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("period ends before it starts")
            << "periodEnd" << QJsonValue(QStringLiteral("2026-09-30"));
        QTest::newRow("reading not a number")
            << "currentReading" << QJsonValue(QStringLiteral("10435"));
        QTest::newRow("lines not an array") << "lines" << QJsonValue(QJsonObject());
        QJsonObject badKind = sampleInvoice().lines.first().toJson();
        badKind.insert(QStringLiteral("kind"), QStringLiteral("discount"));
        QTest::newRow("line of an unknown kind") << "lines" << QJsonValue(QJsonArray{badKind});
        QJsonObject otherCurrency = sampleInvoice().lines.first().toJson();
        otherCurrency.insert(QStringLiteral("amount"), Money{100, QStringLiteral("MXN")}.toJson());
        otherCurrency.insert(QStringLiteral("unitPrice"),
                             Money{100, QStringLiteral("MXN")}.toJson());
        QTest::newRow("line in another currency")
            << "lines" << QJsonValue(QJsonArray{otherCurrency});
    }
    void invoiceRejects()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject o = sampleInvoice().toJson();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        QString error;
        QVERIFY(!Invoice::fromJson(o, &error));
        QVERIFY(!error.isEmpty());
    }

    void contractRoundTrip()
    {
        Contract c;
        c.id = QStringLiteral("ct_1");
        c.number = QStringLiteral("100000101");
        c.alias = QStringLiteral("Casa");
        c.kind = QStringLiteral("residential");
        c.holderName = QStringLiteral("Laura Gómez Restrepo");
        c.supplyAddress = {QStringLiteral("Calle 10 # 43-12"), QString(),
                           QStringLiteral("Medellín"),         QStringLiteral("Antioquia"),
                           QStringLiteral("050021"),           QStringLiteral("CO")};
        c.billingAddress = c.supplyAddress;
        c.tariff = QStringLiteral("Residencial estrato 3");
        c.meterNumber = QStringLiteral("EDV-899819");
        c.startDate = QDate(2012, 7, 22);
        c.status = QStringLiteral("active");
        c.paymentStatus = InvoiceStatus::Pending;
        c.balanceDue = Money{16280000, QStringLiteral("COP")};
        c.updatedAt = utc(2026, 11, 20);
        // Without and with a last invoice.
        auto parsed = Contract::fromJson(reparse(c));
        QVERIFY(parsed);
        parsed->supplyAddress.line2 = QString(); // "" on the wire is the same as null here
        parsed->billingAddress.line2 = QString();
        QCOMPARE(*parsed, c);
        c.lastInvoice = InvoiceSummary{QStringLiteral("inv_1"), QStringLiteral("2026-10"),
                                       Money{16280000, QStringLiteral("COP")},
                                       InvoiceStatus::Pending, QDate(2026, 12, 8)};
        parsed = Contract::fromJson(reparse(c));
        QVERIFY(parsed);
        QCOMPARE(parsed->lastInvoice, c.lastInvoice);
        QCOMPARE(c.supplyAddress.oneLine(), QStringLiteral("Calle 10 # 43-12, Medellín"));
    }

    void readingRoundTrip()
    {
        Reading r;
        r.id = QStringLiteral("rd_1");
        r.contractId = QStringLiteral("ct_1");
        r.period = QStringLiteral("2026-10");
        r.readAt = QDate(2026, 10, 30);
        r.value = 12345.5;
        r.consumption = 185;
        r.unit = QStringLiteral("m3");
        r.source = QStringLiteral("estimated");
        r.updatedAt = utc(2026, 10, 30, 18);
        QCOMPARE(Reading::fromJson(reparse(r)), r);
    }

    void pageRoundTripAndErrors()
    {
        Page<Invoice> page;
        page.items = {sampleInvoice(), sampleInvoice()};
        page.items[1].id = QStringLiteral("inv_2");
        page.nextCursor = QStringLiteral("abc");
        const auto parsed = Page<Invoice>::fromJson(reparse(page));
        QVERIFY(parsed);
        QCOMPARE(parsed->items, page.items);
        QCOMPARE(parsed->nextCursor, page.nextCursor);

        QJsonObject broken = page.toJson();
        QJsonArray items = broken.value(QLatin1StringView("items")).toArray();
        items.append(QStringLiteral("not an invoice"));
        broken.insert(QStringLiteral("items"), items);
        QString error;
        QVERIFY(!Page<Invoice>::fromJson(broken, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Page<Invoice>::fromJson(QJsonObject{{QStringLiteral("nextCursor"), 1}}));
    }

    void utilityConfigRoundTrip()
    {
        UtilityConfig c;
        c.utilityId = QStringLiteral("water-mx");
        c.name = QStringLiteral("Agua de Occidente (demo)");
        c.serviceKind = QStringLiteral("water");
        c.country = QStringLiteral("MX");
        c.unit = QStringLiteral("m3");
        c.currency = QStringLiteral("MXN");
        c.locale = QStringLiteral("es_MX");
        c.timeZone = QStringLiteral("America/Mexico_City");
        c.registration = {{QStringLiteral("business"),
                           {QStringLiteral("reference"), QStringLiteral("companyName")}}};
        c.passwordPolicy.minDigits = 2;
        c.passwordPolicy.minLetters = 2;
        c.requestCategories = {{QStringLiteral("billing"), QStringLiteral("Facturación"),
                                QStringLiteral("Cobros"), 15, QStringLiteral("service"),
                                QStringLiteral("claim"), true}};
        c.supportChannels = {{QStringLiteral("phone"), QStringLiteral("Aquatel"),
                              QStringLiteral("+52 33 3000 0000"), QStringLiteral("24 h")}};
        c.termsUrl = QUrl(QStringLiteral("https://example.org/terms"));
        c.privacyUrl = QUrl(QStringLiteral("https://example.org/privacy"));
        c.termsVersion = QStringLiteral("2025-07");
        QCOMPARE(UtilityConfig::fromJson(reparse(c)), c);

        QJsonObject noPolicy = c.toJson();
        noPolicy.remove(QStringLiteral("passwordPolicy"));
        QVERIFY(!UtilityConfig::fromJson(noPolicy));
    }

    void problemRoundTrip()
    {
        Problem p;
        p.status = 400;
        p.code = QStringLiteral("validation_failed");
        p.title = QStringLiteral("Hay datos que revisar");
        p.errors = {{QStringLiteral("email"), QStringLiteral("mismatch")}};
        const auto parsed = Problem::fromJson(p.toBytes());
        QVERIFY(parsed);
        QCOMPARE(*parsed, p);
        QCOMPARE(p.toJson().value(QLatin1StringView("type")).toString(),
                 QStringLiteral("https://oficina-virtual.github.io/problems/validation_failed"));
        QVERIFY(!Problem::fromJson("<html>502 Bad Gateway</html>"));
        QVERIFY(!Problem::fromJson("{\"title\": \"no code\"}"));
    }
};

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domain_json.moc"
