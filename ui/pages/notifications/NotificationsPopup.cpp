#include "NotificationsPopup.h"

#include "core/Formatter.h"
#include "notifications/NotificationText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ov {

NotificationsPopup::NotificationsPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("notificationsPopup"));
    setAccessibleName(tr("Notifications"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(380);

    auto *title = new QLabel(tr("<b>Notifications</b>"), this);
    m_markAll = new QPushButton(tr("Mark &all as read"), this);
    m_markAll->setObjectName(QStringLiteral("markAllReadButton"));
    m_markAll->setAccessibleName(tr("Mark all notifications as read"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notificationsListWidget"));
    m_list->setAccessibleName(tr("Notifications"));
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(260);
    m_list->setSpacing(2);
    setFocusProxy(m_list);
    m_empty = new QLabel(tr("You have no notifications."), this);
    m_empty->setObjectName(QStringLiteral("notificationsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_markAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit activated(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit activated(item->data(Qt::UserRole).toString()); });
    connect(m_markAll, &QPushButton::clicked, this, &NotificationsPopup::markAllReadRequested);
}

void NotificationsPopup::setNotifications(const QList<Notification> &list, const QLocale &locale)
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    bool anyUnread = false;
    for (const Notification &n : list) {
        const QString title = NotificationText::title(n, locale);
        const QString when = Formatter::dateTime(n.createdAt, locale);
        auto *item =
            new QListWidgetItem(title + QLatin1Char('\n') + NotificationText::body(n, locale) +
                                    QLatin1Char('\n') + when,
                                m_list);
        item->setData(Qt::UserRole, n.id);
        QFont font = item->font();
        font.setBold(!n.isRead());
        item->setFont(font);
        item->setData(Qt::AccessibleTextRole, n.isRead() ? tr("%1, %2").arg(title, when)
                                                         : tr("Unread: %1, %2").arg(title, when));
        if (n.id == current)
            m_list->setCurrentItem(item);
        anyUnread = anyUnread || !n.isRead();
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setVisible(!list.isEmpty());
    m_empty->setVisible(list.isEmpty());
    m_markAll->setEnabled(anyUnread);
}

} // namespace ov
