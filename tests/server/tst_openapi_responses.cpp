// Server: real answers of ov-server — successes and errors, with and without bodies — validate
// against docs/api/openapi.yaml (scripts/openapi-validate.mjs: the status is documented, the
// body matches the documented schema, a body-less answer has none). Drift between the server
// and the spec fails here, whichever side moved.

#include "ServerFixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ov;
using test::Reply;
using test::ServerFixture;

class TestOpenApiResponses : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    QJsonArray m_captures;

    // Sends a request and keeps its answer under the operation's path template.
    Reply capture(const QString &method, const QString &pathTemplate, const QString &path,
                  const QString &token = {}, const QJsonObject &body = {}, bool withBody = false)
    {
        Reply r;
        if (method == QLatin1StringView("GET"))
            r = m_f->get(path, token);
        else if (method == QLatin1StringView("POST") && (withBody || !body.isEmpty()))
            r = m_f->postJson(path, body, token);
        else
            r = m_f->send(method, path, token,
                          body.isEmpty() ? QByteArray("{}")
                                         : QJsonDocument(body).toJson(QJsonDocument::Compact));
        m_captures.append(QJsonObject{{QStringLiteral("method"), method},
                                      {QStringLiteral("path"), pathTemplate},
                                      {QStringLiteral("status"), r.status},
                                      {QStringLiteral("contentType"), r.header("Content-Type")},
                                      {QStringLiteral("body"), QString::fromUtf8(r.body)}});
        return r;
    }

    void keep(const QString &method, const QString &pathTemplate, const Reply &r)
    {
        m_captures.append(QJsonObject{{QStringLiteral("method"), method},
                                      {QStringLiteral("path"), pathTemplate},
                                      {QStringLiteral("status"), r.status},
                                      {QStringLiteral("contentType"), r.header("Content-Type")},
                                      {QStringLiteral("body"), QString::fromUtf8(r.body)}});
    }
    // A multipart/form-data POST with a JSON part and optional PDF attachment, with a new key.
    Reply postForm(const QString &path, const char *jsonPart, const QJsonObject &fields,
                   const QByteArray &file, const QString &token)
    {
        const QByteArray boundary = "ov-spec-boundary";
        QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" +
                          jsonPart + "\"\r\nContent-Type: application/json\r\n\r\n" +
                          QJsonDocument(fields).toJson(QJsonDocument::Compact) + "\r\n";
        if (!file.isEmpty())
            body += "--" + boundary +
                    "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"a.pdf\""
                    "\r\nContent-Type: application/pdf\r\n\r\n" +
                    file + "\r\n";
        body += "--" + boundary + "--\r\n";
        return m_f->post(path, body, token, "multipart/form-data; boundary=ov-spec-boundary",
                         {{"Idempotency-Key",
                           QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}});
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    }
    void cleanupTestCase() { m_f.reset(); }

    void answersMatchTheSpec()
    {
        const QString v1 = QStringLiteral("/api/v1");
        capture(QStringLiteral("GET"), v1 + QStringLiteral("/config"),
                v1 + QStringLiteral("/config"));
        capture(QStringLiteral("GET"), v1 + QStringLiteral("/health"),
                v1 + QStringLiteral("/health"));

        // Sessions: success, wrong password, a form error.
        const QString sessions = v1 + QStringLiteral("/sessions");
        const Reply signIn = capture(QStringLiteral("POST"), sessions, sessions, {},
                                     {{QStringLiteral("login"), QStringLiteral("demo")},
                                      {QStringLiteral("password"), QStringLiteral("Demo-2026")}});
        QCOMPARE(signIn.status, 201);
        capture(QStringLiteral("POST"), sessions, sessions, {},
                {{QStringLiteral("login"), QStringLiteral("demo")},
                 {QStringLiteral("password"), QStringLiteral("wrong-one")}});
        capture(QStringLiteral("POST"), sessions, sessions, {},
                {{QStringLiteral("login"), QStringLiteral("demo")}});
        const QString token = signIn.json().value(QLatin1StringView("accessToken")).toString();
        const QString refresh = signIn.json().value(QLatin1StringView("refreshToken")).toString();
        const QString refreshPath = v1 + QStringLiteral("/sessions/refresh");
        const Reply refreshed = capture(QStringLiteral("POST"), refreshPath, refreshPath, {},
                                        {{QStringLiteral("refreshToken"), refresh}});
        capture(QStringLiteral("POST"), refreshPath, refreshPath, {},
                {{QStringLiteral("refreshToken"), QStringLiteral("ovr_unknown")}});
        const QString access = refreshed.json().value(QLatin1StringView("accessToken")).toString();
        QVERIFY(!access.isEmpty());
        Q_UNUSED(token);

        // Profile and preferences.
        const QString me = v1 + QStringLiteral("/me");
        const Reply profile = capture(QStringLiteral("GET"), me, me, access);
        capture(QStringLiteral("GET"), me, me); // no token
        // What the spec says of termsVersion: the demo user accepted the current terms.
        QCOMPARE(profile.json().value(QLatin1StringView("termsVersion")).toString(),
                 m_f->get(v1 + QStringLiteral("/config"))
                     .json()
                     .value(QLatin1StringView("termsVersion"))
                     .toString());
        capture(QStringLiteral("PATCH"), me, me, access,
                {{QStringLiteral("phone"), QStringLiteral("+57 300 765 4321")}});
        capture(QStringLiteral("PATCH"), me, me, access,
                {{QStringLiteral("phone"), QStringLiteral("not a phone")}});
        const QString prefs = v1 + QStringLiteral("/me/notification-preferences");
        capture(QStringLiteral("GET"), prefs, prefs, access);
        const QString password = v1 + QStringLiteral("/me/password");
        capture(QStringLiteral("PUT"), password, password, access,
                {{QStringLiteral("currentPassword"), QStringLiteral("not-it")},
                 {QStringLiteral("newPassword"), QStringLiteral("Otra-Clave-2026")}});

        // Contracts, their invoices and readings, the sync feed.
        const QString contracts = v1 + QStringLiteral("/contracts");
        const Reply list = capture(QStringLiteral("GET"), contracts, contracts, access);
        capture(QStringLiteral("GET"), contracts, contracts + QStringLiteral("?limit=0"), access);
        const QString id = list.json()
                               .value(QLatin1StringView("items"))
                               .toArray()
                               .first()[QLatin1StringView("id")]
                               .toString();
        const QString one = contracts + QStringLiteral("/{contractId}");
        capture(QStringLiteral("GET"), one, contracts + QLatin1Char('/') + id, access);
        capture(QStringLiteral("GET"), one, contracts + QStringLiteral("/ct_nobody"), access);
        for (const QString &items : {QStringLiteral("invoices"), QStringLiteral("readings")}) {
            const QString templ = one + QLatin1Char('/') + items;
            const QString path = contracts + QLatin1Char('/') + id + QLatin1Char('/') + items;
            capture(QStringLiteral("GET"), templ, path, access);
            capture(QStringLiteral("GET"), templ, path + QStringLiteral("?cursor=%%%"), access);
            capture(QStringLiteral("GET"), templ, contracts + QStringLiteral("/ct_nobody/") + items,
                    access);
        }
        // Linking, editing and unlinking contracts.
        capture(QStringLiteral("PATCH"), one, contracts + QLatin1Char('/') + id, access,
                {{QStringLiteral("alias"), QStringLiteral("Casa de Envigado")},
                 {QStringLiteral("paperless"), true}});
        capture(QStringLiteral("PATCH"), one, contracts + QLatin1Char('/') + id, access,
                {{QStringLiteral("billingEmail"), QStringLiteral("not an email")}});
        capture(QStringLiteral("PATCH"), one, contracts + QStringLiteral("/ct_nobody"), access,
                {{QStringLiteral("alias"), QStringLiteral("x")}});
        const QString confirm = one + QStringLiteral("/billing-email/confirmation");
        capture(QStringLiteral("POST"), confirm,
                contracts + QLatin1Char('/') + id + QStringLiteral("/billing-email/confirmation"),
                access, {{QStringLiteral("code"), QStringLiteral("AAAA-BBBB")}});
        const QString links = contracts + QStringLiteral("/links");
        QJsonObject proof{{QStringLiteral("customerType"), QStringLiteral("individual")},
                          {QStringLiteral("reference"), QStringLiteral("100000301")},
                          {QStringLiteral("meterNumber"), QStringLiteral("EDV-000000")},
                          {QStringLiteral("paternalSurname"), QStringLiteral("Muñoz")},
                          {QStringLiteral("maternalSurname"), QStringLiteral("Zapata")}};
        capture(QStringLiteral("POST"), links, links, access, proof);
        proof.insert(QStringLiteral("meterNumber"), QStringLiteral("EDV-683619"));
        const Reply linked = capture(QStringLiteral("POST"), links, links, access, proof);
        capture(QStringLiteral("POST"), links, links, access, proof); // already linked
        capture(QStringLiteral("POST"), links, links, access, {{QStringLiteral("x"), 1}});
        const QString unlink = one + QStringLiteral("/link");
        capture(QStringLiteral("DELETE"), unlink,
                contracts + QLatin1Char('/') + linked.json().value("id").toString() +
                    QStringLiteral("/link"),
                access);
        capture(QStringLiteral("DELETE"), unlink, contracts + QStringLiteral("/ct_nobody/link"),
                access);

        const QString sync = v1 + QStringLiteral("/sync");
        const Reply page =
            capture(QStringLiteral("GET"), sync, sync + QStringLiteral("?limit=50"), access);
        capture(QStringLiteral("GET"), sync,
                sync + QStringLiteral("?token=") +
                    page.json().value(QLatin1StringView("token")).toString(),
                access);
        capture(QStringLiteral("GET"), sync, sync + QStringLiteral("?token=forged"), access);
        capture(QStringLiteral("GET"), sync, sync + QStringLiteral("?limit=99999"), access);

        // Answers without a body.
        const QString resets = v1 + QStringLiteral("/password-resets");
        capture(QStringLiteral("POST"), resets, resets, {},
                {{QStringLiteral("login"), QStringLiteral("demo")}});
        capture(QStringLiteral("POST"), resets, resets, {},
                {{QStringLiteral("login"), QStringLiteral("nobody-at-all")}});
        const QString resend = v1 + QStringLiteral("/activations/resend");
        capture(QStringLiteral("POST"), resend, resend, {},
                {{QStringLiteral("email"), QStringLiteral("nobody@example.com")}});
        const QString registrations = v1 + QStringLiteral("/registrations");
        capture(QStringLiteral("POST"), registrations, registrations, {},
                {{QStringLiteral("customerType"), QStringLiteral("individual")},
                 {QStringLiteral("reference"), QStringLiteral("100000301")},
                 {QStringLiteral("meterNumber"), QStringLiteral("EDV-683619")},
                 {QStringLiteral("paternalSurname"), QStringLiteral("Muñoz")},
                 {QStringLiteral("maternalSurname"), QStringLiteral("Zapata")}});
        capture(QStringLiteral("POST"), registrations, registrations, {},
                {{QStringLiteral("customerType"), QStringLiteral("individual")},
                 {QStringLiteral("reference"), QStringLiteral("100000301")},
                 {QStringLiteral("meterNumber"), QStringLiteral("wrong")},
                 {QStringLiteral("paternalSurname"), QStringLiteral("Muñoz")},
                 {QStringLiteral("maternalSurname"), QStringLiteral("Zapata")}});
        // Requests, their thread, notifications and the contact form.
        const QString categories = v1 + QStringLiteral("/request-categories");
        capture(QStringLiteral("GET"), categories, categories);
        const QString requests = v1 + QStringLiteral("/requests");
        const QJsonObject newRequest{
            {QStringLiteral("categoryId"), QStringLiteral("suggestion")},
            {QStringLiteral("subject"), QStringLiteral("Horario")},
            {QStringLiteral("description"), QStringLiteral("Abran la oficina los sábados.")}};
        const QByteArray pdf =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        const Reply filed = postForm(requests, "request", newRequest, pdf, access);
        QCOMPARE(filed.status, 201);
        keep(QStringLiteral("POST"), requests, filed);
        keep(QStringLiteral("POST"), requests,
             postForm(requests, "request", {{QStringLiteral("categoryId"), QStringLiteral("x")}},
                      {}, access));
        keep(QStringLiteral("POST"), requests, m_f->postJson(requests, newRequest, access));
        capture(QStringLiteral("GET"), requests, requests, access);
        capture(QStringLiteral("GET"), requests, requests + QStringLiteral("?status=nope"), access);
        const QString requestId = filed.json().value(QLatin1StringView("id")).toString();
        const QString oneRequest = requests + QStringLiteral("/{requestId}");
        capture(QStringLiteral("GET"), oneRequest, requests + QLatin1Char('/') + requestId, access);
        capture(QStringLiteral("GET"), oneRequest, requests + QStringLiteral("/rq_nobody"), access);
        const QString messages = oneRequest + QStringLiteral("/messages");
        const QString messagesPath =
            requests + QLatin1Char('/') + requestId + QStringLiteral("/messages");
        capture(QStringLiteral("GET"), messages, messagesPath, access);
        keep(QStringLiteral("POST"), messages,
             postForm(messagesPath, "message",
                      {{QStringLiteral("body"), QStringLiteral("Gracias.")}}, pdf, access));
        const QString attachment = oneRequest + QStringLiteral("/attachments/{attachmentId}");
        capture(QStringLiteral("GET"), attachment,
                requests + QLatin1Char('/') + requestId + QStringLiteral("/attachments/att_nobody"),
                access);
        const QString notifications = v1 + QStringLiteral("/notifications");
        capture(QStringLiteral("GET"), notifications, notifications, access);
        capture(QStringLiteral("POST"), notifications + QStringLiteral("/{notificationId}/read"),
                notifications + QStringLiteral("/ntf_nobody/read"), access);
        capture(QStringLiteral("POST"), notifications + QStringLiteral("/read-all"),
                notifications + QStringLiteral("/read-all"), access);
        const QString contact = v1 + QStringLiteral("/contact");
        capture(QStringLiteral("POST"), contact, contact, {},
                {{QStringLiteral("name"), QStringLiteral("Ana")},
                 {QStringLiteral("email"), QStringLiteral("ana@example.com")},
                 {QStringLiteral("categoryId"), QStringLiteral("general_query")},
                 {QStringLiteral("description"), QStringLiteral("¿Cómo me registro?")}});
        capture(QStringLiteral("POST"), contact, contact, {},
                {{QStringLiteral("email"), QStringLiteral("nope")}});

        const QString others = v1 + QStringLiteral("/sessions/others");
        capture(QStringLiteral("DELETE"), others, others, access);
        const QString current = v1 + QStringLiteral("/sessions/current");
        capture(QStringLiteral("DELETE"), current, current, access);

        // Now the spec judges them all.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("captures.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(m_captures).toJson());
        out.close();
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "Node.js is needed (scripts/test installs it)");
        QProcess check;
        check.setWorkingDirectory(QStringLiteral(OV_SOURCE_DIR));
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(node, {QStringLiteral("scripts/openapi-validate.mjs"),
                           QStringLiteral("docs/api/openapi.yaml"), file});
        QVERIFY(check.waitForFinished(60000));
        const QString report = QString::fromUtf8(check.readAll());
        QVERIFY2(check.exitCode() == 0, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("%1 answers match").arg(m_captures.size())),
                 qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiResponses)
#include "tst_openapi_responses.moc"
