#pragma once

#include "accounts/PasswordService.h"
#include "accounts/ProfileService.h"
#include "accounts/RegistrationService.h"
#include "accounts/TwoFactorService.h"
#include "auth/SessionService.h"
#include "contracts/ContractEditService.h"
#include "contracts/ContractLinkService.h"
#include "data/BillingCalendar.h"
#include "data/ContractRepository.h"
#include "data/InvoiceRepository.h"
#include "data/ReadingRepository.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "http/ResponseCache.h"
#include "notifications/NotificationService.h"
#include "payments/PaymentService.h"
#include "readings/ReadingService.h"
#include "requests/RequestService.h"
#include "sync/SyncFeed.h"
#include "utility/Utility.h"

#include <memory>

namespace ov::server {

// The services the route handlers share; owned by ApiServer, alive while it runs.
struct ServerContext
{
    Database &db;
    const Utility &utility;
    std::shared_ptr<const Clock> clock;
    SessionService &sessions;
    ContractRepository &contracts;
    InvoiceRepository &invoices;
    ReadingRepository &readings;
    SyncFeed &sync;
    const BillingCalendar &calendar;
    ResponseCache &responses;
    RegistrationService &registration;
    PasswordService &passwords;
    ProfileService &profiles;
    TwoFactorService &twoFactor;
    PaymentService &payments;
    ReadingService &readingSubmissions;
    RequestService &requests;
    NotificationService &notifications;
    ContractLinkService &contractLinks;
    ContractEditService &contractEdits;
    bool tls = false; // served over HTTPS: links to the server's own pages say so
};

} // namespace ov::server
