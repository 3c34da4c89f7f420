// Integration: requests and notifications reach the client core through the one sync protocol —
// a request filed with two attachments (over HTTP, as any client files it) is in the cache with
// its legal deadline after a sync; the back office answers it with `ov-server admin answer`;
// the next sync brings the answer in the thread and a "request answered" notification. And a
// request filed in the app while the server is down waits in the outbox with its files,
// survives the app closing, and is filed exactly once when the server is back. Attachments are
// downloaded only on demand, kept privately and saved where the user says; the public contact
// form is checked here first, filed by the server, and filed once when sent again.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "cache/Cache.h"
#include "domain/BusinessCalendar.h"
#include "outbox/Outbox.h"
#include "requests/ContactForm.h"
#include "requests/RequestAttachments.h"
#include "requests/RequestsController.h"
#include "sync/SyncEngine.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <httplib.h>

using namespace ov;

static constexpr const char *kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

class TestClientRequests : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;

    static bool signIn(test::ClientFixture &c)
    {
        c.app()->setSyncRetryDelays(1, 2);
        c.app()->outbox()->setBackoff(200, 1000);
        c.app()->chooseProfile(QStringLiteral("demo-electricity-co"));
        bool done = false;
        std::optional<ApiError> error;
        c.app()->signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"), true,
                        [&](const AuthSession::Outcome &o) {
                            error = o.error;
                            done = true;
                        });
        return QTest::qWaitFor([&] { return done; }, 20000) && !error;
    }

    static bool waitForSync(test::ClientFixture &c)
    {
        QSignalSpy finished(c.app()->sync(), &SyncEngine::finished);
        return finished.wait(30000) && finished.first().first().toBool();
    }

    // Files a request with a photo and a PDF, as the server's API takes it; its JSON.
    QJsonObject fileRequest()
    {
        httplib::Client http("127.0.0.1", m_server.port());
        const auto session = http.Post(
            "/api/v1/sessions", R"({"login":"demo","password":"Demo-2026"})", "application/json");
        if (!session || session->status != 201)
            return {};
        const QString token = QJsonDocument::fromJson(QByteArray::fromStdString(session->body))
                                  .object()
                                  .value(QLatin1StringView("accessToken"))
                                  .toString();
        QImage img(32, 32, QImage::Format_RGB32);
        img.fill(Qt::darkGreen);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        img.save(&png, "PNG");
        const std::string pdf = kPdf;
        const httplib::MultipartFormDataItems form{
            {"request",
             R"({"categoryId":"general_query","subject":"Cambio de titular",)"
             R"("description":"Quiero poner el contrato a nombre de mi hija."})",
             "", "application/json"},
            {"attachments", png.data().toStdString(), "medidor.png", "image/png"},
            {"attachments", pdf, "cedula.pdf", "application/pdf"}};
        const httplib::Headers headers{
            {"Authorization", "Bearer " + token.toStdString()},
            {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}};
        const auto r = http.Post("/api/v1/requests", headers, form);
        if (!r || r->status != 201)
            return {};
        return QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void answerAndNotificationArriveThroughSync()
    {
        test::ClientFixture c(m_home.path(), m_server.baseUrl(),
                              QStringLiteral("Oficina Virtual request tests"));
        c.app()->setSyncRetryDelays(1, 2);
        c.app()->chooseProfile(QStringLiteral("demo-electricity-co"));
        bool done = false;
        std::optional<ApiError> signInError;
        c.app()->signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"), true,
                        [&](const AuthSession::Outcome &o) {
                            signInError = o.error;
                            done = true;
                        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000) && !signInError);
        QVERIFY(waitForSync(c));

        const QJsonObject filed = fileRequest();
        QVERIFY(!filed.isEmpty());
        const QString id = filed.value(QLatin1StringView("id")).toString();
        const QString number = filed.value(QLatin1StringView("number")).toString();

        c.app()->sync()->syncNow();
        QVERIFY(waitForSync(c));
        QList<ServiceRequest> cached = c.app()->cache()->requests();
        QCOMPARE(cached.size(), 1);
        QCOMPARE(cached.first().id, id);
        QCOMPARE(cached.first().status, QStringLiteral("filed"));
        QCOMPARE(cached.first().messages.first().attachments.size(), 2);
        const QDate today =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Bogota")).date();
        QCOMPARE(cached.first().answerDueDate,
                 BusinessCalendar(QStringLiteral("CO")).addBusinessDays(today, 15));

        // The back office answers.
        QProcess admin;
        admin.start(QStringLiteral(OV_SERVER_BIN),
                    {QStringLiteral("admin"), QStringLiteral("answer"), number,
                     QStringLiteral("Puede hacerlo en cualquier oficina con la cédula de ambas."),
                     QStringLiteral("--data-dir"), m_server.dataDir()});
        QVERIFY(admin.waitForFinished(30000));
        QCOMPARE(admin.exitCode(), 0);

        c.app()->sync()->syncNow();
        QVERIFY(waitForSync(c));
        cached = c.app()->cache()->requests();
        QCOMPARE(cached.size(), 1);
        QCOMPARE(cached.first().status, QStringLiteral("answered"));
        QCOMPARE(cached.first().messages.size(), 2);
        QCOMPARE(cached.first().messages.last().author, QStringLiteral("utility"));
        const QList<Notification> notes = c.app()->cache()->notifications();
        const auto answered = std::find_if(notes.begin(), notes.end(), [&](const Notification &n) {
            return n.kind == QLatin1StringView("request_answered") && n.linkId == id;
        });
        QVERIFY(answered != notes.end());
        QVERIFY(!answered->isRead());
        QCOMPARE(answered->params.value(QLatin1StringView("requestNumber")).toString(), number);

        // The PDF, on demand: kept privately under its id, the bytes the customer sent.
        const QList<RequestAttachment> files = cached.first().messages.first().attachments;
        const auto pdf = std::find_if(files.begin(), files.end(), [](const RequestAttachment &a) {
            return a.fileName == QLatin1StringView("cedula.pdf");
        });
        QVERIFY(pdf != files.end());
        RequestAttachments attachments(c.app());
        QSignalSpy ready(&attachments, &RequestAttachments::ready);
        QSignalSpy failed(&attachments, &RequestAttachments::failed);
        attachments.fetch(id, *pdf);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count() + failed.count(), 1, 15000);
        QCOMPARE(failed.count(), 0);
        const QString kept = ready.first().at(1).toString();
        QCOMPARE(kept, attachments.pathFor(*pdf));
        QVERIFY(!kept.contains(QLatin1StringView("cedula")));
        QFile keptFile(kept);
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), QByteArray(kPdf));
#ifdef Q_OS_UNIX
        QCOMPARE(keptFile.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
#endif
        QTemporaryDir target;
        QSignalSpy saved(&attachments, &RequestAttachments::saved);
        const QString copy = target.filePath(QStringLiteral("copia.pdf"));
        attachments.saveAs(id, *pdf, copy);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QCOMPARE(saved.first().at(2).toBool(), true);
        QFile copied(copy);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), QByteArray(kPdf));
    }

    void contactFormIsCheckedFiledAndFiledOnce()
    {
        test::ClientFixture c(m_home.path(), m_server.baseUrl(),
                              QStringLiteral("Oficina Virtual request tests"));
        c.app()->chooseProfile(QStringLiteral("demo-electricity-co"));
        QTRY_VERIFY_WITH_TIMEOUT(c.app()->config().has_value(), 15000);
        ContactForm form(c.app());
        std::optional<ContactForm::Outcome> outcome;
        auto done = [&](const ContactForm::Outcome &o) {
            outcome = o;
        };

        // Checked here first: nothing is sent for a bad address.
        form.send({QStringLiteral("Rosa Díaz"), QStringLiteral("rosa@"),
                   QStringLiteral("general_query"), QStringLiteral("¿Cómo cambio el titular?")},
                  done);
        QVERIFY(outcome.has_value());
        QCOMPARE(outcome->errors.size(), 1);
        QCOMPARE(outcome->errors.first().field, QStringLiteral("email"));

        const ContactForm::Message message{
            QStringLiteral("Rosa Díaz"), QStringLiteral("rosa@example.com"),
            QStringLiteral("general_query"), QStringLiteral("¿Cómo cambio el titular?")};
        outcome.reset();
        form.send(message, done);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY(outcome->errors.isEmpty());
        QVERIFY(!outcome->error);
        QVERIFY(!outcome->ticket.isEmpty());
        const QDate today =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Bogota")).date();
        QCOMPARE(outcome->answerDueDate,
                 BusinessCalendar(QStringLiteral("CO")).addBusinessDays(today, 15));
        const QString ticket = outcome->ticket;

        // Sent again unchanged (as after a failure that did reach the server): the same filing.
        outcome.reset();
        form.send(message, done);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QCOMPARE(outcome->ticket, ticket);
        // A different message is a new one.
        outcome.reset();
        form.send({message.name, message.email, message.categoryId,
                   QStringLiteral("Y también el correo de la factura.")},
                  done);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY(!outcome->ticket.isEmpty());
        QVERIFY(outcome->ticket != ticket);
    }

    void filedOfflineSurvivesARestartAndIsFiledOnce()
    {
        QTemporaryDir files;
        QImage img(40, 30, QImage::Format_RGB32);
        img.fill(Qt::red);
        const QString photo = files.filePath(QStringLiteral("medidor.jpg"));
        QVERIFY(img.save(photo, "JPEG"));
        const QString doc = files.filePath(QStringLiteral("recibo.pdf"));
        {
            QFile f(doc);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        }
        const QString subject = QStringLiteral("Lectura estimada muy alta");
        {
            test::ClientFixture c(m_home.path(), m_server.baseUrl(),
                                  QStringLiteral("Oficina Virtual request tests"));
            QVERIFY(signIn(c));
            QVERIFY(waitForSync(c));
            const QString contract = c.app()->cache()->contracts().first().id;
            m_server.stop();
            RequestsController requests(c.app());
            // A file that is not what its name says is refused before anything is queued.
            const QString fake = files.filePath(QStringLiteral("factura.pdf"));
            {
                QFile f(fake);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(QByteArray("MZ\x90\x00", 4) + QByteArray(64, '\0'));
            }
            std::optional<QList<FieldError>> refused;
            requests.file({QStringLiteral("high_consumption"),
                           contract,
                           subject,
                           QStringLiteral("Me cobraron el doble."),
                           {fake}},
                          [&](const QList<FieldError> &e) { refused = e; });
            QTRY_VERIFY(refused.has_value());
            QCOMPARE(refused->size(), 1);
            QCOMPARE(refused->first().code, QStringLiteral("unsupported_type"));
            std::optional<QList<FieldError>> saved;
            requests.file({QStringLiteral("high_consumption"),
                           contract,
                           subject,
                           QStringLiteral("Me cobraron el doble."),
                           {photo, doc}},
                          [&](const QList<FieldError> &e) { saved = e; });
            QTRY_VERIFY(saved.has_value());
            QVERIFY(saved->isEmpty());
            const auto pending = requests.pending();
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.first().subject, subject);
            QCOMPARE(pending.first().fileNames,
                     (QStringList{QStringLiteral("medidor.jpg"), QStringLiteral("recibo.pdf")}));
        } // the app closes with the request unsent
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        test::ClientFixture c(m_home.path(), m_server.baseUrl(),
                              QStringLiteral("Oficina Virtual request tests"));
        QVERIFY(signIn(c));
        RequestsController requests(c.app());
        QTRY_VERIFY_WITH_TIMEOUT(requests.pending().isEmpty() && c.app()->outbox()->isLoaded(),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto list = c.app()->cache()->requests();
                return std::count_if(list.begin(), list.end(), [&](const ServiceRequest &r) {
                           return r.subject == subject;
                       }) == 1;
            }(),
            30000);
        requests.reload();
        QTRY_VERIFY(!requests.requests().isEmpty());
        const auto mine =
            std::find_if(requests.requests().begin(), requests.requests().end(),
                         [&](const ServiceRequest &r) { return r.subject == subject; });
        QVERIFY(mine != requests.requests().end());
        QCOMPARE(mine->messages.first().attachments.size(), 2);
        QCOMPARE(requests.urgency(*mine), RequestsController::Urgency::OnTime); // 15 days left
        QVERIFY(requests.businessDaysLeft(*mine) > RequestsController::kSoonDays);
    }
};

QTEST_GUILESS_MAIN(TestClientRequests)
#include "tst_client_requests.moc"
