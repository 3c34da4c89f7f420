#include "ApiServer.h"

#include "notifications/NotificationRoutes.h"
#include "requests/RequestRoutes.h"

#include "contracts/ContractRoutes.h"
#include "data/SyncedData.h"
#include "http/HttpReply.h"
#include "interval/IntervalRoutes.h"
#include "invoices/InvoiceRoutes.h"
#include "mail/OutboxMailer.h"
#include "mail/QueuedMailer.h"
#include "mail/SmtpMailer.h"
#include "payments/PaymentRoutes.h"
#include "readings/ReadingRoutes.h"
#include "routes/AccountRoutes.h"
#include "routes/ConfigRoutes.h"
#include "routes/RegistrationRoutes.h"
#include "routes/SessionRoutes.h"
#include "sync/SyncRoutes.h"

#include <QLoggingCategory>

#include <atomic>
#include <chrono>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace ov::server {

ApiServer::ApiServer(Database &db, Utility utility, std::shared_ptr<const Clock> clock,
                     ServerSettings settings)
    : m_db(db)
    , m_utility(std::move(utility))
    , m_clock(std::move(clock))
    , m_settings(std::move(settings))
{
    if (!m_settings.tlsCertPath.isEmpty()) {
        m_http =
            std::make_unique<httplib::SSLServer>(m_settings.tlsCertPath.toLocal8Bit().constData(),
                                                 m_settings.tlsKeyPath.toLocal8Bit().constData());
        m_tls = true;
    } else {
        m_http = std::make_unique<httplib::Server>();
    }
    const int threads = std::max(1, m_settings.threads);
    m_http->new_task_queue = [threads] {
        return new httplib::ThreadPool(size_t(threads));
    };
    m_http->set_payload_max_length(m_settings.maxBodyBytes);
    // A sync is a few requests in a row on one connection; httplib closes one after 5 by
    // default. Not many more, though: a kept-alive connection holds a worker thread, and
    // connections beyond the thread count wait until one is given back.
    m_http->set_keep_alive_max_count(100);
    // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
    // the client's delayed ACK hold every response back by 40 ms.
    m_http->set_tcp_nodelay(true);
    // httplib listens with a backlog of 5: a burst of new connections beyond it (a proxy
    // opening more upstream connections, many apps coming back online at once) has its SYNs
    // dropped and retried after 1, 3, 7, 15 s. Keep the socket to listen again with a real one.
    m_http->set_socket_options([this](socket_t sock) {
        httplib::default_socket_options(sock);
        m_listenSocket = sock;
    });
    m_http->set_read_timeout(m_settings.readTimeoutSeconds, 0);
    m_http->set_write_timeout(m_settings.writeTimeoutSeconds, 0);

    const UtilityConfig &config = m_utility.defaultConfig();
    m_work = std::make_unique<BackgroundWork>();
    std::unique_ptr<Mailer> delivery;
    if (m_settings.smtpUrl.isEmpty())
        delivery =
            std::make_unique<OutboxMailer>(m_settings.outboxDir, m_settings.mailFrom, m_clock);
    else
        delivery = std::make_unique<SmtpMailer>(QUrl(m_settings.smtpUrl), m_settings.mailFrom,
                                                m_clock, m_settings.smtpCaFile);
    // Off the request thread: a slow relay slows no answer, and no answer's time depends on
    // whether an email went out.
    m_mailer = std::make_unique<QueuedMailer>(std::move(delivery), *m_work);
    m_codes = std::make_unique<OneTimeCodes>(m_clock);
    m_limiter = std::make_unique<RateLimiter>(m_db, m_clock);
    m_idempotency = std::make_unique<IdempotencyStore>(m_db, m_clock);
    m_twoFactor = std::make_unique<TwoFactorService>(m_db, m_clock, config.name, *m_limiter);
    m_sessions = std::make_unique<SessionService>(
        m_db, m_clock, *m_codes, *m_twoFactor, *m_limiter,
        SessionService::AddressLimits{m_settings.signInFailuresPerAddress,
                                      m_settings.signInFailuresPerBlock,
                                      m_settings.signInWindowSeconds});
    m_registration = std::make_unique<RegistrationService>(m_db, m_clock, m_utility, *m_codes,
                                                           *m_limiter, *m_mailer, *m_sessions);
    m_passwords = std::make_unique<PasswordService>(m_db, m_clock, m_utility, *m_codes, *m_limiter,
                                                    *m_mailer, *m_sessions, *m_work);
    m_profiles = std::make_unique<ProfileService>(m_db, m_clock, m_utility, *m_codes, *m_mailer);
    m_calendar = std::make_unique<BillingCalendar>(m_clock, config.timeZone);
    m_contracts = std::make_unique<ContractRepository>(m_db, *m_calendar, config.currency);
    m_invoices = std::make_unique<InvoiceRepository>(m_db, *m_calendar);
    m_readings = std::make_unique<ReadingRepository>(m_db);
    m_payments = std::make_unique<PaymentService>(m_db, m_clock);
    m_readingSubmissions = std::make_unique<ReadingService>(m_db, m_clock, *m_calendar, config);
    m_requests =
        std::make_unique<RequestService>(m_db, m_clock, *m_calendar, config, *m_limiter, *m_mailer);
    m_notifications = std::make_unique<NotificationService>(m_db, m_clock, config, *m_mailer);
    m_contractLinks = std::make_unique<ContractLinkService>(m_db, m_clock, m_utility, *m_contracts,
                                                            *m_limiter, *m_mailer);
    m_contractEdits = std::make_unique<ContractEditService>(m_db, m_clock, m_utility, *m_contracts,
                                                            *m_codes, *m_limiter, *m_mailer);
    m_syncFeed = std::make_unique<SyncFeed>(m_db, *m_calendar,
                                            SyncedData::sources(*m_contracts, *m_invoices, config));
    m_context = std::make_unique<ServerContext>(ServerContext{m_db,
                                                              m_utility,
                                                              m_clock,
                                                              *m_sessions,
                                                              *m_contracts,
                                                              *m_invoices,
                                                              *m_readings,
                                                              *m_syncFeed,
                                                              *m_calendar,
                                                              m_responses,
                                                              *m_registration,
                                                              *m_passwords,
                                                              *m_profiles,
                                                              *m_twoFactor,
                                                              *m_payments,
                                                              *m_readingSubmissions,
                                                              *m_requests,
                                                              *m_notifications,
                                                              *m_contractLinks,
                                                              *m_contractEdits,
                                                              !m_settings.tlsCertPath.isEmpty()});
    m_clientAddress = std::make_unique<ClientAddress>(m_settings.trustedProxies);
    m_router = std::make_unique<Router>(*m_http, *m_sessions, *m_idempotency, *m_clientAddress);

    ConfigRoutes::install(*m_router, *m_context);
    SessionRoutes::install(*m_router, *m_context);
    RegistrationRoutes::install(*m_router, *m_context);
    AccountRoutes::install(*m_router, *m_context);
    ContractRoutes::install(*m_router, *m_context);
    SyncRoutes::install(*m_router, *m_syncFeed);
    InvoiceRoutes::install(*m_router, *m_context);
    PaymentRoutes::install(*m_router, *m_context);
    ReadingRoutes::install(*m_router, *m_context);
    IntervalRoutes::install(*m_router, *m_context);
    RequestRoutes::install(*m_router, *m_context);
    NotificationRoutes::install(*m_router, *m_context);
    // Notification emails: whatever any instance (or the back office's command line) created,
    // claimed and sent a row at a time, every few seconds, off the request threads.
    m_work->every(QStringLiteral("notification emails"),
                  std::chrono::seconds(m_settings.notificationPollSeconds),
                  [this] { m_notifications->deliverPending(); });
    installErrorHandling();
}

