#pragma once

#include <QDateTime>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace ov {

// The user's preferences, through one typed wrapper with a defaults table. Nothing secret is
// ever stored here (tokens live in the OS keychain). Tests point it at a temporary file.
class Settings : public QObject
{
    Q_OBJECT

public:
    // An INI file at `filePath`; empty: the platform's per-user location.
    explicit Settings(const QString &filePath = {}, QObject *parent = nullptr);

    QString fileName() const { return m_settings->fileName(); }

    QString language() const; // "" follows the system; "es" | "en"
    void setLanguage(const QString &language);
    QString theme() const; // system | light | dark
    void setTheme(const QString &theme);
    int syncIntervalMinutes() const; // 0: only on demand
    void setSyncIntervalMinutes(int minutes);
    QString lastProfileId() const;
    void setLastProfileId(const QString &id);
    QString lastUserId() const; // the signed-in user to restore at start
    void setLastUserId(const QString &id);
    QString lastLogin() const; // what the user typed to sign in, to fill the form
    void setLastLogin(const QString &login);
    bool keepSignedIn() const;
    void setKeepSignedIn(bool keep);
    bool keychainWarningShown() const;
    void setKeychainWarningShown(bool shown);
    bool desktopNotifications() const; // new notifications shown by the system tray
    void setDesktopNotifications(bool show);
    bool keepRunningInTray() const; // closing the window keeps the app (and its sync) running
    void setKeepRunningInTray(bool keep);
    QByteArray windowGeometry() const; // QWidget::saveGeometry(); empty: the default size
    void setWindowGeometry(const QByteArray &geometry);
    int lastPage() const; // the workspace section shown last (WorkspaceWidget::Page)
    void setLastPage(int page);
    // The newest notification already announced on the desktop, per signed-in user (`userKey`),
    // so a restart does not announce it again; invalid: none yet.
    QDateTime notificationsShownUntil(const QString &userKey) const;
    void setNotificationsShownUntil(const QString &userKey, const QDateTime &until);
    // The ids of those created at exactly that time (times are to the second: two can share it).
    QStringList notificationsShownAt(const QString &userKey) const;
    void setNotificationsShownAt(const QString &userKey, const QStringList &ids);

    void sync() { m_settings->sync(); }

signals:
    void changed(const QString &key);

private:
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace ov
