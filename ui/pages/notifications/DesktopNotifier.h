#pragma once

#include "domain/Notification.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace ov {

class AppController;

// The system-tray icon, where the platform has one: desktop notifications for what a sync
// brings (NotificationsController::arrived), a click on one opens its page, and the icon keeps
// the app reachable when "keep running in the tray" hides the window instead of quitting.
// Both are settings (Settings::desktopNotifications, keepRunningInTray).
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString title;
        QString body;
    };

    explicit DesktopNotifier(AppController *app, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // What the desktop says for these new notifications (one: its own words; several: how
    // many, and the newest titles).
    static Message message(const QList<Notification> &fresh, const QLocale &locale);
    bool isAvailable() const; // a tray icon is shown
    // A closed window may hide instead of quitting: the setting is on and the icon is there.
    bool keepsRunning() const;

signals:
    void showWindowRequested();
    void openRequested(const ov::Notification &notification); // a desktop notification clicked
    void openBellRequested();                                 // one announcing several, clicked
    void quitRequested();

private:
    void update();
    void announce(const QList<Notification> &fresh);

    AppController *m_app;
    QPointer<QSystemTrayIcon> m_tray;
    QMenu *m_menu = nullptr;
    QList<Notification> m_shown; // what the last desktop notification was about
};

} // namespace ov
