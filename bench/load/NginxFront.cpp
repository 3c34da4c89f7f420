#include "NginxFront.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace ov::bench {

NginxFront::~NginxFront()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate();
        if (!m_nginx.waitForFinished(5000))
            m_nginx.kill();
        m_nginx.waitForFinished(2000);
    }
}

bool NginxFront::start(int upstreamPort, QString *error)
{
    const QString bin =
        QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    if (bin.isEmpty()) {
        *error = QStringLiteral("nginx not found (scripts/deps test installs it)");
        return false;
    }
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("logs"));
    // Started as root, nginx's workers run as nobody: they must reach their temporary folders.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    // The upstream block as in ov-server-site.conf; the customers' side without TLS.
    const QString conf =
        QStringLiteral(
            "daemon off;\nworker_processes auto;\nworker_rlimit_nofile 8192;\n"
            "error_log stderr warn;\npid %1/nginx.pid;\n"
            "events { worker_connections 4096; }\n"
            "http {\n  access_log off;\n"
            "  client_body_temp_path %1/body;\n  proxy_temp_path %1/proxy;\n"
            "  fastcgi_temp_path %1/fastcgi;\n  uwsgi_temp_path %1/uwsgi;\n"
            "  scgi_temp_path %1/scgi;\n"
            "  upstream ov_server { server 127.0.0.1:%2; keepalive 8; keepalive_timeout 4s;"
            " keepalive_requests 1000; }\n"
            "  server {\n    listen 127.0.0.1:%3;\n    keepalive_timeout 120s;\n"
            "    keepalive_requests 1000;\n"
            "    location / {\n      include %4;\n      proxy_pass http://ov_server;\n    }\n"
            "  }\n}\n")
            .arg(m_dir.path())
            .arg(upstreamPort)
            .arg(m_port)
            .arg(QStringLiteral(OV_SOURCE_DIR "/packaging/nginx/ov-server-proxy.conf"));
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write the nginx configuration");
        return false;
    }
    file.close();
    m_nginx.setProcessChannelMode(QProcess::ForwardedChannels);
    m_nginx.start(bin, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), file.fileName(),
                        QStringLiteral("-e"), m_dir.filePath(QStringLiteral("logs/error.log"))});
    if (!m_nginx.waitForStarted(10000)) {
        *error = QStringLiteral("nginx did not start");
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(100))
            return true;
        if (m_nginx.state() == QProcess::NotRunning)
            break;
        QThread::msleep(25);
    }
    QFile log(m_dir.filePath(QStringLiteral("logs/error.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("nginx did not listen: ") + QString::fromUtf8(log.readAll());
    return false;
}

} // namespace ov::bench
