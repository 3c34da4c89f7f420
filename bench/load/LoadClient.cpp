#include "LoadClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace ov::bench {

namespace {

std::atomic<unsigned long> s_keys{0}; // every reading of the run has its own key

QJsonObject objectOf(const std::string &text)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

} // namespace

LoadClient::LoadClient(int port, QString login, QString password, Pacing pacing, unsigned seed)
    : m_http(std::make_unique<httplib::Client>("127.0.0.1", port))
    , m_login(std::move(login))
    , m_password(std::move(password))
    , m_pacing(pacing)
    , m_random(seed)
{
    m_http->set_keep_alive(true);
    // As the app's connections do (Qt sets TCP_NODELAY): a POST's headers and body go out in
    // two writes, which Nagle's algorithm would hold back by a delayed ACK's 40 ms.
    m_http->set_tcp_nodelay(true);
    m_http->set_connection_timeout(30, 0);
    m_http->set_read_timeout(30, 0);
    m_http->set_write_timeout(30, 0);
    m_samples.reserve(256);
}

LoadClient::~LoadClient() = default;

const char *LoadClient::name(Op op)
{
    switch (op) {
    case SignIn:
        return "sign-in";
    case Sync:
        return "sync";
    case Reading:
        return "reading";
    case SignOut:
        return "sign-out";
    case OpCount:
        break;
    }
    return "?";
}

double LoadClient::uniform(double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(m_random);
}

void LoadClient::sleepUntil(Clock::time_point when, Clock::time_point deadline)
{
    std::this_thread::sleep_until(std::min(when, deadline));
}

void LoadClient::run(Clock::time_point start, Clock::time_point deadline)
{
    sleepUntil(start, deadline);
    if (m_pacing.writesOnly) {
        writeLoop(deadline);
        return;
    }
    while (Clock::now() < deadline) {
        visit(deadline);
        sleepUntil(Clock::now() + std::chrono::milliseconds(int(uniform(1000, 3000))), deadline);
    }
}

bool LoadClient::visit(Clock::time_point deadline)
{
    const auto ends = Clock::now() + std::chrono::milliseconds(
                                         int(1000 * uniform(m_pacing.visitMin, m_pacing.visitMax)));
    if (!signIn() || !fullSync())
        return false;
    submitReading();
    while (Clock::now() < ends && Clock::now() < deadline) {
        sleepUntil(Clock::now() + std::chrono::milliseconds(
                                      int(1000 * uniform(m_pacing.thinkMin, m_pacing.thinkMax))),
                   std::min(ends, deadline));
        if (Clock::now() >= deadline)
            break;
        deltaSync();
    }
    signOut();
    return true;
}

bool LoadClient::writeLoop(Clock::time_point deadline)
{
    if (!signIn() || !fullSync())
        return false;
    while (Clock::now() < deadline)
        submitReading();
    return true;
}

bool LoadClient::signIn()
{
    const QJsonObject body{{QStringLiteral("login"), m_login},
                           {QStringLiteral("password"), m_password}};
    std::string answer;
    if (!send(SignIn, "POST", "/api/v1/sessions",
              QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), &answer))
        return false;
    m_token = objectOf(answer).value(QLatin1StringView("accessToken")).toString().toStdString();
    return !m_token.empty();
}

bool LoadClient::fullSync()
{
    m_syncToken.clear();
    return syncFrom({});
}

bool LoadClient::deltaSync()
{
    return syncFrom(m_syncToken);
}

// The app's sync: the change feed's pages in order, then the notifications.
bool LoadClient::syncFrom(const std::string &token)
{
    std::string next = token;
    for (int page = 0; page < 100; ++page) {
        std::string answer;
        const std::string path =
            next.empty() ? std::string("/api/v1/sync")
                         : "/api/v1/sync?token=" +
                               QUrl::toPercentEncoding(QString::fromStdString(next)).toStdString();
        if (!send(Sync, "GET", path, {}, &answer))
            return false;
        const QJsonObject object = objectOf(answer);
        const QJsonObject changes = object.value(QLatin1StringView("changes")).toObject();
        const QJsonArray contracts = changes.value(QLatin1StringView("contracts"))
                                         .toObject()
                                         .value(QLatin1StringView("upserted"))
                                         .toArray();
        if (!contracts.isEmpty())
            m_contractId = contracts.first()
                               .toObject()
                               .value(QLatin1StringView("id"))
                               .toString()
                               .toStdString();
        const QJsonArray readings = changes.value(QLatin1StringView("readings"))
                                        .toObject()
                                        .value(QLatin1StringView("upserted"))
                                        .toArray();
        for (const QJsonValue &r : readings)
            m_lastValue =
                std::max(m_lastValue, r.toObject().value(QLatin1StringView("value")).toDouble());
        next = object.value(QLatin1StringView("token")).toString().toStdString();
        if (!object.value(QLatin1StringView("more")).toBool())
            break;
    }
    m_syncToken = next;
    std::string answer;
    return send(Sync, "GET", "/api/v1/notifications", {}, &answer);
}

bool LoadClient::submitReading()
{
    if (m_contractId.empty())
        return false;
    // What a household's meter moves in a few days: never flagged as unusual.
    const double value = std::floor(m_lastValue + uniform(5, 40));
    const QJsonObject body{{QStringLiteral("value"), value}};
    std::string answer;
    if (!send(Reading, "POST", "/api/v1/contracts/" + m_contractId + "/readings",
              QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), &answer))
        return false;
    m_lastValue = value;
    return true;
}

void LoadClient::signOut()
{
    std::string answer;
    send(SignOut, "DELETE", "/api/v1/sessions/current", {}, &answer);
    m_token.clear();
}

bool LoadClient::send(Op op, const char *method, const std::string &path, const std::string &body,
                      std::string *answer)
{
    httplib::Headers headers{{"Accept-Language", "es"}};
    if (!m_token.empty())
        headers.emplace("Authorization", "Bearer " + m_token);
    if (op == Reading)
        headers.emplace("Idempotency-Key", "load-" + std::to_string(++s_keys));
    const auto began = Clock::now();
    const std::string verb = method;
    httplib::Result result = verb == "GET" ? m_http->Get(path, headers)
                             : verb == "POST"
                                 ? m_http->Post(path, headers, body, "application/json")
                                 : m_http->Delete(path, headers);
    const float ms = std::chrono::duration<float, std::milli>(Clock::now() - began).count();
    m_samples.push_back({op, ms});
    const bool ok = result && result->status >= 200 && result->status < 300;
    if (!ok) {
        ++m_errors;
        if (m_errorTexts.size() < 3) {
            QString what;
            if (result)
                what = QString::number(result->status) + QLatin1Char(' ') +
                       QString::fromStdString(result->body).left(200);
            else
                what = QString::fromStdString(httplib::to_string(result.error()));
            m_errorTexts.append(
                QStringLiteral("%1 %2: %3")
                    .arg(QString::fromLatin1(method), QString::fromStdString(path), what));
        }
        return false;
    }
    *answer = std::move(result->body);
    return true;
}

} // namespace ov::bench
