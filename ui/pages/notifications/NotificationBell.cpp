#include "NotificationBell.h"

#include "AppController.h"
#include "NotificationsPopup.h"
#include "notifications/NotificationsController.h"

#include <QIcon>
#include <QScreen>

#include <algorithm>

namespace ov {

NotificationBell::NotificationBell(AppController *app, QWidget *parent)
    : QToolButton(parent)
    , m_app(app)
    , m_popup(new NotificationsPopup(this))
{
    setObjectName(QStringLiteral("notificationBellButton"));
    setIcon(QIcon(QStringLiteral(":/ov/icons/notifications.svg")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setFocusPolicy(Qt::StrongFocus);
    setShortcut(QKeySequence(tr("Ctrl+Shift+N")));

    NotificationsController *controller = app->notifications();
    connect(controller, &NotificationsController::changed, this, &NotificationBell::refresh);
    connect(this, &QToolButton::clicked, this, &NotificationBell::showPopup);
    connect(m_popup, &NotificationsPopup::activated, this, &NotificationBell::open);
    connect(m_popup, &NotificationsPopup::markAllReadRequested, controller,
            &NotificationsController::markAllRead);
    refresh();
}

void NotificationBell::refresh()
{
    const int unread = m_app->notifications()->unreadCount();
    setText(unread > 0 ? QString::number(unread) : QString());
    const QString name = unread > 0 ? tr("Notifications, %n unread", nullptr, unread)
                                    : tr("Notifications, none unread");
    setAccessibleName(name);
    setToolTip(name + tr(" (Ctrl+Shift+N)"));
    if (m_popup->isVisible())
        m_popup->setNotifications(m_app->notifications()->notifications(), m_app->displayLocale());
}

void NotificationBell::showPopup()
{
    m_popup->setNotifications(m_app->notifications()->notifications(), m_app->displayLocale());
    m_popup->adjustSize();
    // Under the bell, its right edge on the bell's, kept on the screen.
    QPoint at = mapToGlobal(QPoint(width() - m_popup->width(), height()));
    if (const QScreen *s = screen()) {
        const QRect area = s->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(),
                           std::max(area.left(), area.right() - m_popup->width())));
        at.setY(std::clamp(at.y(), area.top(),
                           std::max(area.top(), area.bottom() - m_popup->height())));
    }
    m_popup->move(at);
    m_popup->show();
    m_popup->setFocus();
}

void NotificationBell::open(const QString &notificationId)
{
    if (!m_popup->isVisible()) // a click also counts as an activation: open once
        return;
    m_popup->hide();
    for (const Notification &n : m_app->notifications()->notifications())
        if (n.id == notificationId) {
            m_app->notifications()->markRead(n.id);
            emit openRequested(n);
            return;
        }
}

} // namespace ov
