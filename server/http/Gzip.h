#pragma once

#include <QByteArray>

namespace ov::server {

// gzip (RFC 1952) for response bodies, through zlib.
class Gzip
{
public:
    // Empty on failure.
    static QByteArray compress(const QByteArray &data, int level = 6);
};

} // namespace ov::server
