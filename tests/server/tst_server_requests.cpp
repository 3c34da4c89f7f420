// Server: requests and complaints (PQRS) — filing as multipart/form-data with the filing number
// and the legal deadline in business days, Idempotency-Key required and honoured; attachments
// checked by content (an executable named .pdf, a PNG signature followed by garbage: refused),
// their size limits (one file, all of them); downloads only by their owner, as attachments;
// another user's request 404; the thread (reply, the back office's answer through
// `ov-server admin answer`, reopen, close → 409); requests through the sync feed; the public
// contact form with its receipt email and its throttles.

#include "ServerFixture.h"

#include "admin/AdminCommand.h"
#include "domain/BusinessCalendar.h"
#include "domain/ServiceRequest.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {

struct Part
{
    QByteArray name;
    QByteArray fileName;
    QByteArray type;
    QByteArray bytes;
};

const QByteArray kBoundary = "----ov-test-boundary-7f3a";

QByteArray multipart(const QList<Part> &parts)
{
    QByteArray out;
    for (const Part &p : parts) {
        out += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + p.name + "\"";
        if (!p.fileName.isEmpty())
            out += "; filename=\"" + p.fileName + "\"";
        out += "\r\nContent-Type: " + p.type + "\r\n\r\n" + p.bytes + "\r\n";
    }
    return out + "--" + kBoundary + "--\r\n";
}

