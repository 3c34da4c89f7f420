#pragma once

#include "ApiRequest.h"
#include "ClientAddress.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <httplib.h>

#include <functional>

namespace ov::server {

class IdempotencyStore;
class SessionService;

// Registers API routes on the HTTP server with OpenAPI-style paths ("/api/v1/contracts/{id}"),
// so the list of routes can be compared with docs/api/openapi.yaml. Each handler gets an
// ApiRequest with its path parameters, language and — on authenticated routes — the caller;
// a missing or invalid bearer token is answered with 401 before the handler runs.
class Router
{
public:
    enum class Access
    {
        Public,
        Authenticated
    };
    // Keyed: a change that must be made once (a POST that creates something, an unlink) honours
    // Idempotency-Key (see IdempotencyStore).
    enum class Idempotency
    {
        None,
        Keyed
    };
    using Handler = std::function<void(ApiRequest &, httplib::Response &)>;

    struct Route
    {
        QString method; // GET, POST, PUT, PATCH, DELETE
        QString path;   // OpenAPI template
        Access access = Access::Public;
        Idempotency idempotency = Idempotency::None;
        QRegularExpression regex;
        QStringList paramNames;
    };

    Router(httplib::Server &server, SessionService &sessions, IdempotencyStore &idempotency,
           const ClientAddress &clientAddress);

    void get(const QString &path, Access access, Handler handler);
    void post(const QString &path, Access access, Handler handler,
              Idempotency idempotency = Idempotency::None);
    void put(const QString &path, Access access, Handler handler);
    void patch(const QString &path, Access access, Handler handler,
               Idempotency idempotency = Idempotency::None);
    void del(const QString &path, Access access, Handler handler,
             Idempotency idempotency = Idempotency::None);

    const QList<Route> &routes() const { return m_routes; }
    // Methods registered for a concrete path, for 405 + Allow.
    QStringList methodsFor(const QString &path) const;

private:
    void add(const QString &method, const QString &path, Access access, Handler handler,
             Idempotency idempotency = Idempotency::None);
    void runIdempotent(ApiRequest &req, httplib::Response &res, const Handler &handler);

    httplib::Server &m_server;
    SessionService &m_sessions;
    IdempotencyStore &m_idempotency;
    const ClientAddress &m_clientAddress;
    QList<Route> m_routes;
};

} // namespace ov::server
