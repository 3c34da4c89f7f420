// Integration: TLS is verified for real against ov-server serving HTTPS with a self-signed
// certificate — untrusted is refused (never ignored), trusted works, and a profile's SPKI pin
// (computed here with the openssl CLI, the way a utility would publish it) must match.

#include "ServerProcess.h"

#include "api/ApiClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_pin;

    static bool run(const QString &shell, QString *out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), shell});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("%s: %s", qPrintable(shell), p.readAllStandardError().constData());
            return false;
        }
        if (out)
            *out = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
        return true;
    }

    ApiResult config(const QString &pin)
    {
        QNetworkAccessManager nam;
        ApiClient api(&nam);
        UtilityProfile p;
        p.id = QStringLiteral("tls");
        p.baseUrl = m_server.baseUrl();
        p.spkiSha256 = pin;
        api.setProfile(p);
        ApiResult result;
        bool done = false;
        api.send(ApiCall::get(QStringLiteral("/config")), this, [&](const ApiResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.error =
                ApiError{ApiError::Kind::Cancelled, 0, {}, QStringLiteral("test timeout"), -1};
        return result;
    }

private slots:
    void initTestCase()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(run(
            QStringLiteral("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
                           "-addext subjectAltName=IP:127.0.0.1 -keyout '%1' -out '%2' 2>/dev/null")
                .arg(key, cert)));
        QVERIFY(run(QStringLiteral(
                        "openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der | "
                        "openssl dgst -sha256 -binary | base64")
                        .arg(cert),
                    &m_pin));
        QCOMPARE(m_pin.size(), 44);
        m_server.setExtraArguments(
            {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(m_server.baseUrl().scheme(), QStringLiteral("https"));
    }

    void untrustedCertificateIsRefused()
    {
        const ApiResult r = config({});
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, ApiError::Kind::Tls);
    }

    void trustedCertificateWorksAndThePinIsChecked()
    {
        // Trust the certificate the way an OS store would (for this process only).
        QFile f(m_dir.filePath(QStringLiteral("cert.pem")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromData(f.readAll()));
        QSslConfiguration::setDefaultConfiguration(ssl);

        const ApiResult plain = config({});
        QVERIFY2(plain.ok(), qPrintable(plain.error ? plain.error->describe() : QString()));
        QCOMPARE(plain.status, 200);

        const ApiResult pinned = config(m_pin);
        QVERIFY2(pinned.ok(), qPrintable(pinned.error ? pinned.error->describe() : QString()));

        QString wrong = m_pin;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const ApiResult mismatch = config(wrong);
        QVERIFY(mismatch.error);
        QCOMPARE(mismatch.error->kind, ApiError::Kind::Tls);
        QVERIFY(mismatch.body.isEmpty()); // nothing was read from an impostor
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
