// Server: email really leaves over SMTP — through a local aiosmtpd sink that demands STARTTLS
// (Debian's python3-aiosmtpd) — when ov-server runs with --smtp.

#include "ServerFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;
using test::ServerFixture;

class TestServerSmtp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sink;
    int m_port = 0;

    static bool shell(const QString &command)
    {
        QProcess p;
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(shell(
            QStringLiteral("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
                           "-addext subjectAltName=IP:127.0.0.1 -keyout '%1' -out '%2' 2>/dev/null")
                .arg(key, cert)));
        {
            QTcpServer probe; // a free port for the sink
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                                   ? QStringLiteral("/usr/bin/python3")
                                   : QStringLiteral("python3");
        m_sink.setProcessChannelMode(QProcess::ForwardedChannels);
        m_sink.start(python,
                     {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                      QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                      QStringLiteral("--tlscert"), cert, QStringLiteral("--tlskey"), key,
                      QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"),
                      m_dir.filePath(QStringLiteral("maildir"))});
        QVERIFY2(m_sink.waitForStarted(10000), "python3 -m aiosmtpd (package python3-aiosmtpd)");
        QTRY_VERIFY_WITH_TIMEOUT(([this] {
                                     QTcpSocket s;
                                     s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
                                     return s.waitForConnected(200);
                                 }()),
                                 20000);
    }

    void cleanupTestCase()
    {
        m_sink.terminate();
        m_sink.waitForFinished(5000);
    }

    void resetCodeArrivesOverStartTls()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const int port = m_port;
        ServerFixture f(
            QStringLiteral("electricity-co"), true, [port, cert](server::ServerSettings &s) {
                s.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
                s.smtpCaFile = cert; // the sink's certificate is verified, not ignored
                s.mailFrom = QStringLiteral("Energía del Valle <no-reply@energiadelvalle.example>");
            });
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/password-resets"),
                            {{QStringLiteral("login"), QStringLiteral("demo")}})
                     .status,
                 202);
        QVERIFY(f.emails().isEmpty()); // nothing in the outbox: it went over the wire

        const QDir maildir(m_dir.filePath(QStringLiteral("maildir/new")));
        QTRY_VERIFY_WITH_TIMEOUT(!maildir.entryList(QDir::Files).isEmpty(), 20000);
        QFile message(maildir.filePath(maildir.entryList(QDir::Files).first()));
        QVERIFY(message.open(QIODevice::ReadOnly));
        const QString text = ServerFixture::decodeQuotedPrintable(message.readAll());
        QVERIFY(text.contains(QLatin1StringView("To: demo@example.com")));
        QVERIFY(text.contains(QStringLiteral("Su código para elegir una nueva contraseña es:")));
        static const QRegularExpression code(
            QStringLiteral("^\\s+([A-Z2-7]{4}(-[A-Z2-7]{4}){7})\\s*$"),
            QRegularExpression::MultilineOption);
        const QString sent = code.match(text).captured(1);
        QVERIFY(!sent.isEmpty());
        // And the code works.
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/password-resets/confirm"),
                            {{QStringLiteral("code"), sent},
                             {QStringLiteral("password"), QStringLiteral("Nueva-Clave-77")}})
                     .status,
                 204);
    }
};

QTEST_GUILESS_MAIN(TestServerSmtp)
#include "tst_server_smtp.moc"
