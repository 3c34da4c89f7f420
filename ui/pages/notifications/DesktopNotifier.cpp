#include "DesktopNotifier.h"

#include "AppController.h"
#include "notifications/NotificationText.h"
#include "notifications/NotificationsController.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace ov {

DesktopNotifier::DesktopNotifier(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    connect(app->notifications(), &NotificationsController::arrived, this,
            &DesktopNotifier::announce);
    connect(app->settings(), &Settings::changed, this, &DesktopNotifier::update);
    update();
}

DesktopNotifier::~DesktopNotifier()
{
    delete m_tray;
    delete m_menu;
}

DesktopNotifier::Message DesktopNotifier::message(const QList<Notification> &fresh,
                                                  const QLocale &locale)
{
    if (fresh.size() == 1)
        return {NotificationText::title(fresh.first(), locale),
                NotificationText::body(fresh.first(), locale)};
    QStringList titles;
    for (const Notification &n : fresh.mid(0, 3))
        titles << NotificationText::title(n, locale);
    if (fresh.size() > 3)
        titles << tr("and %n more", nullptr, int(fresh.size() - 3));
    return {tr("%n new notifications", nullptr, int(fresh.size())), titles.join(QLatin1Char('\n'))};
}

bool DesktopNotifier::isAvailable() const
{
    return m_tray && m_tray->isVisible();
}

bool DesktopNotifier::keepsRunning() const
{
    return isAvailable() && m_app->settings()->keepRunningInTray();
}

void DesktopNotifier::update()
{
    const Settings *settings = m_app->settings();
    const bool wanted = QSystemTrayIcon::isSystemTrayAvailable() &&
                        (settings->desktopNotifications() || settings->keepRunningInTray());
    if (!wanted) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    if (!m_tray) {
        m_menu = new QMenu;
        m_menu->setObjectName(QStringLiteral("trayMenu"));
        QAction *open = m_menu->addAction(tr("Open Oficina Virtual"));
        connect(open, &QAction::triggered, this, &DesktopNotifier::showWindowRequested);
        QAction *sync = m_menu->addAction(tr("Update now"));
        connect(sync, &QAction::triggered, this, [this] {
            if (m_app->sync())
                m_app->sync()->syncNow();
        });
        m_menu->addSeparator();
        QAction *quit = m_menu->addAction(tr("Quit"));
        connect(quit, &QAction::triggered, this, &DesktopNotifier::quitRequested);

        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/ov/icons/app.svg")));
        m_tray->setToolTip(tr("Oficina Virtual"));
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        emit showWindowRequested();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            emit showWindowRequested();
            if (m_shown.size() == 1)
                emit openRequested(m_shown.first());
            else if (!m_shown.isEmpty())
                emit openBellRequested();
        });
    }
    m_tray->show();
}

void DesktopNotifier::announce(const QList<Notification> &fresh)
{
    if (fresh.isEmpty() || !m_tray || !m_tray->isVisible() ||
        !m_app->settings()->desktopNotifications() || !QSystemTrayIcon::supportsMessages())
        return;
    m_shown = fresh;
    const Message m = message(fresh, m_app->displayLocale());
    m_tray->showMessage(m.title, m.body, QSystemTrayIcon::Information, 10000);
}

} // namespace ov
