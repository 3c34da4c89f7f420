#pragma once

#include "domain/Notification.h"

#include <QToolButton>

namespace ov {

class AppController;
class NotificationsPopup;

// The bell in the workspace's header: the unread count on it (and in its accessible name),
// the list under it. Opening a notification marks it read and asks for its page.
class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationBell(AppController *app, QWidget *parent = nullptr);

    NotificationsPopup *popup() const { return m_popup; }
    void showPopup();

signals:
    void openRequested(const ov::Notification &notification);

private:
    void refresh();
    void open(const QString &notificationId);

    AppController *m_app;
    NotificationsPopup *m_popup;
};

} // namespace ov
