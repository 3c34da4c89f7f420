// Unit: what the bell and the desktop say — each notification kind worded from its facts in the
// user's language (an unknown kind falls back to the server's words), the desktop message for
// one and for several, and the utility's support channels as links (tel:, wa.me, mailto:;
// no link for an office or a non-https web address; labels escaped).

#include "domain/Money.h"
#include "i18n/LanguageLoader.h"
#include "notifications/NotificationText.h"
#include "pages/notifications/DesktopNotifier.h"
#include "pages/requests/SupportLinks.h"

#include <QApplication>
#include <QTest>
#include <QTimeZone>

using namespace ov;

namespace {
Notification note(const QString &kind, const QJsonObject &params)
{
    Notification n;
    n.id = QStringLiteral("ntf_") + kind;
    n.kind = kind;
    n.title = QStringLiteral("Server title");
    n.body = QStringLiteral("Server body");
    n.params = params;
    n.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    return n;
}

Notification answered(const QString &number)
{
    return note(QStringLiteral("request_answered"),
                {{QStringLiteral("requestNumber"), number},
                 {QStringLiteral("subject"), QStringLiteral("Factura alta")}});
}
} // namespace

class TestNotificationTexts : public QObject
{
    Q_OBJECT

    const QLocale m_locale{QLocale::English, QLocale::Colombia};

private slots:
    void initTestCase() { QVERIFY(LanguageLoader::install(qApp, QStringLiteral("en"))); }

    void eachKindIsWordedFromItsFacts()
    {
        const Notification invoice =
            note(QStringLiteral("new_invoice"),
                 {{QStringLiteral("invoiceNumber"), QStringLiteral("FE-1001")},
                  {QStringLiteral("amount"), Money{18490000, QStringLiteral("COP")}.toJson()},
                  {QStringLiteral("dueDate"), QStringLiteral("2026-11-20")},
                  {QStringLiteral("contractName"), QStringLiteral("Casa")}});
        QCOMPARE(NotificationText::title(invoice, m_locale),
                 QStringLiteral("New invoice for Casa"));
        const QString body = NotificationText::body(invoice, m_locale);
        QVERIFY2(body.startsWith(QStringLiteral("Invoice FE-1001 for ")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("184,900")), qPrintable(body));

        QCOMPARE(NotificationText::title(answered(QStringLiteral("PQR-2026-000007")), m_locale),
                 QStringLiteral("Your request PQR-2026-000007 was answered"));
        QCOMPARE(NotificationText::body(answered(QStringLiteral("X")), m_locale),
                 QStringLiteral("“Factura alta” has an answer from the utility."));
        const Notification unknown = note(QStringLiteral("outage"), {});
        QCOMPARE(NotificationText::title(unknown, m_locale), QStringLiteral("Server title"));
        QCOMPARE(NotificationText::body(unknown, m_locale), QStringLiteral("Server body"));
    }

    void desktopMessageForOneAndForSeveral()
    {
        const auto one = DesktopNotifier::message({answered(QStringLiteral("A-1"))}, m_locale);
        QCOMPARE(one.title, QStringLiteral("Your request A-1 was answered"));
        QCOMPARE(one.body, QStringLiteral("“Factura alta” has an answer from the utility."));

        QList<Notification> five;
        for (int i = 1; i <= 5; ++i)
            five << answered(QStringLiteral("A-%1").arg(i));
        const auto several = DesktopNotifier::message(five, m_locale);
        QCOMPARE(several.title, QStringLiteral("5 new notifications"));
        const QStringList lines = several.body.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4); // the 3 newest, and how many more
        QCOMPARE(lines.first(), QStringLiteral("Your request A-1 was answered"));
        QCOMPARE(lines.last(), QStringLiteral("and 2 more"));
    }

    void supportChannelsAreLinks()
    {
        QCOMPARE(SupportLinks::url(
                     {QStringLiteral("phone"), {}, QStringLiteral("+57 (604) 444-1115"), {}}),
                 QUrl(QStringLiteral("tel:+576044441115")));
        QCOMPARE(SupportLinks::url(
                     {QStringLiteral("whatsapp"), {}, QStringLiteral("+57 300 123 4567"), {}}),
                 QUrl(QStringLiteral("https://wa.me/573001234567")));
        QCOMPARE(
            SupportLinks::url({QStringLiteral("email"), {}, QStringLiteral(" ayuda@demo.co "), {}}),
            QUrl(QStringLiteral("mailto:ayuda@demo.co")));
        QCOMPARE(
            SupportLinks::url({QStringLiteral("web"), {}, QStringLiteral("http://demo.co"), {}}),
            QUrl());
        QCOMPARE(SupportLinks::url({QStringLiteral("office"), {}, QStringLiteral("Calle 1"), {}}),
                 QUrl());
        const QString html =
            SupportLinks::html({{QStringLiteral("email"), QStringLiteral("Correo <b>"),
                                 QStringLiteral("a@b.co"), QStringLiteral("24 h")},
                                {QStringLiteral("office"),
                                 QStringLiteral("Oficina"),
                                 QStringLiteral("Calle 1 & 2"),
                                 {}}});
        QVERIFY2(
            html.contains(QStringLiteral("Correo &lt;b&gt;: <a href=\"mailto:a@b.co\">a@b.co</a>")),
            qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("(24 h)")));
        QVERIFY(html.contains(QStringLiteral("Oficina: Calle 1 &amp; 2")));
    }

    void spanishToo() // last: a translator installed later would shadow English
    {
        QVERIFY(LanguageLoader::install(qApp, QStringLiteral("es")));
        const QString title = NotificationText::title(answered(QStringLiteral("PQR-1")),
                                                      QLocale(QStringLiteral("es_CO")));
        QVERIFY2(title.contains(QStringLiteral("PQR-1")) &&
                     !title.startsWith(QStringLiteral("Your")),
                 qPrintable(title));
    }
};

QTEST_MAIN(TestNotificationTexts)
#include "tst_notification_texts.moc"
