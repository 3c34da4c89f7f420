#include "NotificationsController.h"

#include "AppController.h"
#include "cache/Cache.h"
#include "core/FutureCallback.h"
#include "outbox/Outbox.h"
#include "settings/Settings.h"
#include "sync/SyncEngine.h"

#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>

namespace ov {

NotificationsController::NotificationsController(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    connect(app, &AppController::stageChanged, this, &NotificationsController::reload);
    connect(app->outbox(), &Outbox::changed, this, &NotificationsController::changed);
    // A read mark the server refuses (the notification is gone) has nothing to show the user.
    connect(app->outbox(), &Outbox::rejected, this, [this](const OutboxEntry &e) {
        if (e.action == QLatin1StringView(kReadAction) ||
            e.action == QLatin1StringView(kReadAllAction))
            m_app->outbox()->dismiss(e.id);
    });
}

QString NotificationsController::userKey() const
{
    Cache *cache = m_app->cache();
    return cache ? m_app->profile().id + QLatin1Char('/') +
                       QFileInfo(cache->path()).completeBaseName()
                 : QString();
}

bool NotificationsController::isRead(const Notification &n) const
{
    if (n.isRead())
        return true;
    for (const OutboxEntry &e : m_app->outbox()->entries()) {
        if (e.action == QLatin1StringView(kReadAction) && e.scope == n.id)
            return true;
        if (e.action == QLatin1StringView(kReadAllAction) && n.createdAt <= e.createdAt)
            return true;
    }
    return false;
}

QList<Notification> NotificationsController::notifications() const
{
    QList<Notification> list = m_list;
    for (Notification &n : list)
        if (!n.isRead() && isRead(n))
            n.readAt = QDateTime::currentDateTimeUtc(); // pending: counts as read already
    return list;
}

int NotificationsController::unreadCount() const
{
    return int(std::count_if(m_list.begin(), m_list.end(),
                             [this](const Notification &n) { return !isRead(n); }));
}

void NotificationsController::markRead(const QString &id)
{
    const auto it = std::find_if(m_list.begin(), m_list.end(),
                                 [&](const Notification &n) { return n.id == id; });
    if (it == m_list.end() || isRead(*it))
        return;
    OutboxEntry e;
    e.action = QString::fromLatin1(kReadAction);
    e.scope = id;
    e.path = QStringLiteral("/notifications/%1/read").arg(id);
    m_app->outbox()->enqueue(e);
}

void NotificationsController::markAllRead()
{
    if (unreadCount() == 0)
        return;
    OutboxEntry e;
    e.action = QString::fromLatin1(kReadAllAction);
    e.path = QStringLiteral("/notifications/read-all");
    m_app->outbox()->enqueue(e);
}

void NotificationsController::follow(SyncEngine *sync)
{
    if (m_sync == sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (!sync)
        return;
    connect(sync, &SyncEngine::itemsChanged, this, [this](const QString &resource) {
        if (resource == QLatin1StringView("notifications"))
            reload();
    });
    // Nothing is known to be announced yet: once a sync has brought what the account already
    // had (perhaps nothing), that is the mark; what comes after it is news.
    connect(sync, &SyncEngine::finished, this, [this](bool ok) {
        if (ok && !m_app->settings()->notificationsShownUntil(userKey()).isValid())
            reload();
    });
}

void NotificationsController::announce()
{
    const QString key = userKey();
    if (key.isEmpty())
        return;
    Settings *settings = m_app->settings();
    // Announced so far: everything created before `until`, and these ids created at it.
    const QDateTime until = settings->notificationsShownUntil(key);
    QStringList atUntil = settings->notificationsShownAt(key);
    QDateTime newest;
    for (const Notification &n : std::as_const(m_list))
        if (!newest.isValid() || n.createdAt > newest)
            newest = n.createdAt;
    QStringList atNewest;
    for (const Notification &n : std::as_const(m_list))
        if (n.createdAt == newest)
            atNewest << n.id;
    if (!until.isValid()) {
        // The first look at this account here: what is there is not news. An empty cache that
        // has not synced yet says nothing (the sync may bring old ones): wait for it.
        if (!m_list.isEmpty() || m_app->lastSynced().isValid()) {
            settings->setNotificationsShownUntil(
                key,
                newest.isValid() ? newest : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()));
            settings->setNotificationsShownAt(key, atNewest);
        }
        return;
    }
    QList<Notification> fresh;
    for (const Notification &n : std::as_const(m_list))
        if (!isRead(n) &&
            (n.createdAt > until || (n.createdAt == until && !atUntil.contains(n.id))))
            fresh.append(n);
    if (newest > until) {
        settings->setNotificationsShownUntil(key, newest);
        settings->setNotificationsShownAt(key, atNewest);
    } else if (newest == until) {
        for (const QString &id : std::as_const(atNewest))
            if (!atUntil.contains(id))
                atUntil << id;
        settings->setNotificationsShownAt(key, atUntil);
    }
    if (!fresh.isEmpty())
        emit arrived(fresh);
}

void NotificationsController::reload()
{
    follow(m_app->sync());
    Cache *cache = m_app->cache();
    const int generation = ++m_generation;
    if (!cache) {
        m_list.clear();
        emit changed();
        return;
    }
    whenFinished(this, cache->run([cache] { return cache->notifications(); }),
                 [this, generation](QList<Notification> list) {
                     if (generation != m_generation)
                         return;
                     std::sort(list.begin(), list.end(),
                               [](const Notification &a, const Notification &b) {
                                   return a.createdAt > b.createdAt;
                               });
                     m_list = list;
                     emit changed();
                     announce();
                 });
}

} // namespace ov
