#pragma once

#include "ServerContext.h"
#include "ServerSettings.h"
#include "auth/OneTimeCodes.h"
#include "auth/RateLimiter.h"
#include "http/AccessLog.h"
#include "http/ClientAddress.h"
#include "http/IdempotencyStore.h"
#include "http/Router.h"
#include "mail/Mailer.h"
#include "sync/SyncFeed.h"
#include "work/BackgroundWork.h"

#include <QString>

#include <httplib.h>

#include <memory>
#include <thread>

namespace ov::server {

// The HTTP API of one utility over a prepared database: routes, errors as problem+json,
// access log, TLS, thread pool and request size limit.
class ApiServer
{
public:
    ApiServer(Database &db, Utility utility, std::shared_ptr<const Clock> clock,
              ServerSettings settings = {});
    ~ApiServer();

    // Binds host:port (port 0: any free port). False with a message on failure.
    bool bind(const QString &host, int port, QString *error);
    int port() const { return m_port; }
    bool isTls() const { return m_tls; }
    const Router &router() const { return *m_router; }
    Mailer &mailer() { return *m_mailer; }
    // What requests handed off (emails, password resets); tests wait for it.
    BackgroundWork &background() { return *m_work; }

    void run();   // serves until stop()
    void start(); // serves on a background thread (tests)
    void stop();

private:
    void installErrorHandling();

    Database &m_db;
    Utility m_utility;
    std::shared_ptr<const Clock> m_clock;
    ServerSettings m_settings;
    std::unique_ptr<httplib::Server> m_http;
    bool m_tls = false;
    int m_port = -1;
    socket_t m_listenSocket = INVALID_SOCKET; // to raise httplib's backlog of 5
    AccessLog m_accessLog;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<OneTimeCodes> m_codes;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<TwoFactorService> m_twoFactor;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<RegistrationService> m_registration;
    std::unique_ptr<PasswordService> m_passwords;
    std::unique_ptr<ProfileService> m_profiles;
    std::unique_ptr<BillingCalendar> m_calendar;
    std::unique_ptr<ContractRepository> m_contracts;
    std::unique_ptr<InvoiceRepository> m_invoices;
    std::unique_ptr<ReadingRepository> m_readings;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<ReadingService> m_readingSubmissions;
    std::unique_ptr<RequestService> m_requests;
    std::unique_ptr<NotificationService> m_notifications;
    std::unique_ptr<ContractLinkService> m_contractLinks;
    std::unique_ptr<ContractEditService> m_contractEdits;
    std::unique_ptr<SyncFeed> m_syncFeed;
    ResponseCache m_responses;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<ClientAddress> m_clientAddress;
    std::unique_ptr<Router> m_router;
    std::thread m_thread;
    // Last, so it is destroyed first: what is still running uses the services above.
    std::unique_ptr<BackgroundWork> m_work;
};

} // namespace ov::server
