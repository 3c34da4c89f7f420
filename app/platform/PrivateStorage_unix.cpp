#include "PrivateStorage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace ov {

namespace {

constexpr QFileDevice::Permissions kPrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                 QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadUser | QFileDevice::WriteUser;

bool setIfNeeded(const QString &path, QFileDevice::Permissions wanted)
{
    const QFileDevice::Permissions now = QFile::permissions(path);
    if (now == wanted)
        return false;
    return QFile::setPermissions(path, wanted);
}

} // namespace

void PrivateStorage::restrictNewFiles()
{
    ::umask(077);
}

int PrivateStorage::tighten(const QStringList &roots)
{
    int changed = 0;
    for (const QString &root : roots) {
        if (root.isEmpty() || !QFileInfo(root).isDir())
            continue;
        changed += setIfNeeded(root, kPrivateDir);
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            if (info.isSymLink())
                continue; // not ours to change what a link points at
            changed += setIfNeeded(path, info.isDir() ? kPrivateDir : kPrivateFile);
        }
    }
    return changed;
}

bool PrivateStorage::makePrivateDir(const QString &dir)
{
    return QDir().mkpath(dir) &&
           (QFile::permissions(dir) == kPrivateDir || QFile::setPermissions(dir, kPrivateDir));
}

bool PrivateStorage::makePrivateFile(const QString &file)
{
    if (!QFile::exists(file)) {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return false;
    }
    return QFile::permissions(file) == kPrivateFile || QFile::setPermissions(file, kPrivateFile);
}

} // namespace ov
