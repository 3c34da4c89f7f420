#pragma once

#include "domain/FieldError.h"
#include "domain/ServiceRequest.h"

#include <QCoreApplication>
#include <QString>

namespace ov {

// The words for requests in the user's language: statuses, kinds, deadlines and the messages
// for the field errors of RequestRules (the client's checks and the server's are the same).
class RequestText
{
    Q_DECLARE_TR_FUNCTIONS(RequestText)

public:
    static QString statusName(const QString &status); // filed → "Filed"
    static QString kindName(const QString &kind);     // complaint → "Complaint"
    // "5 business days left", "Due today", "Overdue by 2 business days", or for an answered or
    // closed one "Answered".
    static QString deadline(const ServiceRequest &r, int businessDaysLeft);
    // `fileName`: the attachment an attachments[i] error is about.
    static QString message(const FieldError &error, const QString &fileName = {});
};

} // namespace ov
