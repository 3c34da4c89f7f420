#pragma once

#include <QString>

namespace ov::server {

// Who is calling: the user behind a valid access token, and the session it belongs to.
struct Principal
{
    QString userId;
    QString sessionId;
};

} // namespace ov::server
