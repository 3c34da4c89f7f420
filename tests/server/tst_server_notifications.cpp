// Server: notifications — `ov-server admin bill-cycle` issues next month's invoices and a "new
// invoice" notification per user of each contract (once: a second run issues nothing); the day
// moving on brings "due in 3 days" reminders (once per invoice); a flagged reading tells its
// users; notification emails go out from the background pass as the user's preferences say;
// marking read is per user.

#include "ServerFixture.h"

#include "admin/AdminCommand.h"
#include "invoices/BillCycle.h"
#include "utility/Utility.h"

#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace ov;
using test::Reply;
using test::ServerFixture;

class TestServerNotifications : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    QString m_demo;

    QJsonArray notifications(const QString &token)
    {
        return m_f->get(QStringLiteral("/api/v1/notifications"), token)
            .json()
            .value(QLatin1StringView("items"))
            .toArray();
    }
    QList<QJsonObject> ofKind(const QString &token, const QString &kind)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : notifications(token))
            if (v.toObject().value(QLatin1StringView("kind")).toString() == kind)
                out.append(v.toObject());
        return out;
    }
    void syncOnce(const QString &token)
    {
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/sync?limit=10"), token).status, 200);
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>(
            QStringLiteral("electricity-co"), true,
            [](server::ServerSettings &s) { s.notificationPollSeconds = 1; });
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        m_demo = m_f->accessToken();
        QVERIFY(!m_demo.isEmpty());
        syncOnce(m_demo); // the feed has seen today
    }

    void billCycleNotifiesOnce()
    {
        // demo wants no reminder emails; new-invoice emails stay on (the default).
        const Reply prefs = m_f->send(
            QStringLiteral("PUT"), QStringLiteral("/api/v1/me/notification-preferences"), m_demo,
            QJsonDocument(QJsonObject{{QStringLiteral("preferences"),
                                       QJsonArray{QJsonObject{{QStringLiteral("event"),
                                                               QStringLiteral("due_reminder")},
                                                              {QStringLiteral("email"), false},
                                                              {QStringLiteral("sms"), false}}}}})
                .toJson());
        QCOMPARE(prefs.status, 200);
        const int contracts =
            int(m_f->collection(QStringLiteral("/api/v1/contracts"), m_demo).size());
        const auto utility = server::Utility::demo(QStringLiteral("electricity-co"));
        const QDate today = m_f->clock().now().toTimeZone(QTimeZone("America/Bogota")).date();
        QString error;
        const auto first = server::BillCycle::run(m_f->db().database(), *utility, today, &error);
        QVERIFY2(first && *first > 0, qPrintable(error));
        const auto issued = ofKind(m_demo, QStringLiteral("new_invoice"));
        QCOMPARE(issued.size(), contracts);
        for (const QJsonObject &n : issued) {
            QCOMPARE(
                n.value(QLatin1StringView("link")).toObject().value(QLatin1StringView("resource")),
                QStringLiteral("invoice"));
            QVERIFY(!n.value(QLatin1StringView("title")).toString().isEmpty());
            QVERIFY(n.value(QLatin1StringView("readAt")).isNull());
            // The invoice is there for the customer.
            const QString invoice = n.value(QLatin1StringView("link"))
                                        .toObject()
                                        .value(QLatin1StringView("id"))
                                        .toString();
            QCOMPARE(m_f->get(QStringLiteral("/api/v1/invoices/") + invoice, m_demo).status, 200);
        }
        // Emailed, off the request thread.
        const QString number = issued.first()
                                   .value(QLatin1StringView("params"))
                                   .toObject()
                                   .value(QLatin1StringView("invoiceNumber"))
                                   .toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_f->emails().join(QString()).contains(number), 10000);
        // This month is billed: a second run issues nothing.
        QCOMPARE(server::BillCycle::run(m_f->db().database(), *utility, today, &error), 0);
        QCOMPARE(ofKind(m_demo, QStringLiteral("new_invoice")).size(), contracts);
    }

    void dueInThreeDaysReminds()
    {
        const QJsonObject issued = ofKind(m_demo, QStringLiteral("new_invoice")).first();
        const QJsonObject params = issued.value(QLatin1StringView("params")).toObject();
        const QDate due =
            QDate::fromString(params.value(QLatin1StringView("dueDate")).toString(), Qt::ISODate);
        QVERIFY(due.isValid());
        const int emailsBefore = int(m_f->emails().size());
        // Noon in Bogotá three days before it is due.
        m_f->clock().set(QDateTime(due.addDays(-3), QTime(17, 0), QTimeZone::utc()));
        m_demo = m_f->accessToken(); // the old one has expired meanwhile
        syncOnce(m_demo);
        const auto reminders = ofKind(m_demo, QStringLiteral("due_reminder"));
        const auto mine =
            std::count_if(reminders.begin(), reminders.end(), [&](const QJsonObject &n) {
                return n.value(QLatin1StringView("params"))
                           .toObject()
                           .value(QLatin1StringView("invoiceNumber")) ==
                       params.value(QLatin1StringView("invoiceNumber"));
            });
        QCOMPARE(mine, 1);
        // Once: the next day does not remind of it again.
        m_f->clock().advanceSeconds(24 * 3600);
        m_demo = m_f->accessToken();
        syncOnce(m_demo);
        QCOMPARE(ofKind(m_demo, QStringLiteral("due_reminder")).size(), reminders.size());
        // demo turned reminder emails off.
        QTest::qWait(1500);
        for (const QString &mail : m_f->emails().mid(emailsBefore))
            QVERIFY2(!mail.contains(params.value(QLatin1StringView("invoiceNumber")).toString()) ||
                         !mail.contains(QStringLiteral("vence en 3")),
                     "a reminder email despite the preference");
    }

    void flaggedReadingTellsItsUsers()
    {
        const QString contract = m_f->collection(QStringLiteral("/api/v1/contracts"), m_demo)
                                     .first()
                                     .value(QLatin1StringView("id"))
                                     .toString();
        const auto readings =
            m_f->collection(QStringLiteral("/api/v1/contracts/%1/readings").arg(contract), m_demo);
        const double last = readings.first().value(QLatin1StringView("value")).toDouble();
        const Reply r =
            m_f->post(QStringLiteral("/api/v1/contracts/%1/readings").arg(contract),
                      QJsonDocument(QJsonObject{{QStringLiteral("value"), last + 100000}}).toJson(),
                      m_demo, "application/json",
                      {{"Idempotency-Key",
                        QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().value(QLatin1StringView("needsReview")).toBool());
        const auto flagged = ofKind(m_demo, QStringLiteral("reading_flagged"));
        QCOMPARE(flagged.size(), 1);
        QCOMPARE(flagged.first()
                     .value(QLatin1StringView("link"))
                     .toObject()
                     .value(QLatin1StringView("id")),
                 contract);
    }

    void readStateIsPerUser()
    {
        const QString other =
            m_f->accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        const QString mine =
            notifications(m_demo).first().toObject().value(QLatin1StringView("id")).toString();
        QCOMPARE(
            m_f->post(QStringLiteral("/api/v1/notifications/%1/read").arg(mine), {}, other).status,
            404);
        QCOMPARE(
            m_f->post(QStringLiteral("/api/v1/notifications/%1/read").arg(mine), {}, m_demo).status,
            204);
        QCOMPARE(
            m_f->post(QStringLiteral("/api/v1/notifications/%1/read").arg(mine), {}, {}).status,
            401);
        int unread = 0;
        for (const QJsonValue &v : notifications(other))
            unread += v.toObject().value(QLatin1StringView("readAt")).isNull() ? 1 : 0;
        QVERIFY(unread > 0); // empresa's are untouched
    }

    void billCycleCommand()
    {
        // The command bills by the real date: whatever it issued, the same day issues nothing more.
        QCOMPARE(server::AdminCommand::run(
                     {QStringLiteral("bill-cycle"), QStringLiteral("--database"), m_f->db().url()}),
                 0);
        QCOMPARE(server::AdminCommand::run(
                     {QStringLiteral("bill-cycle"), QStringLiteral("--database"), m_f->db().url()}),
                 0);
        const auto utility = server::Utility::demo(QStringLiteral("electricity-co"));
        const QDate today =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Bogota")).date();
        QString error;
        int issued = -1;
        for (int run = 0; run < 60 && issued != 0; ++run) // a clock far ahead: a month per run
            issued =
                server::BillCycle::run(m_f->db().database(), *utility, today, &error).value_or(-1);
        QCOMPARE(issued, 0);
        QCOMPARE(
            server::AdminCommand::run({QStringLiteral("bill-cycle"), QStringLiteral("--nope")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerNotifications)
#include "tst_server_notifications.moc"
