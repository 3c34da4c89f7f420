// Integration: invoice PDFs from the client core against a real `ov-server --demo` — downloaded
// once into the user's cache folder (private), reused with If-None-Match (304) on the next
// view, a year of them saved as <contract>-<period>.pdf with progress, and the save cancelled
// half-way keeps what it saved and says so.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "invoices/InvoiceDocuments.h"
#include "invoices/InvoiceHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ov;

class TestClientInvoices : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;
    std::unique_ptr<test::ClientFixture> m_client;
    Contract m_contract;
    InvoiceHistory m_history{{}};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .removeRecursively();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<test::ClientFixture>(
            m_home.path(), m_server.baseUrl(), QStringLiteral("Oficina Virtual invoice tests"));
        AppController *app = m_client->app();
        app->chooseProfile(QStringLiteral("demo-electricity-co"));
        bool done = false;
        app->signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"), false,
                    [&](const AuthSession::Outcome &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QSignalSpy finished(app->sync(), &SyncEngine::finished);
        QVERIFY(finished.wait(30000));
        m_contract = app->cache()->contracts().first();
        m_history = InvoiceHistory(app->cache()->invoices(m_contract.id));
        QCOMPARE(m_history.invoices().size(), 36);
    }
    void cleanupTestCase() { m_client.reset(); }

    void aPdfIsDownloadedOnceAndKept()
    {
        InvoiceDocuments docs(m_client->app());
        QSignalSpy ready(&docs, &InvoiceDocuments::ready);
        const Invoice &invoice = *m_history.latest();
        docs.fetch(invoice);
        QVERIFY(ready.wait(20000));
        const QString path = ready.first().at(1).toString();
        QCOMPARE(path, docs.pathFor(invoice.id));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        // Next time: the kept copy, confirmed by a 304.
        QCOMPARE(docs.notModifiedCount(), 0);
        docs.fetch(invoice);
        QVERIFY(ready.wait(20000));
        QCOMPARE(docs.notModifiedCount(), 1);
        QCOMPARE(ready.last().at(1).toString(), path);
        // It lives with the user's cache, so it goes when the cache goes.
        QVERIFY(path.startsWith(QFileInfo(m_client->app()->cache()->path()).absolutePath()));
    }

    void aYearIsSavedWithProgress()
    {
        InvoiceDocuments docs(m_client->app());
        QTemporaryDir out;
        const int year = m_history.years().at(1); // a whole year
        const QList<Invoice> invoices = m_history.ofYear(year);
        QCOMPARE(invoices.size(), 12);
        QSignalSpy progress(&docs, &InvoiceDocuments::progress);
        QSignalSpy finished(&docs, &InvoiceDocuments::exportFinished);
        docs.exportAll(invoices, m_contract.number, out.path());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toInt(), 12);
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 12);
        QCOMPARE(progress.size(), 13);
        for (const Invoice &i : invoices) {
            QFile f(QDir(out.path())
                        .filePath(m_contract.number + QLatin1Char('-') + i.period +
                                  QStringLiteral(".pdf")));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            QVERIFY(f.read(5) == "%PDF-");
        }
    }

    void aCancelledSaveKeepsWhatItSaved()
    {
        InvoiceDocuments docs(m_client->app());
        QTemporaryDir out;
        const QList<Invoice> invoices = m_history.ofYear(m_history.years().at(2));
        QSignalSpy finished(&docs, &InvoiceDocuments::exportFinished);
        connect(&docs, &InvoiceDocuments::progress, &docs, [&docs](int done, int) {
            if (done == 3)
                docs.cancelExport();
        });
        docs.exportAll(invoices, m_contract.number, out.path());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toInt(), 3);
        QCOMPARE(finished.first().at(2).toString(), QString()); // cancelled, not failed
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 3);
        QVERIFY(!docs.isExporting());
    }
};

QTEST_GUILESS_MAIN(TestClientInvoices)
#include "tst_client_invoices.moc"
