// Integration: the client core (ApiClient, Cache, SyncEngine, Outbox) against a real ov-server
// behind a TCP proxy that misbehaves on demand — connections reset, hung, trickled a byte at a
// time, cut in the middle of an answer, storms of 503 and 429 with Retry-After. For each fault,
// during a full sync and during an outbox send (linking a contract): the failure is reported
// with its kind, nothing queued is lost or sent twice (the contract is linked once, the answer
// replayed when the first was lost), and once the network behaves the next sync succeeds and
// the cache equals what the server serves.

#include "ProxiedClientCore.h"

#include "contracts/ContractAudit.h"
#include "data/ContractRepository.h"
#include "outbox/Outbox.h"
#include "sync/SyncEngine.h"
#include "sync/SyncWrite.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;
using test::ServerFixture;
using test::TcpProxy;

namespace {

// Andrés Muñoz Zapata's bill (a demo customer without an account).
const QJsonObject kProof{{QStringLiteral("customerType"), QStringLiteral("individual")},
                         {QStringLiteral("reference"), QStringLiteral("100000301")},
                         {QStringLiteral("meterNumber"), QStringLiteral("EDV-683619")},
                         {QStringLiteral("paternalSurname"), QStringLiteral("Muñoz")},
                         {QStringLiteral("maternalSurname"), QStringLiteral("Zapata")}};

enum class Kind
{
    Reset,
    Hang,
    Trickle,
    Storm503,
    Storm429,
    Cut,
    CutHandshake // over TLS: the server's first flight cut short
};

// OV_FAULTS_TLS=1 (ctest integration_fault_injection_tls): the server speaks HTTPS with a
// self-signed certificate the client trusts, and the handshake itself is one of the faults.
bool overTls()
{
    return qEnvironmentVariableIntValue("OV_FAULTS_TLS") != 0;
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestFaultInjection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; // the test's certificate
    std::unique_ptr<test::ProxiedClientCore> m_core;
    std::unique_ptr<Outbox> m_outbox;
    QString m_andres; // his contract's id

    QString access() { return m_core->accessToken(); }

    void inject(Kind kind, int count)
    {
        // New connections from here on: a kept-alive one would go round the faults.
        m_core->nam().clearConnectionCache();
        switch (kind) {
        case Kind::Reset:
            return m_core->proxy().injectFaults(TcpProxy::Fault::Reset, count);
        case Kind::Hang:
            return m_core->proxy().injectFaults(TcpProxy::Fault::Hang, count);
        case Kind::Trickle:
            return m_core->proxy().injectFaults(TcpProxy::Fault::Trickle, count, 0, 0, 40);
        case Kind::Storm503:
            return m_core->proxy().injectFaults(TcpProxy::Fault::HttpStatus, count, 503, 1);
        case Kind::Storm429:
            return m_core->proxy().injectFaults(TcpProxy::Fault::HttpStatus, count, 429, 1);
        case Kind::Cut:
            // The status line and a little more (over TLS: past the handshake, about 2 KB).
            return m_core->proxy().cutAfter(overTls() ? 3000 : 40);
        case Kind::CutHandshake: // inside the ServerHello and the certificate
            return m_core->proxy().injectFaults(TcpProxy::Fault::CutHandshake, count, 0, 0, 0, 100);
        }
    }
    void heal()
    {
        m_core->proxy().clearFaults();
        m_core->proxy().cutAfter(-1);
        m_core->nam().clearConnectionCache(); // no connection opened during the fault is reused
    }
    static bool describesFault(Kind kind, const ApiError &e)
    {
        switch (kind) {
        case Kind::Reset: // said as "cannot reach the server", as when offline
            return e.isOffline();
        case Kind::Cut:
            return e.isOffline() || e.kind == ApiError::Kind::InvalidResponse;
        case Kind::CutHandshake: // "no secure connection" or "cannot reach the server"
            return e.kind == ApiError::Kind::Tls || e.isOffline();
        case Kind::Hang:
        case Kind::Trickle:
            return e.kind == ApiError::Kind::Timeout;
        case Kind::Storm503:
            return e.kind == ApiError::Kind::Http && e.status == 503;
        case Kind::Storm429:
            return e.kind == ApiError::Kind::Http && e.status == 429 && e.retryAfterSeconds == 1;
        }
        return false;
    }

    bool syncOnce(int timeoutMs = 30000)
    {
        QSignalSpy finished(&m_core->sync(), &SyncEngine::finished);
        m_core->sync().syncNow();
        return finished.wait(timeoutMs) && finished.first().first().toBool();
    }
    void forgetPosition() // the next run is a full sync
    {
        m_core->cache()
            .run([c = &m_core->cache()] {
                SyncPosition p = c->syncPosition();
                p.token.clear();
                p.more = false;
                return c->apply({}, p, false);
            })
            .waitForFinished();
    }
    void compareWithServer()
    {
        const QString token = access();
        QList<Contract> server;
        for (const QJsonObject &o :
             m_core->server().collection(QStringLiteral("/api/v1/contracts"), token))
            server << *Contract::fromJson(o);
        const QList<Contract> cached =
            m_core->cache().run([c = &m_core->cache()] { return c->contracts(); }).result();
        QCOMPARE(cached, server);
        for (const Contract &c : std::as_const(server)) {
            const auto invoices = m_core->server().collection(
                QStringLiteral("/api/v1/contracts/%1/invoices").arg(c.id), token);
            const qsizetype mine = m_core->cache()
                                       .run([cache = &m_core->cache(), id = c.id] {
                                           return cache->invoices(id).size();
                                       })
                                       .result();
            QCOMPARE(mine, invoices.size());
        }
    }
    int linkAudits()
    {
        QSqlDatabase conn = m_core->server().db().database().connection();
        int n = 0;
        for (const auto &e : server::ContractAudit::list(conn, m_andres)
                                 .value_or(QList<server::ContractAudit::Entry>()))
            n += e.field == QLatin1StringView("link") ? 1 : 0;
        return n;
    }
    void unlinkAndres()
    {
        server::SyncWrite write(m_core->server().db().database());
        server::ContractRepository::unlink(write, m_core->userId(), m_andres,
                                           m_core->server().clock().now());
        QVERIFY(write.commit());
    }

private slots:
    void initTestCase()
    {
        QString cert;
        QString key;
        if (overTls()) {
            cert = m_dir.filePath(QStringLiteral("cert.pem"));
            key = m_dir.filePath(QStringLiteral("key.pem"));
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"),
                           QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                           QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                           QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                           QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
            QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
            // Trusted the way an OS store would trust it, for this process only.
            QFile pem(cert);
            QVERIFY(pem.open(QIODevice::ReadOnly));
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificates(QSslCertificate::fromData(pem.readAll()));
            QSslConfiguration::setDefaultConfiguration(ssl);
        }
        m_core = std::make_unique<test::ProxiedClientCore>(test::ProxiedClientCore::Options{
            QStringLiteral("demo"), QStringLiteral("Demo-2026"), QStringLiteral("faults"),
            2500, // a hung or trickling answer gives up soon
            cert, key});
        QString error;
        QVERIFY2(m_core->start(&error), qPrintable(error));
        QSqlQuery q(m_core->server().db().database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM contracts WHERE number = '100000301'")) &&
                q.next());
        m_andres = q.value(0).toString();
        m_core->sync().setPageSize(40); // several pages: faults land between them too
        m_outbox = std::make_unique<Outbox>(&m_core->api());
        m_outbox->setBackoff(100, 400);
        m_outbox->setCache(&m_core->cache());
        QTRY_VERIFY(m_outbox->isLoaded());
        QVERIFY(syncOnce());
        compareWithServer();
    }

    void cleanupTestCase()
    {
        m_outbox.reset();
        m_core.reset();
    }

    void faults_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("connection reset") << Kind::Reset;
        QTest::newRow("server hangs") << Kind::Hang;
        QTest::newRow("answer trickles") << Kind::Trickle;
        // The storms are answered by the proxy in plain HTTP: over TLS they would be a
        // terminator's answers inside the TLS session, the same to the client as the plain run.
        if (!overTls()) {
            QTest::newRow("503 storm") << Kind::Storm503;
            QTest::newRow("429 storm") << Kind::Storm429;
        }
        QTest::newRow("cut mid-answer") << Kind::Cut;
        if (overTls())
            QTest::newRow("TLS handshake cut") << Kind::CutHandshake;
    }

