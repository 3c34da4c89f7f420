#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace ov {

// One Oficina Virtual per user session: a second start hands its arguments (an
// oficinavirtual:// link from the activation email, say) to the running one and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when another instance took the message (this one should exit).
    bool sendToRunning(const QStringList &arguments, int timeoutMs = 1000);
    // Starts listening for later instances.
    bool listen();
    static QString defaultName(); // per user

signals:
    void messageReceived(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace ov
