#include "OutboxMailer.h"

#include "EmlWriter.h"

#include <QDir>
#include <QSaveFile>
#include <QUuid>

#include <atomic>

namespace ov::server {

OutboxMailer::OutboxMailer(QString directory, QString from, std::shared_ptr<const Clock> clock)
    : m_directory(std::move(directory))
    , m_from(std::move(from))
    , m_clock(std::move(clock))
{}

bool OutboxMailer::send(const Email &email, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create the outbox %1").arg(m_directory);
        return false;
    }
    const QDateTime now = m_clock->now();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Names sort by time, so the newest message is the last one — also two written in the same
    // millisecond (or under a clock that stands still): a sequence number breaks the tie.
    static std::atomic<quint32> sequence = 0;
    const QString name = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                         QLatin1Char('-') +
                         QStringLiteral("%1").arg(++sequence, 8, 10, QLatin1Char('0')) +
                         QLatin1Char('-') + id.left(8) + QStringLiteral(".eml");
    QSaveFile f(QDir(m_directory).filePath(name));
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(EmlWriter::compose(email, m_from, now, id + QStringLiteral("@oficina-virtual"))) <
            0 ||
        !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace ov::server
