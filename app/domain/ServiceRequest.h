#pragma once

#include "RequestMessage.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ov {

// A request, complaint or claim (PQRS) the customer filed, with its whole thread. Statuses go
// filed → in_progress → answered → closed; a customer reply to an answered request puts it back
// in progress.
struct ServiceRequest
{
    QString id;
    QString number; // the filing number (radicado) to quote
    QString categoryId;
    QString kind;       // petition | complaint | claim | suggestion
    QString contractId; // empty when about no particular supply
    QString subject;
    QString status = QStringLiteral("filed");
    QDateTime createdAt;
    QDateTime updatedAt;
    QDate answerDueDate; // the legal deadline (business days)
    QDateTime answeredAt;
    QDateTime closedAt;
    QList<RequestMessage> messages; // oldest first

    static QStringList statuses(); // filed, in_progress, answered, closed
    bool isOpen() const { return status != QLatin1StringView("answered") && !isClosed(); }
    bool isClosed() const { return status == QLatin1StringView("closed"); }

    QJsonObject toJson() const;
    static ServiceRequest fromJson(const QJsonObject &o);
    friend bool operator==(const ServiceRequest &, const ServiceRequest &) = default;
};

} // namespace ov
