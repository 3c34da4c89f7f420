#include "Router.h"

#include "HttpReply.h"
#include "IdempotencyStore.h"

#include "auth/SessionService.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcHttp, "ov.server.http")

namespace ov::server {

namespace {

// Escapes the characters special to both QRegularExpression and std::regex (ECMAScript).
QString escapeLiteral(const QString &text)
{
    static const QString special = QStringLiteral(".^$|()[]{}*+?\\");
    QString out;
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

Router::Router(httplib::Server &server, SessionService &sessions, IdempotencyStore &idempotency,
               const ClientAddress &clientAddress)
    : m_server(server)
    , m_sessions(sessions)
    , m_idempotency(idempotency)
    , m_clientAddress(clientAddress)
{}

void Router::get(const QString &path, Access access, Handler handler)
{
    add(QStringLiteral("GET"), path, access, std::move(handler));
}
void Router::post(const QString &path, Access access, Handler handler, Idempotency idempotency)
{
    add(QStringLiteral("POST"), path, access, std::move(handler), idempotency);
}
void Router::put(const QString &path, Access access, Handler handler)
{
    add(QStringLiteral("PUT"), path, access, std::move(handler));
}
void Router::patch(const QString &path, Access access, Handler handler, Idempotency idempotency)
{
    add(QStringLiteral("PATCH"), path, access, std::move(handler), idempotency);
}
void Router::del(const QString &path, Access access, Handler handler, Idempotency idempotency)
{
    add(QStringLiteral("DELETE"), path, access, std::move(handler), idempotency);
}

QStringList Router::methodsFor(const QString &path) const
{
    QStringList methods;
    for (const Route &r : m_routes)
        if (r.regex.match(path).hasMatch() && !methods.contains(r.method))
            methods << r.method;
    return methods;
}

void Router::runIdempotent(ApiRequest &req, httplib::Response &res, const Handler &handler)
{
    const QString key = req.header("Idempotency-Key").trimmed();
    if (key.isEmpty())
        return handler(req, res);
    if (key.size() > 255) {
        http::problem(res, req.language, 400, QStringLiteral("validation_failed"),
                      {{QStringLiteral("Idempotency-Key"), QStringLiteral("too_long")}});
        return;
    }
    // Per caller (user, or client address before sign-in) and per concrete path.
    const QString scope = (req.principal ? req.principal->userId : req.clientAddress) +
                          QLatin1Char(' ') + QString::fromStdString(req.http.path);
    // A multipart body is parsed into its parts (httplib keeps no body): the parts are the body.
    QByteArray material = QByteArray::fromStdString(req.http.body);
    for (const auto &[name, part] : req.http.files)
        material += QByteArray("\n--") + QByteArray::fromStdString(name) + '\0' +
                    QByteArray::fromStdString(part.filename) + '\0' +
                    QByteArray::fromStdString(part.content_type) + '\0' +
                    IdempotencyStore::hash(QByteArray::fromStdString(part.content));
    const QByteArray hash = IdempotencyStore::hash(material);
    if (const auto stored = m_idempotency.find(scope, key)) {
        if (stored->requestHash != hash) {
            http::problem(res, req.language, 422, QStringLiteral("idempotency_key_reused"));
            return;
        }
        res.status = stored->status;
        res.set_header("Idempotent-Replayed", "true");
        if (!stored->body.isEmpty())
            res.set_content(stored->body.constData(), size_t(stored->body.size()),
                            stored->contentType.constData());
        return;
    }
    handler(req, res);
    if (res.status < 500 && res.status != 429) // a server failure or a throttle is worth retrying
        m_idempotency.remember(scope, key,
                               {hash, res.status,
                                QByteArray::fromStdString(res.get_header_value("Content-Type")),
                                QByteArray::fromStdString(res.body)});
}

void Router::add(const QString &method, const QString &path, Access access, Handler handler,
                 Idempotency idempotency)
{
    Route route;
    route.method = method;
    route.path = path;
    route.access = access;
    route.idempotency = idempotency;
    // "/api/v1/contracts/{contractId}" → "/api/v1/contracts/([^/]+)"
    static const QRegularExpression param(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    QString pattern;
    qsizetype last = 0;
    for (auto it = param.globalMatch(path); it.hasNext();) {
        const auto m = it.next();
        pattern += escapeLiteral(path.mid(last, m.capturedStart() - last));
        pattern += QStringLiteral("([^/]+)");
        route.paramNames << m.captured(1);
        last = m.capturedEnd();
    }
    pattern += escapeLiteral(path.mid(last));
    route.regex = QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
    m_routes << route;

    // httplib wants std::regex syntax; our pattern uses only escapes and [^/]+, valid in both.
    const std::string httplibPattern = pattern.toStdString();
    const QStringList names = route.paramNames;
    auto wrapped = [this, names, access, handler, idempotency](const httplib::Request &http,
                                                               httplib::Response &res) {
        ApiRequest req{
            http,
            {},
            std::nullopt,
            http::languageFor(QString::fromStdString(http.get_header_value("Accept-Language"))),
            http::requestIdFor(http),
            m_clientAddress.of(http)};
        res.set_header("X-Request-Id", req.requestId.toStdString());
        for (int i = 0; i < names.size() && size_t(i + 1) < http.matches.size(); ++i)
            req.params.insert(names.at(i),
                              QString::fromStdString(http.matches[size_t(i + 1)].str()));
        if (access == Access::Authenticated) {
            const QString auth = req.header("Authorization");
            if (!auth.startsWith(QLatin1StringView("Bearer "), Qt::CaseInsensitive)) {
                res.set_header("WWW-Authenticate", "Bearer");
                http::problem(res, req.language, 401, QStringLiteral("unauthorized"));
                return;
            }
            req.principal = m_sessions.authenticate(auth.mid(7).trimmed());
            if (!req.principal) {
                res.set_header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                http::problem(res, req.language, 401, QStringLiteral("invalid_token"));
                return;
            }
        }
        try {
            if (idempotency == Idempotency::Keyed)
                runIdempotent(req, res, handler);
            else
                handler(req, res);
        } catch (const std::exception &e) {
            qCCritical(lcHttp) << "handler threw:" << e.what() << req.requestId;
            http::problem(res, req.language, 500, QStringLiteral("internal_error"));
        }
    };
    if (method == QLatin1StringView("GET"))
        m_server.Get(httplibPattern, wrapped);
    else if (method == QLatin1StringView("POST"))
        m_server.Post(httplibPattern, wrapped);
    else if (method == QLatin1StringView("PUT"))
        m_server.Put(httplibPattern, wrapped);
    else if (method == QLatin1StringView("PATCH"))
        m_server.Patch(httplibPattern, wrapped);
    else if (method == QLatin1StringView("DELETE"))
        m_server.Delete(httplibPattern, wrapped);
}

} // namespace ov::server
