#pragma once

#include "RequestRepository.h"

#include "auth/RateLimiter.h"
#include "data/BillingCalendar.h"
#include "db/Database.h"
#include "domain/BusinessCalendar.h"
#include "domain/Clock.h"
#include "domain/UtilityConfig.h"
#include "http/ServiceResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ov::server {

class Mailer;

// Requests and complaints (PQRS): filing with attachments and the legal answer deadline, the
// thread (customer replies, the back office's answers and status changes), and the public
// contact form. Every change is a synced write of the request, so the owner's clients see it
// through the feed.
class RequestService
{
public:
    // A file as it arrived (multipart part): the declared name and type are not trusted.
    struct Upload
    {
        QString fileName;
        QByteArray bytes;
    };

    RequestService(Database &db, std::shared_ptr<const Clock> clock,
                   const BillingCalendar &calendar, UtilityConfig utility, RateLimiter &limiter,
                   Mailer &mailer);

    // 201 with the request (its number and answerDueDate); 400 with field errors.
    ServiceResult create(const QString &userId, const QJsonObject &fields,
                         const QList<Upload> &uploads);
    // 201 with the message; 404, 409 request_closed, 400.
    ServiceResult reply(const QString &userId, const QString &requestId, const QJsonObject &fields,
                        const QList<Upload> &uploads);
    ServiceResult get(const QString &userId, const QString &requestId);
    ServiceResult list(const QString &userId, const QString &status);
    // The public form: 202 with the filing number; 429 when an address or email sends too many.
    ServiceResult contact(const QString &clientAddress, const QJsonObject &fields);

    // The back office's answer (ov-server admin answer): a message from the utility that sets
    // the status to `status` (in_progress, answered or closed) and tells the customer. An
    // error text, or empty when done.
    QString answer(const QString &number, const QString &text, const QString &status,
                   QString *customerEmail = nullptr);

    const BusinessCalendar &businessDays() const { return m_businessDays; }

    static constexpr int kContactPerAddress = 5; // an hour
    static constexpr int kContactPerEmail = 3;

private:
    // Checks the files by content; field errors, or the files to store.
    QList<FieldError> inspect(const QList<Upload> &uploads,
                              QList<RequestRepository::NewFile> &files) const;
    std::optional<ServiceRequest> fileRequest(SyncWrite &write, const RequestCategory &category,
                                              const QString &contractId, const QString &subject,
                                              const QString &description, const QString &userId,
                                              const QString &channel, const QString &contactName,
                                              const QString &contactEmail,
                                              const QList<RequestRepository::NewFile> &files);

    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    const BillingCalendar &m_calendar;
    UtilityConfig m_utility;
    BusinessCalendar m_businessDays;
    RateLimiter &m_limiter;
    Mailer &m_mailer;
};

} // namespace ov::server
