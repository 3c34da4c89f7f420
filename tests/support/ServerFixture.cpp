#include "ServerFixture.h"

#include "auth/PasswordHasher.h"
#include "db/DatabaseSetup.h"
#include "utility/Utility.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ov::test {

namespace {

Reply toReply(const httplib::Result &result)
{
    Reply r;
    if (!result)
        return r; // status 0: transport error
    r.status = result->status;
    r.headers = result->headers;
    r.body = QByteArray::fromStdString(result->body);
    return r;
}

} // namespace

ServerFixture::ServerFixture(const QString &utilityId, bool demo,
                             std::function<void(server::ServerSettings &)> tweak)
{
    if (!m_db.isValid()) {
        m_error = m_db.error();
        return;
    }
    server::PasswordHasher::initialize();
    const auto utility = server::Utility::demo(utilityId);
    if (!utility) {
        m_error = QStringLiteral("unknown utility");
        return;
    }
    if (!server::DatabaseSetup::prepare(m_db.database(), utilityId, demo, *m_clock, &m_error))
        return;
    server::ServerSettings settings;
    settings.threads = 4;
    settings.accessLogPath = QStringLiteral("off");
    settings.maxBodyBytes = 1024 * 1024;
    settings.outboxDir = m_outbox.path();
    if (tweak)
        tweak(settings);
    m_server = std::make_unique<server::ApiServer>(m_db.database(), *utility, m_clock, settings);
    if (!m_server->bind(QStringLiteral("127.0.0.1"), 0, &m_error))
        return;
    m_server->start();
    if (settings.tlsCertPath.isEmpty()) {
        m_client = std::make_unique<httplib::Client>("127.0.0.1", m_server->port());
    } else {
        // The test's own requests over HTTPS too (its certificate is the test's self-signed one).
        m_client = std::make_unique<httplib::Client>("https://127.0.0.1:" +
                                                     std::to_string(m_server->port()));
        m_client->enable_server_certificate_verification(false);
    }
    m_client->set_read_timeout(20, 0);
    m_valid = true;
}

ServerFixture::~ServerFixture()
{
    m_client.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
}

httplib::Headers ServerFixture::withAuth(httplib::Headers headers, const QString &token) const
{
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    return headers;
}

Reply ServerFixture::get(const QString &path, const QString &token, httplib::Headers headers)
{
    return toReply(m_client->Get(path.toStdString(), withAuth(std::move(headers), token)));
}

Reply ServerFixture::post(const QString &path, const QByteArray &body, const QString &token,
                          const char *contentType, httplib::Headers headers)
{
    return toReply(m_client->Post(path.toStdString(), withAuth(std::move(headers), token),
                                  body.constData(), size_t(body.size()), contentType));
}

Reply ServerFixture::postJson(const QString &path, const QJsonObject &body, const QString &token)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

Reply ServerFixture::del(const QString &path, const QString &token)
{
    return toReply(m_client->Delete(path.toStdString(), withAuth({}, token)));
}

Reply ServerFixture::send(const QString &method, const QString &path, const QString &token,
                          const QByteArray &body)
{
    const std::string b = body.toStdString();
    const std::string p = path.toStdString();
    const httplib::Headers h = withAuth({}, token);
    if (method == QLatin1StringView("GET"))
        return toReply(m_client->Get(p, h));
    if (method == QLatin1StringView("POST"))
        return toReply(m_client->Post(p, h, b, "application/json"));
    if (method == QLatin1StringView("PUT"))
        return toReply(m_client->Put(p, h, b, "application/json"));
    if (method == QLatin1StringView("PATCH"))
        return toReply(m_client->Patch(p, h, b, "application/json"));
    return toReply(m_client->Delete(p, h));
}

QStringList ServerFixture::emails() const
{
    // Emails go out from the background (QueuedMailer): let what the last request handed off
    // finish first.
    if (m_server)
        m_server->background().waitUntilIdle(std::chrono::seconds(10));
    QStringList list;
    const QDir dir(m_outbox.path());
    const QStringList names = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            list << decodeQuotedPrintable(f.readAll());
    }
    return list;
}

QString ServerFixture::decodeQuotedPrintable(const QByteArray &qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp.at(i) == '=' && i + 2 < qp.size()) {
            if (qp.at(i + 1) == '\r' && qp.at(i + 2) == '\n') { // soft line break
                i += 2;
                continue;
            }
            bool ok = false;
            const int byte = qp.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        out += qp.at(i);
    }
    return QString::fromUtf8(out);
}

QString ServerFixture::lastCode() const
{
    const QStringList all = emails();
    if (all.isEmpty())
        return {};
    static const QRegularExpression code(QStringLiteral("^\\s+([A-Z2-7]{4}(-[A-Z2-7]{4}){7})\\s*$"),
                                         QRegularExpression::MultilineOption);
    return code.match(all.last()).captured(1);
}

QList<QJsonObject> ServerFixture::collection(const QString &path, const QString &token)
{
    QList<QJsonObject> items;
    QString cursor;
    do {
        QString p = path + QStringLiteral("?limit=200");
        if (!cursor.isEmpty())
            p += QStringLiteral("&cursor=") + cursor;
        const QJsonObject page = get(p, token).json();
        const QJsonArray array = page.value(QLatin1StringView("items")).toArray();
        for (const QJsonValue &v : array)
            items.append(v.toObject());
        cursor = page.value(QLatin1StringView("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return items;
}

QJsonObject ServerFixture::signIn(const QString &login, const QString &password)
{
    const Reply r =
        postJson(QStringLiteral("/api/v1/sessions"),
                 {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    return r.status == 201 ? r.json() : QJsonObject();
}

QString ServerFixture::accessToken(const QString &login, const QString &password)
{
    return signIn(login, password).value(QLatin1StringView("accessToken")).toString();
}

} // namespace ov::test
