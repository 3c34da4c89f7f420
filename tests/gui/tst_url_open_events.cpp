// GUI: macOS delivers oficinavirtual: links to the running app as QFileOpenEvent; the filter
// main.cpp installs turns exactly those into urlOpened() (and leaves files and other schemes to
// Qt). Sent here through the real application object, as the Cocoa plugin sends them.

#include "platform/UrlOpenEvents.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTest>

using namespace ov;

class TestUrlOpenEvents : public QObject
{
    Q_OBJECT

private slots:
    void linksOfOurSchemeAreTakenOthersAreNot()
    {
        UrlOpenEvents filter;
        qApp->installEventFilter(&filter);
        QSignalSpy opened(&filter, &UrlOpenEvents::urlOpened);

        const QUrl link(QStringLiteral("oficinavirtual://activate?code=ABCD-EFGH"));
        QFileOpenEvent ours(link);
        QVERIFY(QCoreApplication::sendEvent(qApp, &ours)); // taken by the filter
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toUrl(), link);

        QFileOpenEvent file(QStringLiteral("/tmp/factura.pdf"));
        QCoreApplication::sendEvent(qApp, &file);
        QFileOpenEvent web(QUrl(QStringLiteral("https://example.com/oficinavirtual://x")));
        QCoreApplication::sendEvent(qApp, &web);
        QCOMPARE(opened.count(), 1);

        qApp->removeEventFilter(&filter);
        QFileOpenEvent after(link);
        QCoreApplication::sendEvent(qApp, &after);
        QCOMPARE(opened.count(), 1);
    }

    void acceptsOnlyValidLinksOfTheScheme()
    {
        QVERIFY(UrlOpenEvents::accepts(QUrl(QStringLiteral("oficinavirtual://reset?code=1"))));
        QVERIFY(!UrlOpenEvents::accepts(QUrl(QStringLiteral("http://oficinavirtual/"))));
        QVERIFY(!UrlOpenEvents::accepts(QUrl()));
    }
};

QTEST_MAIN(TestUrlOpenEvents)
#include "tst_url_open_events.moc"
