#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ov {

// Something the utility tells the user: a new invoice, one due soon, an answered request, a
// reading to be reviewed. `params` carries the facts (invoice number, amount, due date, filing
// number…) so the client words it in its own language; `title`/`body` are the server's wording
// in the utility's language, for other clients. `link` names what it is about.
struct Notification
{
    QString id;
    QString kind; // new_invoice | due_reminder | request_answered | reading_flagged
    QString title;
    QString body;
    QJsonObject params;
    QString linkResource; // contract | invoice | request (empty: none)
    QString linkId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime readAt;

    bool isRead() const { return readAt.isValid(); }
    QJsonObject toJson() const;
    static Notification fromJson(const QJsonObject &o);
    friend bool operator==(const Notification &, const Notification &) = default;
};

} // namespace ov
