#pragma once

#include "TestDatabase.h"

#include "ApiServer.h"
#include "domain/Clock.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <httplib.h>

#include <functional>
#include <memory>

namespace ov::test {

// One HTTP exchange as a test sees it.
struct Reply
{
    int status = 0;
    httplib::Headers headers;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString header(const char *name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? QString() : QString::fromStdString(it->second);
    }
    QString code() const { return json().value(QLatin1StringView("code")).toString(); }
    // The code of the problem's field error on `field` (empty when there is none).
    QString fieldCode(const QString &field) const
    {
        const QJsonArray errors = json().value(QLatin1StringView("errors")).toArray();
        for (const QJsonValue &e : errors)
            if (e.toObject().value(QLatin1StringView("field")).toString() == field)
                return e.toObject().value(QLatin1StringView("code")).toString();
        return {};
    }
    bool isProblem() const
    {
        return header("Content-Type").startsWith(QLatin1StringView("application/problem+json")) &&
               !code().isEmpty();
    }
};

// An in-process ov-server with demo data on a free loopback port, over a TestDatabase, with a
// MockClock the test can move.
class ServerFixture
{
public:
    explicit ServerFixture(const QString &utilityId = QStringLiteral("electricity-co"),
                           bool demo = true,
                           std::function<void(server::ServerSettings &)> tweak = {});
    ~ServerFixture();

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    int port() const { return m_server ? m_server->port() : -1; }
    MockClock &clock() { return *m_clock; }
    server::ApiServer &server() { return *m_server; }
    TestDatabase &db() { return m_db; }
    QString outboxDir() const { return m_outbox.path(); }
    // The emails written so far, oldest first, as raw .eml text.
    QStringList emails() const;
    // The last email's one-time code ("XXXX-XXXX-…", on a line of its own), decoded from QP.
    QString lastCode() const;
    static QString decodeQuotedPrintable(const QByteArray &qp);

    Reply get(const QString &path, const QString &token = {}, httplib::Headers headers = {});
    Reply post(const QString &path, const QByteArray &body, const QString &token = {},
               const char *contentType = "application/json", httplib::Headers headers = {});
    Reply postJson(const QString &path, const QJsonObject &body, const QString &token = {});
    Reply del(const QString &path, const QString &token = {});
    Reply send(const QString &method, const QString &path, const QString &token = {},
               const QByteArray &body = "{}");

    // Every item of a paginated collection ("/api/v1/contracts"), following nextCursor.
    QList<QJsonObject> collection(const QString &path, const QString &token);

    // Signs in and returns the whole token response (empty object on failure).
    QJsonObject signIn(const QString &login, const QString &password);
    QString accessToken(const QString &login = QStringLiteral("demo"),
                        const QString &password = QStringLiteral("Demo-2026"));

private:
    httplib::Headers withAuth(httplib::Headers headers, const QString &token) const;

    TestDatabase m_db;
    QTemporaryDir m_outbox;
    std::shared_ptr<MockClock> m_clock = std::make_shared<MockClock>();
    std::unique_ptr<server::ApiServer> m_server;
    std::unique_ptr<httplib::Client> m_client;
    bool m_valid = false;
    QString m_error;
};

} // namespace ov::test
