#include "ProfileStore.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace ov {

namespace {

std::optional<UtilityProfile> readProfile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString error;
    auto profile = UtilityProfile::fromJson(QJsonDocument::fromJson(f.readAll()).object(), &error);
    if (!profile)
        qCWarning(lcApp) << "ignoring profile" << path << error;
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QString userDir)
    : m_dir(userDir.isEmpty()
                ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                      .filePath(QStringLiteral("profiles"))
                : std::move(userDir))
    , m_bundled(bundled())
{}

QList<UtilityProfile> ProfileStore::bundled()
{
    QList<UtilityProfile> list;
    const QStringList files = QDir(QStringLiteral(":/ov/profiles"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files)
        if (auto p = readProfile(QStringLiteral(":/ov/profiles/") + name)) {
            p->bundled = true;
            list.append(*p);
        }
    return list;
}

QList<UtilityProfile> ProfileStore::profiles() const
{
    QList<UtilityProfile> list = m_bundled;
    const QStringList files =
        QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files)
        if (auto p = readProfile(QDir(m_dir).filePath(name)))
            list.append(*p);
    return list;
}

std::optional<UtilityProfile> ProfileStore::find(const QString &id) const
{
    const QList<UtilityProfile> all = profiles();
    for (const UtilityProfile &p : all)
        if (p.id == id)
            return p;
    return std::nullopt;
}

bool ProfileStore::add(const UtilityProfile &profile, QString *error)
{
    QString why;
    if (!UtilityProfile::fromJson(profile.toJson(), &why)) {
        *error = why;
        return false;
    }
    for (const UtilityProfile &b : m_bundled)
        if (b.id == profile.id) {
            *error = QStringLiteral("a bundled profile has this id");
            return false;
        }
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    QSaveFile f(QDir(m_dir).filePath(profile.id + QStringLiteral(".json")));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(profile.toJson()).toJson()) < 0 ||
        !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    return QFile::remove(QDir(m_dir).filePath(id + QStringLiteral(".json")));
}

void ProfileStore::overrideBaseUrl(const QString &id, const QUrl &url)
{
    for (UtilityProfile &p : m_bundled)
        if (p.id == id)
            p.baseUrl = url;
}

} // namespace ov
