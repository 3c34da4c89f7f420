#pragma once

#include <QString>

namespace ov::server {

// Secrets handed to clients (tokens, codes) are 256-bit random, base64url, with a short prefix
// that says what they are (so a leaked one is easy to recognise); the database keeps only their
// SHA-256.
class TokenGenerator
{
public:
    static QString token(const QString &prefix, int bytes = 32);
    static QString id(const QString &prefix); // opaque 64-bit random ids: "ses_3f9a…"
    static QString hash(const QString &token);
};

} // namespace ov::server