    void aFullSyncSurvivesEachFault_data() { faults_data(); }
    void aFullSyncSurvivesEachFault()
    {
        QFETCH(Kind, kind);
        forgetPosition();
        // Every connection faulty until healed (a cut is once: the run may get past it).
        inject(kind, 1000);
        const bool ok = syncOnce(60000);
        if (kind != Kind::Cut || !ok) {
            QVERIFY(!ok);
            QVERIFY(m_core->sync().lastError());
            QVERIFY2(describesFault(kind, *m_core->sync().lastError()),
                     qPrintable(m_core->sync().lastError()->describe()));
        }
        heal();
        QVERIFY2(syncOnce() || syncOnce(),
                 qPrintable(m_core->sync().lastError() ? m_core->sync().lastError()->describe()
                                                       : QString()));
        compareWithServer();
    }

    void anOutboxSendSurvivesEachFault_data() { faults_data(); }
    void init()
    {
        heal();
        // Each case starts with Andrés's contract not in the account, whatever the last did.
        QSqlQuery q(m_core->server().db().database().connection());
        q.prepare(QStringLiteral("SELECT 1 FROM user_contracts WHERE user_id = :u AND"
                                 " contract_id = :c"));
        q.bindValue(QStringLiteral(":u"), m_core->userId());
        q.bindValue(QStringLiteral(":c"), m_andres);
        if (q.exec() && q.next())
            unlinkAndres();
        for (const OutboxEntry &e : m_outbox->entries())
            m_outbox->dismiss(e.id);
    }

