#include "SyncToken.h"

#include <QDataStream>
#include <QIODevice>
#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace ov::server {

namespace {

constexpr quint8 kFormat = 1;
constexpr qsizetype kMacBytes = 16;
constexpr qsizetype kMaxTokenChars = 2048;

QByteArray macOf(const QByteArray &payload, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(payload, key, QCryptographicHash::Sha256)
        .left(kMacBytes);
}

const auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString SyncToken::encode(const QByteArray &key) const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << kFormat << userId << since << high << qint32(section) << key1 << key2;
    }
    const QByteArray bytes = payload + macOf(payload, key);
    return QString::fromLatin1(bytes.toBase64(kBase64));
}

std::optional<SyncToken> SyncToken::decode(const QString &text, const QByteArray &key)
{
    if (text.isEmpty() || text.size() > kMaxTokenChars)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() <= kMacBytes)
        return std::nullopt;
    const QByteArray payload = decoded.decoded.chopped(kMacBytes);
    const QByteArray mac = decoded.decoded.right(kMacBytes);
    const QByteArray expected = macOf(payload, key);
    if (sodium_memcmp(mac.constData(), expected.constData(), size_t(kMacBytes)) != 0)
        return std::nullopt;
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_0);
    quint8 format = 0;
    qint32 section = 0;
    SyncToken t;
    in >> format >> t.userId >> t.since >> t.high >> section >> t.key1 >> t.key2;
    if (in.status() != QDataStream::Ok || !in.atEnd() || format != kFormat || t.since < 0 ||
        t.high < 0 || section < 0 || (t.high > 0 && t.high < t.since))
        return std::nullopt;
    t.section = section;
    return t;
}

} // namespace ov::server
