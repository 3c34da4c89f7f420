#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

namespace ov::test {

ServerProcess::ServerProcess(const QString &utilityId)
    : m_utility(utilityId)
{}

ServerProcess::~ServerProcess()
{
    stop();
}

QUrl ServerProcess::baseUrl() const
{
    const bool tls = m_extra.contains(QStringLiteral("--tls-cert"));
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

bool ServerProcess::start(QString *error)
{
    return launch(0, error);
}

bool ServerProcess::restart(QString *error)
{
    stop();
    return launch(m_port, error);
}

bool ServerProcess::launch(int port, QString *error)
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(QStringLiteral(OV_SERVER_BIN),
                    QStringList{QStringLiteral("--demo"), QStringLiteral("--utility"), m_utility,
                                QStringLiteral("--port"), QString::number(port),
                                QStringLiteral("--port-file"), portFile,
                                QStringLiteral("--data-dir"), m_dir.path(),
                                QStringLiteral("--access-log"),
                                qEnvironmentVariable("OV_TEST_ACCESS_LOG", QStringLiteral("off"))} +
                        m_extra);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("ov-server did not start: ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            m_port = f.readAll().trimmed().toInt();
            if (m_port > 0)
                return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("ov-server exited with code %1").arg(m_process.exitCode());
            return false;
        }
        QThread::msleep(20);
    }
    *error = QStringLiteral("ov-server did not report its port in time");
    return false;
}

int ServerProcess::emailCount() const
{
    return int(QDir(m_dir.filePath(QStringLiteral("outbox")))
                   .entryList({QStringLiteral("*.eml")}, QDir::Files)
                   .size());
}

QString ServerProcess::lastEmailedCode() const
{
    const QDir outbox(m_dir.filePath(QStringLiteral("outbox")));
    const QStringList names = outbox.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return {};
    QFile f(outbox.filePath(names.last()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Quoted-printable never touches the code's characters; it sits on a line of its own.
    static const QRegularExpression code(QStringLiteral("^\\s+([A-Z2-7]{4}(-[A-Z2-7]{4}){7})\\s*$"),
                                         QRegularExpression::MultilineOption);
    return code.match(QString::fromUtf8(f.readAll())).captured(1);
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace ov::test
