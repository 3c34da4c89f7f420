#include "AttachmentInspector.h"

#include "domain/RequestRules.h"

#include <QBuffer>
#include <QImageReader>
#include <QLoggingCategory>

#include <magic.h>

Q_LOGGING_CATEGORY(lcAttachments, "ov.server.attachments")

namespace ov::server {

namespace {

// libmagic's cookie is not thread-safe: one per request thread, loaded once.
class MagicCookie
{
public:
    MagicCookie()
        : m_cookie(magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS | MAGIC_ERROR))
    {
        if (m_cookie && magic_load(m_cookie, nullptr) != 0) {
            qCCritical(lcAttachments) << "libmagic has no database:" << magic_error(m_cookie);
            magic_close(m_cookie);
            m_cookie = nullptr;
        }
    }
    ~MagicCookie()
    {
        if (m_cookie)
            magic_close(m_cookie);
    }
    MagicCookie(const MagicCookie &) = delete;
    MagicCookie &operator=(const MagicCookie &) = delete;

    QString type(const QByteArray &bytes) const
    {
        if (!m_cookie)
            return {};
        const char *t = magic_buffer(m_cookie, bytes.constData(), size_t(bytes.size()));
        return t ? QString::fromLatin1(t) : QString();
    }

private:
    magic_t m_cookie;
};

bool decodes(const QByteArray &bytes, const QByteArray &format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(false);
    const QImage image = reader.read(); // within Qt's allocation limit (256 MB by default)
    return !image.isNull();
}

} // namespace

QString AttachmentInspector::contentType(const QByteArray &bytes)
{
    static thread_local MagicCookie magic;
    const QString type = magic.type(bytes);
    if (!RequestRules::acceptedTypes().contains(type))
        return {};
    if (type == QLatin1StringView("image/png") && !decodes(bytes, "png"))
        return {};
    if (type == QLatin1StringView("image/jpeg") && !decodes(bytes, "jpeg"))
        return {};
    return type;
}

} // namespace ov::server
