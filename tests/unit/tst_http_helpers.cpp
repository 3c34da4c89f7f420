// Unit: the small HTTP rules of the server — language negotiation, ETag matching, cursors.

#include "http/HttpReply.h"
#include "http/ListQuery.h"

#include <QTest>

using namespace ov::server;

class TestHttpHelpers : public QObject
{
    Q_OBJECT

private slots:
    void language_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none: Spanish first") << ""
                                             << "es";
        QTest::newRow("en-US") << "en-US,en;q=0.9"
                               << "en";
        QTest::newRow("es-CO") << "es-CO"
                               << "es";
        QTest::newRow("q decides") << "en;q=0.4,es-MX;q=0.8"
                                   << "es";
        QTest::newRow("unsupported only") << "fr-FR,de"
                                          << "es";
        QTest::newRow("unsupported first") << "fr,en;q=0.5"
                                           << "en";
    }
    void language()
    {
        QFETCH(QString, header);
        QFETCH(QString, expected);
        QCOMPARE(http::languageFor(header), expected);
    }

    void etags()
    {
        const QString etag = http::etagFor("{\"items\":[]}");
        QVERIFY(etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')));
        QCOMPARE(etag, http::etagFor("{\"items\":[]}"));
        QVERIFY(etag != http::etagFor("{\"items\":[1]}"));
        QVERIFY(http::etagMatches(etag, etag));
        QVERIFY(http::etagMatches(QStringLiteral("\"x\", ") + etag, etag));
        QVERIFY(http::etagMatches(QStringLiteral("W/") + etag, etag));
        QVERIFY(http::etagMatches(QStringLiteral("*"), etag));
        QVERIFY(!http::etagMatches(QString(), etag));
        QVERIFY(!http::etagMatches(QStringLiteral("\"other\""), etag));
    }
};

QTEST_GUILESS_MAIN(TestHttpHelpers)
#include "tst_http_helpers.moc"
