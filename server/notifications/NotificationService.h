#pragma once

#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/Notification.h"
#include "domain/UtilityConfig.h"
#include "http/ServiceResult.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace ov::server {

class Mailer;
class SyncWrite;

// What the utility tells a user: created inside the write that caused it (an invoice issued, a
// request answered, a reading flagged) or by the day moving on (an invoice due in 3 days),
// once per event; delivered through the sync feed ("notifications"); emailed, when the user's
// preferences say so, by a background pass that claims each pending email exactly once even
// with several instances (deliverPending).
class NotificationService
{
public:
    struct Draft
    {
        QString userId;
        QString kind;      // new_invoice | due_reminder | request_answered | reading_flagged
        QString dedupeKey; // one notification per key and user
        QJsonObject params;
        QString linkResource;
        QString linkId;
    };

    NotificationService(Database &db, std::shared_ptr<const Clock> clock, UtilityConfig utility,
                        Mailer &mailer);

    // Stores the notification in the write (nothing when the key was used already).
    static bool create(SyncWrite &write, const Draft &draft, const UtilityConfig &utility,
                       const QDateTime &now);
    static bool create(QSqlDatabase &conn, qint64 version, const Draft &draft,
                       const UtilityConfig &utility, const QDateTime &now);
    // One notification per user of a contract (each user linked to it).
    static bool createForContract(SyncWrite &write, const QString &contractId, Draft draft,
                                  const UtilityConfig &utility, const QDateTime &now);
    // Reminders for the unpaid invoices due 3 days after a day in (from, to].
    static bool dueReminders(QSqlDatabase &conn, qint64 version, const QDate &from, const QDate &to,
                             const UtilityConfig &utility, const QDateTime &now);

    // The stored columns ("t." prefixed), in the order fromRow() reads them.
    static QString columns();
    static Notification fromRow(const QSqlQuery &q);

    ServiceResult list(const QString &userId);
    ServiceResult markRead(const QString &userId, const QString &id);
    ServiceResult markAllRead(const QString &userId);
    // Hands the pending emails to the mailer; returns how many went.
    int deliverPending();

    static constexpr int kReminderDays = 3;

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    UtilityConfig m_utility;
    Mailer &m_mailer;
};

} // namespace ov::server
