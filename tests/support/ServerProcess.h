#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace ov::test {

// A real `ov-server --demo` process on a free loopback port with its own data folder, for the
// client's integration and GUI tests. Stopped (and its data removed) on destruction.
// OV_TEST_ACCESS_LOG=<file> keeps the server's access log for debugging a test.
class ServerProcess
{
public:
    explicit ServerProcess(const QString &utilityId = QStringLiteral("electricity-co"));
    ~ServerProcess();

    // Extra ov-server arguments (e.g. --tls-cert/--tls-key; the base URL then uses https).
    void setExtraArguments(const QStringList &arguments) { m_extra = arguments; }
    bool start(QString *error);
    void stop();
    // Starts again on the same port and data (the "server came back" case).
    bool restart(QString *error);
    int port() const { return m_port; }
    QUrl baseUrl() const;
    QString dataDir() const { return m_dir.path(); }
    // The one-time code ("XXXX-XXXX-…") in the newest email of the server's outbox.
    QString lastEmailedCode() const;
    int emailCount() const;

private:
    bool launch(int port, QString *error);

    QString m_utility;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QStringList m_extra;
};

} // namespace ov::test
