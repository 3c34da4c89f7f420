#pragma once

#include <QByteArray>
#include <QString>

namespace ov::server {

// What a file attached to a request really is, by its content: libmagic reads the bytes (never
// the name or the declared type), and an image must then decode as the type libmagic named — a
// PNG signature followed by garbage is refused. Empty for anything but a PDF, JPEG or PNG.
class AttachmentInspector
{
public:
    static QString contentType(const QByteArray &bytes);
};

} // namespace ov::server
