#pragma once

#include "domain/Notification.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ov {

class AppController;
class SyncEngine;

// The bell's data: the user's notifications from the cache (again whenever a sync brings
// some), newest first, read or not as the user left them — a read mark goes through the outbox
// and counts at once, before the server confirms it. Newly arrived unread ones (a later sync's,
// or those that came while the app was closed) are announced once with arrived(), for the
// desktop notifications; the first load after sign-in only remembers what is there.
class NotificationsController : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kReadAction = "notification.read";
    static constexpr const char *kReadAllAction = "notification.read-all";

    explicit NotificationsController(AppController *app, QObject *parent = nullptr);

    QList<Notification> notifications() const; // newest first, with the pending read marks
    int unreadCount() const;
    bool isRead(const Notification &n) const;
    void markRead(const QString &id);
    void markAllRead();
    void reload();

signals:
    void changed();                                     // the list or the read marks changed
    void arrived(const QList<ov::Notification> &fresh); // new and unread, newest first

private:
    void follow(SyncEngine *sync);
    void announce();
    QString userKey() const;

    AppController *m_app;
    QPointer<SyncEngine> m_sync;
    QList<Notification> m_list;
    int m_generation = 0;
};

} // namespace ov
