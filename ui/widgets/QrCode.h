#pragma once

#include <QImage>
#include <QString>

namespace ov {

// A QR code made here with libqrencode (nothing leaves the machine: the TOTP secret is in it).
class QrCode
{
public:
    // Black modules on white with a 4-module quiet zone, `scale` pixels per module;
    // a null image when the text cannot be encoded.
    static QImage render(const QString &text, int scale = 6);
};

} // namespace ov
