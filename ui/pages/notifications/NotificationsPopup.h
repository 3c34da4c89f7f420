#pragma once

#include "domain/Notification.h"

#include <QFrame>
#include <QList>
#include <QLocale>

class QLabel;
class QListWidget;
class QPushButton;

namespace ov {

// The bell's list: newest first, unread ones in bold and said so to a screen reader; Enter or
// a click opens one (activated), "Mark all as read" reads them all.
class NotificationsPopup : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationsPopup(QWidget *parent = nullptr);

    void setNotifications(const QList<Notification> &list, const QLocale &locale);

signals:
    void activated(const QString &notificationId);
    void markAllReadRequested();

private:
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_markAll;
};

} // namespace ov
