#include "PrivateStorage.h"

#include <QDir>
#include <QFile>

namespace ov {

// %LOCALAPPDATA% and %APPDATA% are readable by their user only (and administrators):
// nothing to restrict, only folders and files to create.

void PrivateStorage::restrictNewFiles() {}

int PrivateStorage::tighten(const QStringList &)
{
    return 0;
}

bool PrivateStorage::makePrivateDir(const QString &dir)
{
    return QDir().mkpath(dir);
}

bool PrivateStorage::makePrivateFile(const QString &file)
{
    if (QFile::exists(file))
        return true;
    QFile f(file);
    return f.open(QIODevice::WriteOnly);
}

} // namespace ov
