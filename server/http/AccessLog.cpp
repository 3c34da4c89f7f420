#include "AccessLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>

namespace ov::server {

namespace {
thread_local std::chrono::steady_clock::time_point t_started;
thread_local bool t_hasStart = false;
} // namespace

bool AccessLog::open(const QString &path, QString *error)
{
    if (path == QLatin1StringView("off")) {
        m_enabled = false;
        return true;
    }
    if (path.isEmpty() || path == QLatin1StringView("-")) {
        m_file = stderr;
        return true;
    }
    m_file = std::fopen(path.toLocal8Bit().constData(), "a");
    if (!m_file) {
        *error = QStringLiteral("cannot open access log %1").arg(path);
        return false;
    }
    m_ownsFile = true;
    return true;
}

AccessLog::~AccessLog()
{
    if (m_ownsFile && m_file)
        std::fclose(m_file);
}

void AccessLog::requestStarted()
{
    t_started = std::chrono::steady_clock::now();
    t_hasStart = true;
}

void AccessLog::write(const httplib::Request &req, const httplib::Response &res)
{
    if (!m_enabled || !m_file)
        return;
    QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("requestId"), QString::fromStdString(res.get_header_value("X-Request-Id"))},
        {QStringLiteral("remote"), QString::fromStdString(req.remote_addr)},
        {QStringLiteral("method"), QString::fromStdString(req.method)},
        {QStringLiteral("path"), QString::fromStdString(req.path).left(300)},
        {QStringLiteral("status"), res.status},
        {QStringLiteral("bytes"), qint64(res.body.size())},
        {QStringLiteral("userAgent"),
         QString::fromStdString(req.get_header_value("User-Agent")).left(200)},
    };
    if (t_hasStart) {
        const auto elapsed = std::chrono::steady_clock::now() - t_started;
        line.insert(QStringLiteral("ms"),
                    std::chrono::duration<double, std::milli>(elapsed).count());
        t_hasStart = false;
    }
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::lock_guard lock(m_mutex);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_file);
    std::fflush(m_file);
}

} // namespace ov::server