ApiServer::~ApiServer()
{
    stop();
}

void ApiServer::installErrorHandling()
{
    // On every response unless it says otherwise: API answers are personal and hold tokens
    // (RFC 6749 §5.1: no-store), and no answer may be sniffed into another type.
    m_http->set_default_headers(
        {{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}});
    m_http->set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &) {
        m_accessLog.requestStarted();
        // A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112
        // §6.3), but httplib 0.11 would wait for one until the read timeout (15 s, a thread
        // held). Say so before it reads: the request object is httplib's own, not a const one.
        if ((req.method == "POST" || req.method == "PUT" || req.method == "PATCH") &&
            !req.has_header("Content-Length") && !req.has_header("Transfer-Encoding"))
            const_cast<httplib::Request &>(req).set_header("Content-Length", "0");
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Anything that reaches the client as an error without a body of ours (unknown route, body
    // over the limit, httplib's own 400s) still gets a problem+json body with a stable code.
    m_http->set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request &req, httplib::Response &res) {
            // Answers that never reached a route (unknown path, httplib's own 400/413/414) carry
            // a request id too, like every other.
            if (!res.has_header("X-Request-Id"))
                res.set_header("X-Request-Id", http::requestIdFor(req).toStdString());
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            const QString language =
                http::languageFor(QString::fromStdString(req.get_header_value("Accept-Language")));
            QString code;
            switch (res.status) {
            case 404: {
                const QStringList allowed = m_router->methodsFor(QString::fromStdString(req.path));
                if (!allowed.isEmpty()) {
                    res.set_header("Allow", allowed.join(QStringLiteral(", ")).toStdString());
                    http::problem(res, language, 405, QStringLiteral("method_not_allowed"));
                    return httplib::Server::HandlerResponse::Handled;
                }
                code = QStringLiteral("not_found");
                break;
            }
            case 413:
                code = QStringLiteral("payload_too_large");
                break;
            case 400:
                code = QStringLiteral("bad_request");
                break;
            default:
                code = res.status >= 500 ? QStringLiteral("internal_error")
                                         : QStringLiteral("bad_request");
            }
            http::problem(res, language, res.status, code);
            return httplib::Server::HandlerResponse::Handled;
        }));
    m_http->set_exception_handler(
        [](const httplib::Request &req, httplib::Response &res, std::exception_ptr) {
            qCCritical(lcHttp) << "unhandled exception in a handler";
            if (!res.has_header("X-Request-Id"))
                res.set_header("X-Request-Id", http::requestIdFor(req).toStdString());
            http::problem(res, QStringLiteral("es"), 500, QStringLiteral("internal_error"));
        });
    m_http->set_logger([this](const httplib::Request &req, const httplib::Response &res) {
        m_accessLog.write(req, res);
    });
}

