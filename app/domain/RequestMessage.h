#pragma once

#include "RequestAttachment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ov {

// One entry of a request's thread: a message from the customer or the utility, or a change of
// status (author "utility", `status` set, the body an optional remark).
struct RequestMessage
{
    QString id;
    QString author; // customer | utility
    QString body;
    QString status; // set on a status change: in_progress | answered | closed
    QDateTime createdAt;
    QList<RequestAttachment> attachments;

    QJsonObject toJson() const;
    static RequestMessage fromJson(const QJsonObject &o);
    friend bool operator==(const RequestMessage &, const RequestMessage &) = default;
};

} // namespace ov
