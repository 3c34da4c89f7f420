#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ov {

// RFC 4648 base32 (A–Z, 2–7), as authenticator apps expect TOTP secrets.
class Base32
{
public:
    static QString encode(const QByteArray &data); // no padding
    // Ignores case, spaces, dashes and padding; nullopt on any other character.
    static std::optional<QByteArray> decode(const QString &text);
};

} // namespace ov