bool ApiServer::bind(const QString &host, int port, QString *error)
{
    if (!m_http->is_valid()) {
        *error = QStringLiteral("TLS certificate or key could not be loaded");
        return false;
    }
    if (!m_accessLog.open(m_settings.accessLogPath, error))
        return false;
    const std::string h = host.toStdString();
    m_port = port == 0 ? m_http->bind_to_any_port(h) : (m_http->bind_to_port(h, port) ? port : -1);
    if (m_port < 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(host).arg(port);
        return false;
    }
    // Listening again on a listening socket sets its backlog (POSIX; Windows keeps the first).
    if (m_listenSocket != INVALID_SOCKET && ::listen(m_listenSocket, SOMAXCONN) != 0)
        qCWarning(lcHttp) << "could not raise the listen backlog";
    return true;
}

void ApiServer::run()
{
    m_http->listen_after_bind();
}

void ApiServer::start()
{
    auto ended = std::make_shared<std::atomic<bool>>(false);
    m_thread = std::thread([this, ended] {
        m_http->listen_after_bind();
        *ended = true;
    });
    // httplib's stop() does nothing before the accept loop runs; a stop() that came too early
    // would leave the thread serving forever. Return only once it runs (or has given up).
    while (!m_http->is_running() && !*ended)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void ApiServer::stop()
{
    if (m_http)
        m_http->stop();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace ov::server