Part json(const char *name, const QJsonObject &o)
{
    return {name, {}, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

QByteArray image(const char *format)
{
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(QColor(30, 120, 200));
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    img.save(&b, format);
    return b.data();
}

QByteArray pdf(qsizetype padTo = 0)
{
    QByteArray p = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                   "trailer << /Root 1 0 R >>\n";
    if (padTo > p.size())
        p += QByteArray(padTo - p.size() - 6, ' ');
    return p + "%%EOF\n";
}

httplib::Headers keyed(const QString &key = {})
{
    return {
        {"Idempotency-Key",
         (key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key).toStdString()}};
}

const char *kForm = "multipart/form-data; boundary=----ov-test-boundary-7f3a";

} // namespace

class TestServerRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    QString m_demo;
    QString m_other;
    QString m_contract; // one of demo's

    Reply file(const QList<Part> &parts, const QString &token, const QString &key = {})
    {
        return m_f->post(QStringLiteral("/api/v1/requests"), multipart(parts), token, kForm,
                         keyed(key));
    }
    QJsonObject request(const QString &category, const QString &contract = {})
    {
        QJsonObject o{{QStringLiteral("categoryId"), category},
                      {QStringLiteral("subject"), QStringLiteral("Cobro que no reconozco")},
                      {QStringLiteral("description"),
                       QStringLiteral("La factura de noviembre trae un consumo del doble.")}};
        if (!contract.isEmpty())
            o.insert(QStringLiteral("contractId"), contract);
        return o;
    }
    int admin(const QStringList &args)
    {
        return server::AdminCommand::run(
            args + QStringList{QStringLiteral("--database"), m_f->db().url(),
                               QStringLiteral("--data-dir"), m_f->outboxDir()});
    }

private slots:
    void initTestCase()
    {
        // Bodies up to the server's default limit (16 MiB), as deployed: the fixture's is 1 MiB.
        m_f = std::make_unique<ServerFixture>(
            QStringLiteral("electricity-co"), true, [](server::ServerSettings &s) {
                s.maxBodyBytes = server::ServerSettings().maxBodyBytes;
            });
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        m_demo = m_f->accessToken();
        m_other = m_f->accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        QVERIFY(!m_demo.isEmpty() && !m_other.isEmpty());
        const auto contracts = m_f->collection(QStringLiteral("/api/v1/contracts"), m_demo);
        QVERIFY(!contracts.isEmpty());
        m_contract = contracts.first().value(QLatin1StringView("id")).toString();
    }

    void categoriesInConfig()
    {
        const Reply r = m_f->get(QStringLiteral("/api/v1/request-categories"));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().value(QLatin1StringView("items")).toArray();
        QCOMPARE(items.size(), 9);
        QSet<QString> groups;
        for (const QJsonValue &v : items) {
            const auto c = RequestCategory::fromJson(v.toObject());
            groups.insert(c.group);
            QCOMPARE(c.answerDays, 15); // Colombia: Ley 142 art. 158
            QVERIFY(QStringList({QStringLiteral("petition"), QStringLiteral("complaint"),
                                 QStringLiteral("claim"), QStringLiteral("suggestion")})
                        .contains(c.kind));
            if (c.id == QLatin1StringView("high_consumption"))
                QVERIFY(c.contractRequired);
        }
        QCOMPARE(groups, (QSet<QString>{QStringLiteral("service"), QStringLiteral("feedback"),
                                        QStringLiteral("digital")}));
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/config"))
                     .json()
                     .value(QLatin1StringView("requestCategories"))
                     .toArray(),
                 items);
    }

    void fileWithAttachmentsAndDeadline()
    {
        const QByteArray png = image("PNG");
        const QByteArray document = pdf();
        const Reply r =
            file({json("request", request(QStringLiteral("high_consumption"), m_contract)),
                  {"attachments", "medidor.png", "image/png", png},
                  {"attachments", "C:\\fakepath\\factura.pdf", "application/pdf", document}},
                 m_demo);
        QCOMPARE(r.status, 201);
        const ServiceRequest req = ServiceRequest::fromJson(r.json());
        QVERIFY2(
            QRegularExpression(QStringLiteral("^PQR-\\d{4}-\\d{6}$")).match(req.number).hasMatch(),
            qPrintable(req.number));
        QCOMPARE(req.status, QStringLiteral("filed"));
        QCOMPARE(req.kind, QStringLiteral("claim"));
        const QDate today = m_f->clock().now().toTimeZone(QTimeZone("America/Bogota")).date();
        QCOMPARE(req.answerDueDate,
                 BusinessCalendar(QStringLiteral("CO")).addBusinessDays(today, 15));
        QCOMPARE(req.messages.size(), 1);
        const auto files = req.messages.first().attachments;
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).contentType, QStringLiteral("image/png"));
        QCOMPARE(files.at(1).fileName, QStringLiteral("factura.pdf")); // no client folders
        QCOMPARE(files.at(1).size, document.size());

        // The owner downloads the very bytes, as an attachment that is never sniffed.
        const QString path = QStringLiteral("/api/v1/requests/%1/attachments/%2").arg(req.id);
        const Reply got = m_f->get(path.arg(files.at(0).id), m_demo);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, png);
        QCOMPARE(got.header("Content-Type"), QStringLiteral("image/png"));
        QVERIFY(got.header("Content-Disposition").startsWith(QLatin1StringView("attachment;")));
        QCOMPARE(got.header("X-Content-Type-Options"), QStringLiteral("nosniff"));
        QCOMPARE(m_f->get(path.arg(files.at(1).id), m_demo).body, document);
        // Nobody else does, and not through another request either.
        QCOMPARE(m_f->get(path.arg(files.at(0).id), m_other).status, 404);
        QCOMPARE(
            m_f->get(QStringLiteral("/api/v1/requests/rq_nope/attachments/%1").arg(files.at(0).id),
                     m_demo)
                .status,
            404);
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/requests/") + req.id, m_other).status, 404);
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/requests/") + req.id, m_demo).status, 200);
        // Listed for its owner only.
        const auto listed = m_f->get(QStringLiteral("/api/v1/requests"), m_demo)
                                .json()
                                .value(QLatin1StringView("items"))
                                .toArray();
        QVERIFY(std::any_of(listed.begin(), listed.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QLatin1StringView("number")).toString() == req.number;
        }));
        QVERIFY(m_f->get(QStringLiteral("/api/v1/requests"), m_other)
                    .json()
                    .value(QLatin1StringView("items"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/requests?status=bogus"), m_demo).status, 400);
    }

    void idempotentCreate()
    {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QList<Part> parts{json("request", request(QStringLiteral("suggestion"))),
                                {"attachments", "a.jpg", "image/jpeg", image("JPEG")}};
        const Reply first = file(parts, m_demo, key);
        QCOMPARE(first.status, 201);
        const Reply again = file(parts, m_demo, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QStringLiteral("true"));
        QCOMPARE(again.json().value(QLatin1StringView("number")),
                 first.json().value(QLatin1StringView("number")));
        // The same key with another file is another request: refused.
        const Reply other =
            file({parts.first(), {"attachments", "b.png", "image/png", image("PNG")}}, m_demo, key);
        QCOMPARE(other.status, 422);
        // No key, no filing.
        const Reply noKey =
            m_f->post(QStringLiteral("/api/v1/requests"), multipart(parts), m_demo, kForm);
        QCOMPARE(noKey.status, 400);
        QCOMPARE(noKey.fieldCode(QStringLiteral("Idempotency-Key")), QStringLiteral("required"));
    }

    void spoofedTypesRefused()
    {
        QByteArray elf("\x7f"
                       "ELF\x02\x01\x01",
                       7);
        elf += QByteArray(4096, '\0');
        QByteArray fakePng = image("PNG").left(16);
        fakePng += QByteArray(2048, 'x');
        QByteArray script = "#!/bin/sh\nrm -rf ~\n";
        const Reply r = file({json("request", request(QStringLiteral("suggestion"))),
                              {"attachments", "factura.pdf", "application/pdf", elf},
                              {"attachments", "foto.png", "image/png", fakePng},
                              {"attachments", "nota.pdf", "application/pdf", script}},
                             m_demo);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(QStringLiteral("attachments[0]")), QStringLiteral("unsupported_type"));
        QCOMPARE(r.fieldCode(QStringLiteral("attachments[1]")), QStringLiteral("unsupported_type"));
        QCOMPARE(r.fieldCode(QStringLiteral("attachments[2]")), QStringLiteral("unsupported_type"));
    }

    void sizeLimits()
    {
        const Reply big =
            file({json("request", request(QStringLiteral("suggestion"))),
                  {"attachments", "big.pdf", "application/pdf", pdf(5 * 1024 * 1024 + 1)}},
                 m_demo);
        QCOMPARE(big.status, 400);
        QCOMPARE(big.fieldCode(QStringLiteral("attachments[0]")), QStringLiteral("too_large"));
        QList<Part> parts{json("request", request(QStringLiteral("suggestion")))};
        for (int i = 0; i < 4; ++i)
            parts.append({"attachments", "part.pdf", "application/pdf", pdf(3900 * 1024)});
        const Reply total = file(parts, m_demo);
        QCOMPARE(total.status, 400);
        QCOMPARE(total.fieldCode(QStringLiteral("attachments")), QStringLiteral("total_too_large"));
        QList<Part> many{json("request", request(QStringLiteral("suggestion")))};
        for (int i = 0; i < 6; ++i)
            many.append({"attachments", "p.pdf", "application/pdf", pdf()});
        QCOMPARE(file(many, m_demo).fieldCode(QStringLiteral("attachments")),
                 QStringLiteral("too_many"));
    }

    void fieldErrors()
    {
        const Reply noContract =
            file({json("request", request(QStringLiteral("high_consumption")))}, m_demo);
        QCOMPARE(noContract.status, 400);
        QCOMPARE(noContract.fieldCode(QStringLiteral("contractId")), QStringLiteral("required"));
        // Someone else's contract is not one to complain about.
        const auto theirs = m_f->collection(QStringLiteral("/api/v1/contracts"), m_other);
        const Reply foreign = file(
            {json("request", request(QStringLiteral("high_consumption"),
                                     theirs.first().value(QLatin1StringView("id")).toString()))},
            m_demo);
        QCOMPARE(foreign.fieldCode(QStringLiteral("contractId")), QStringLiteral("invalid"));
        QJsonObject bad = request(QStringLiteral("nope"));
        bad.insert(QStringLiteral("description"), QString(5001, QLatin1Char('a')));
        const Reply invalid = file({json("request", bad)}, m_demo);
        QCOMPARE(invalid.fieldCode(QStringLiteral("categoryId")), QStringLiteral("invalid"));
        QCOMPARE(invalid.fieldCode(QStringLiteral("description")), QStringLiteral("too_long"));
        QCOMPARE(
            file({{"note", {}, "text/plain", "hola"}}, m_demo).fieldCode(QStringLiteral("request")),
            QStringLiteral("required"));
        // Not a form at all.
        const Reply asJson =
            m_f->post(QStringLiteral("/api/v1/requests"),
                      QJsonDocument(request(QStringLiteral("suggestion"))).toJson(), m_demo,
                      "application/json", keyed());
        QCOMPARE(asJson.status, 415);
        QCOMPARE(m_f->post(QStringLiteral("/api/v1/requests"),
                           multipart({json("request", request(QStringLiteral("suggestion")))}), {},
                           kForm, keyed())
                     .status,
                 401);
    }

    void threadAnswerReopenClose()
    {
        const Reply filed =
            file({json("request", request(QStringLiteral("general_query")))}, m_demo);
        QCOMPARE(filed.status, 201);
        const ServiceRequest req = ServiceRequest::fromJson(filed.json());
        const QString messages = QStringLiteral("/api/v1/requests/%1/messages").arg(req.id);
        const auto reply = [&](const QString &text, const QString &token) {
            return m_f->post(messages,
                             multipart({json("message", {{QStringLiteral("body"), text}}),
                                        {"attachments", "foto.jpg", "image/jpeg", image("JPEG")}}),
                             token, kForm, keyed());
        };
        QCOMPARE(reply(QStringLiteral("Adjunto una foto."), m_other).status, 404);
        const Reply added = reply(QStringLiteral("Adjunto una foto del medidor."), m_demo);
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json().value(QLatin1StringView("attachments")).toArray().size(), 1);
        QCOMPARE(reply(QString(), m_demo).fieldCode(QStringLiteral("body")),
                 QStringLiteral("required"));

        // The back office answers from the command line; the customer is notified.
        QCOMPARE(admin({QStringLiteral("requests")}), 0);
        QCOMPARE(admin({QStringLiteral("answer"), req.number,
                        QStringLiteral("Revisamos su medidor: la lectura es correcta.")}),
                 0);
        QCOMPARE(admin({QStringLiteral("answer"), QStringLiteral("PQR-1999-000001"),
                        QStringLiteral("x")}),
                 1);
        ServiceRequest now = ServiceRequest::fromJson(
            m_f->get(QStringLiteral("/api/v1/requests/") + req.id, m_demo).json());
        QCOMPARE(now.status, QStringLiteral("answered"));
        QVERIFY(now.answeredAt.isValid());
        QCOMPARE(now.messages.size(), 3);
        QCOMPARE(now.messages.last().author, QStringLiteral("utility"));
        QCOMPARE(now.messages.last().status, QStringLiteral("answered"));
        const QJsonArray notes = m_f->get(QStringLiteral("/api/v1/notifications"), m_demo)
                                     .json()
                                     .value(QLatin1StringView("items"))
                                     .toArray();
        QJsonObject answered;
        for (const QJsonValue &v : notes)
            if (v.toObject().value(QLatin1StringView("kind")) ==
                    QLatin1StringView("request_answered") &&
                v.toObject()
                        .value(QLatin1StringView("link"))
                        .toObject()
                        .value(QLatin1StringView("id")) == req.id)
                answered = v.toObject();
        QVERIFY(!answered.isEmpty());
        QCOMPARE(answered.value(QLatin1StringView("params"))
                     .toObject()
                     .value(QLatin1StringView("requestNumber"))
                     .toString(),
                 req.number);

        // A reply to an answer takes it back to the utility.
        QCOMPARE(reply(QStringLiteral("Sigo sin entender el cobro."), m_demo).status, 201);
        now = ServiceRequest::fromJson(
            m_f->get(QStringLiteral("/api/v1/requests/") + req.id, m_demo).json());
        QCOMPARE(now.status, QStringLiteral("in_progress"));
        QCOMPARE(admin({QStringLiteral("answer"), req.number, QStringLiteral("Cerramos el caso."),
                        QStringLiteral("--close")}),
                 0);
        const Reply closed = reply(QStringLiteral("¿Hola?"), m_demo);
        QCOMPARE(closed.status, 409);
        QCOMPARE(closed.code(), QStringLiteral("request_closed"));
        QCOMPARE(admin({QStringLiteral("answer"), req.number, QStringLiteral("Otra vez")}), 1);
    }

    void requestsAndNotificationsSync()
    {
        const Reply filed =
            file({json("request", request(QStringLiteral("digital_incident")))}, m_demo);
        QCOMPARE(filed.status, 201);
        const QString id = filed.json().value(QLatin1StringView("id")).toString();
        const auto changes = [&](const QString &token) {
            QString next = token;
            QJsonObject all;
            for (int guard = 0; guard < 100; ++guard) {
                QUrlQuery q;
                if (!next.isEmpty())
                    q.addQueryItem(QStringLiteral("token"), next);
                const Reply r = m_f->get(
                    QStringLiteral("/api/v1/sync?") + q.toString(QUrl::FullyEncoded), m_demo);
                const QJsonObject page = r.json();
                const QJsonObject c = page.value(QLatin1StringView("changes")).toObject();
                for (auto it = c.begin(); it != c.end(); ++it) {
                    QJsonArray items = all.value(it.key()).toArray();
                    for (const QJsonValue &v :
                         it.value().toObject().value(QLatin1StringView("upserted")).toArray())
                        items.append(v);
                    all.insert(it.key(), items);
                }
                next = page.value(QLatin1StringView("token")).toString();
                if (!page.value(QLatin1StringView("more")).toBool())
                    break;
            }
            all.insert(QStringLiteral("_token"), next);
            return all;
        };
        const QJsonObject full = changes({});
        const auto has = [](const QJsonArray &items, const QString &id) {
            return std::any_of(items.begin(), items.end(), [&](const QJsonValue &v) {
                return v.toObject().value(QLatin1StringView("id")).toString() == id;
            });
        };
        QVERIFY(has(full.value(QLatin1StringView("requests")).toArray(), id));
        const QString token = full.value(QLatin1StringView("_token")).toString();
        // Nothing new, nothing sent; an answer brings the request and its notification again.
        QVERIFY(changes(token).value(QLatin1StringView("requests")).toArray().isEmpty());
        QCOMPARE(admin({QStringLiteral("answer"),
                        filed.json().value(QLatin1StringView("number")).toString(),
                        QStringLiteral("Ya funciona el pago en línea.")}),
                 0);
        const QJsonObject after = changes(token);
        QVERIFY(has(after.value(QLatin1StringView("requests")).toArray(), id));
        const QJsonArray notes = after.value(QLatin1StringView("notifications")).toArray();
        QCOMPARE(notes.size(), 1);
        const QString note = notes.first().toObject().value(QLatin1StringView("id")).toString();
        // Marked read: the read state syncs too; marking again keeps the first readAt.
        QCOMPARE(
            m_f->post(QStringLiteral("/api/v1/notifications/%1/read").arg(note), {}, m_demo).status,
            204);
        QCOMPARE(m_f->post(QStringLiteral("/api/v1/notifications/%1/read").arg(note), {}, m_other)
                     .status,
                 404);
        const QJsonArray read = changes(after.value(QLatin1StringView("_token")).toString())
                                    .value(QLatin1StringView("notifications"))
                                    .toArray();
        QCOMPARE(read.size(), 1);
        QVERIFY(!read.first().toObject().value(QLatin1StringView("readAt")).isNull());
        QCOMPARE(m_f->post(QStringLiteral("/api/v1/notifications/read-all"), {}, m_demo).status,
                 204);
        for (const QJsonValue &v : m_f->get(QStringLiteral("/api/v1/notifications"), m_demo)
                                       .json()
                                       .value(QLatin1StringView("items"))
                                       .toArray())
            QVERIFY(!v.toObject().value(QLatin1StringView("readAt")).isNull());
    }

    void contactForm()
    {
        ServerFixture f; // its own throttle windows
        // A body over the limit is refused before it is read.
        QCOMPARE(f.post(QStringLiteral("/api/v1/requests"), QByteArray(2 * 1024 * 1024, 'x'),
                        f.accessToken(), kForm, keyed())
                     .status,
                 413);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const auto send = [&](const QString &email) {
            return f.post(
                QStringLiteral("/api/v1/contact"),
                QJsonDocument(
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana Pérez")},
                                {QStringLiteral("email"), email},
                                {QStringLiteral("categoryId"), QStringLiteral("general_query")},
                                {QStringLiteral("description"),
                                 QStringLiteral("No encuentro mi número de contrato.")}})
                    .toJson(),
                {}, "application/json", keyed());
        };
        const Reply first = send(QStringLiteral("ana@example.com"));
        QCOMPARE(first.status, 202);
        const QString ticket = first.json().value(QLatin1StringView("ticket")).toString();
        QVERIFY(ticket.startsWith(QLatin1StringView("PQR-")));
        QTRY_VERIFY_WITH_TIMEOUT(f.emails().join(QString()).contains(ticket), 10000);
        // The back office sees it in its queue.
        QCOMPARE(server::AdminCommand::run(
                     {QStringLiteral("requests"), QStringLiteral("--database"), f.db().url()}),
                 0);
        const Reply invalid = f.post(
            QStringLiteral("/api/v1/contact"),
            QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("nope")}}).toJson(),
            {}, "application/json", keyed());
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.fieldCode(QStringLiteral("email")), QStringLiteral("invalid"));
        QCOMPARE(invalid.fieldCode(QStringLiteral("name")), QStringLiteral("required"));
        // Per email: 3 an hour (however it is written).
        QCOMPARE(send(QStringLiteral("ANA@example.com")).status, 202);
        QCOMPARE(send(QStringLiteral("ana@example.com")).status, 202);
        const Reply perEmail = send(QStringLiteral("ana@example.com"));
        QCOMPARE(perEmail.status, 429);
        QVERIFY(!perEmail.header("Retry-After").isEmpty());
        // Per address: 5 an hour, whatever the email.
        QCOMPARE(send(QStringLiteral("otra@example.com")).status, 429);
        f.clock().advanceSeconds(3601);
        QCOMPARE(send(QStringLiteral("otra@example.com")).status, 202);
    }
};

QTEST_GUILESS_MAIN(TestServerRequests)
#include "tst_server_requests.moc"
