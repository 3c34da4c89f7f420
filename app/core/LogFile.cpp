#include "LogFile.h"

#include "platform/PrivateStorage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>
#include <mutex>

namespace ov {

namespace {

constexpr qint64 kMaxBytes = 1024 * 1024;
QtMessageHandler g_previous = nullptr;
std::mutex g_mutex;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previous)
        g_previous(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    if (type == QtDebugMsg)
        return;
    static const char *const names[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                            ' ' + names[int(type) < 5 ? int(type) : 0] + ' ' +
                            (context.category ? context.category : "default") + ": " +
                            message.toUtf8() + '\n';
    std::lock_guard lock(g_mutex);
    const QString path = LogFile::path();
    if (QFileInfo(path).size() > kMaxBytes) {
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::WriteOnly))
        file.write(line);
}

} // namespace

QString LogFile::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

QString LogFile::path()
{
    return QDir(folder()).filePath(QStringLiteral("oficina-virtual.log"));
}

void LogFile::install()
{
    PrivateStorage::makePrivateDir(folder());
    PrivateStorage::makePrivateFile(path());
    g_previous = qInstallMessageHandler(handler);
}

} // namespace ov
