#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace ov {

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    const QByteArray home = QDir::homePath().toUtf8();
    return QStringLiteral("oficina-virtual-") +
           QString::fromLatin1(
               QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::sendToRunning(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(arguments.join(QLatin1Char('\n')).toUtf8() + '\0');
    return socket.waitForBytesWritten(timeoutMs);
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A crashed instance may have left its socket behind.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                QByteArray data = socket->property("buffer").toByteArray() + socket->readAll();
                if (data.size() > 64 * 1024) { // not one of ours
                    socket->abort();
                    return;
                }
                const qsizetype end = data.indexOf('\0');
                if (end < 0) {
                    socket->setProperty("buffer", data);
                    return;
                }
                emit messageReceived(
                    QString::fromUtf8(data.left(end)).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

} // namespace ov
