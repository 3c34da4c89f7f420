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
    // The missing ones, outermost first.
    QStringList missing;
    for (QString d = QDir::cleanPath(QFileInfo(dir).absoluteFilePath()); !QFileInfo::exists(d);
         d = QFileInfo(d).absolutePath()) {
        missing.prepend(d);
        if (QFileInfo(d).absolutePath() == d)
            break;
    }
    for (const QString &d : std::as_const(missing))
        if (!QDir().mkdir(d) || !QFile::setPermissions(d, kPrivateDir))
            return false;
    return QFileInfo(dir).isDir();
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
