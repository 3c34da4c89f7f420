#include "Settings.h"

#include <QHash>

namespace ov {

namespace {

const QHash<QString, QVariant> &defaults()
{
    static const QHash<QString, QVariant> table = {
        {QStringLiteral("ui/language"), QString()},
        {QStringLiteral("ui/theme"), QStringLiteral("system")},
        {QStringLiteral("sync/intervalMinutes"), 15},
        {QStringLiteral("session/lastProfile"), QString()},
        {QStringLiteral("session/lastUser"), QString()},
        {QStringLiteral("session/lastLogin"), QString()},
        {QStringLiteral("session/keepSignedIn"), true},
        {QStringLiteral("session/keychainWarningShown"), false},
        {QStringLiteral("notifications/desktop"), true},
        {QStringLiteral("notifications/keepRunningInTray"), false},
        {QStringLiteral("ui/windowGeometry"), QByteArray()},
        {QStringLiteral("ui/lastPage"), 0},
    };
    return table;
}

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath.isEmpty()
                     ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                   QStringLiteral("OficinaVirtual"),
                                                   QStringLiteral("oficina-virtual"))
                     : std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

QVariant Settings::value(const QString &key) const
{
    Q_ASSERT(defaults().contains(key));
    return m_settings->value(key, defaults().value(key));
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings->value(key, defaults().value(key)) == value)
        return;
    m_settings->setValue(key, value);
    emit changed(key);
}

QString Settings::language() const
{
    return value(QStringLiteral("ui/language")).toString();
}
void Settings::setLanguage(const QString &language)
{
    setValue(QStringLiteral("ui/language"), language);
}
QString Settings::theme() const
{
    return value(QStringLiteral("ui/theme")).toString();
}
void Settings::setTheme(const QString &theme)
{
    setValue(QStringLiteral("ui/theme"), theme);
}

int Settings::syncIntervalMinutes() const
{
    return qBound(0, value(QStringLiteral("sync/intervalMinutes")).toInt(), 24 * 60);
}
void Settings::setSyncIntervalMinutes(int minutes)
{
    setValue(QStringLiteral("sync/intervalMinutes"), qBound(0, minutes, 24 * 60));
}

QString Settings::lastProfileId() const
{
    return value(QStringLiteral("session/lastProfile")).toString();
}
void Settings::setLastProfileId(const QString &id)
{
    setValue(QStringLiteral("session/lastProfile"), id);
}
QString Settings::lastUserId() const
{
    return value(QStringLiteral("session/lastUser")).toString();
}
void Settings::setLastUserId(const QString &id)
{
    setValue(QStringLiteral("session/lastUser"), id);
}
QString Settings::lastLogin() const
{
    return value(QStringLiteral("session/lastLogin")).toString();
}
void Settings::setLastLogin(const QString &login)
{
    setValue(QStringLiteral("session/lastLogin"), login);
}
bool Settings::keepSignedIn() const
{
    return value(QStringLiteral("session/keepSignedIn")).toBool();
}
void Settings::setKeepSignedIn(bool keep)
{
    setValue(QStringLiteral("session/keepSignedIn"), keep);
}
bool Settings::keychainWarningShown() const
{
    return value(QStringLiteral("session/keychainWarningShown")).toBool();
}
void Settings::setKeychainWarningShown(bool shown)
{
    setValue(QStringLiteral("session/keychainWarningShown"), shown);
}
bool Settings::desktopNotifications() const
{
    return value(QStringLiteral("notifications/desktop")).toBool();
}
void Settings::setDesktopNotifications(bool show)
{
    setValue(QStringLiteral("notifications/desktop"), show);
}
bool Settings::keepRunningInTray() const
{
    return value(QStringLiteral("notifications/keepRunningInTray")).toBool();
}
void Settings::setKeepRunningInTray(bool keep)
{
    setValue(QStringLiteral("notifications/keepRunningInTray"), keep);
}
QByteArray Settings::windowGeometry() const
{
    return value(QStringLiteral("ui/windowGeometry")).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(QStringLiteral("ui/windowGeometry"), geometry);
}
int Settings::lastPage() const
{
    return value(QStringLiteral("ui/lastPage")).toInt();
}
void Settings::setLastPage(int page)
{
    setValue(QStringLiteral("ui/lastPage"), page);
}
QDateTime Settings::notificationsShownUntil(const QString &userKey) const
{
    // Per user, so outside the defaults table; the key is made of ids, kept to safe characters.
    QString key = userKey;
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QDateTime::fromString(
        m_settings->value(QStringLiteral("notificationsShown/") + key).toString(),
        Qt::ISODateWithMs);
}
void Settings::setNotificationsShownUntil(const QString &userKey, const QDateTime &until)
{
    QString key = userKey;
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    m_settings->setValue(QStringLiteral("notificationsShown/") + key,
                         until.toUTC().toString(Qt::ISODateWithMs));
}

QStringList Settings::notificationsShownAt(const QString &userKey) const
{
    QString key = userKey;
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    return m_settings->value(QStringLiteral("notificationsShownAt/") + key).toStringList();
}

void Settings::setNotificationsShownAt(const QString &userKey, const QStringList &ids)
{
    QString key = userKey;
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    m_settings->setValue(QStringLiteral("notificationsShownAt/") + key, ids);
}

} // namespace ov
