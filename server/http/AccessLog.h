#pragma once

#include <QString>

#include <httplib.h>

#include <cstdio>
#include <mutex>

namespace ov::server {

// One JSON object per line per request (time, request id, client, method, path, status, bytes,
// duration, user agent), to stderr or a file, for log shippers. Paths only: query strings and
// headers are never logged, so neither are tokens.
class AccessLog
{
public:
    // path: empty or "-" for stderr; "off" disables it.
    bool open(const QString &path, QString *error);
    ~AccessLog();

    void requestStarted(); // call at the start of each request, on its thread
    void write(const httplib::Request &req, const httplib::Response &res);

private:
    std::FILE *m_file = nullptr;
    bool m_ownsFile = false;
    bool m_enabled = true;
    std::mutex m_mutex;
};

} // namespace ov::server