    void anOutboxSendSurvivesEachFault()
    {
        QFETCH(Kind, kind);
        const int before = linkAudits();
        QSignalSpy delivered(m_outbox.get(), &Outbox::delivered);
        QSignalSpy rejected(m_outbox.get(), &Outbox::rejected);
        inject(kind, 1000);
        OutboxEntry e;
        e.action = QStringLiteral("contract.link");
        e.path = QStringLiteral("/contracts/links");
        e.body = QJsonDocument(kProof).toJson(QJsonDocument::Compact);
        m_outbox->enqueue(e);
        // A cut or trickled answer: the server took the request and its answer is lost; the
        // outbox sends it again, with the same key, and the server replays its answer.
        // (Over TLS a trickle starts with the handshake: the request never gets through.)
        const bool serverTookIt = kind == Kind::Cut || (kind == Kind::Trickle && !overTls());
        if (kind != Kind::Cut) {
            // It fails, and stays: waiting to be sent again, with why.
            QTRY_VERIFY_WITH_TIMEOUT(
                !m_outbox->entries().isEmpty() && m_outbox->entries().first().attempts >= 1, 20000);
            QCOMPARE(m_outbox->entries().size(), qsizetype(1));
            QCOMPARE(m_outbox->entries().first().state, OutboxEntry::State::Pending);
            QVERIFY(!m_outbox->entries().first().lastError.isEmpty());
            QCOMPARE(rejected.count(), 0);
            QCOMPARE(linkAudits(), serverTookIt ? before + 1 : before);
        }
        heal();
        m_outbox->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 30000);
        QTRY_VERIFY(m_outbox->entries().isEmpty());
        QCOMPARE(rejected.count(), 0);      // not "already linked": a lost answer was replayed
        QCOMPARE(linkAudits(), before + 1); // linked exactly once
        QVERIFY(syncOnce() || syncOnce());
        compareWithServer();
        QVERIFY(m_core->cache()
                    .run([c = &m_core->cache()] { return c->contracts(); })
                    .result()
                    .contains(*Contract::fromJson(
                        m_core->server()
                            .get(QStringLiteral("/api/v1/contracts/") + m_andres, access())
                            .json())));
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_fault_injection.moc"
