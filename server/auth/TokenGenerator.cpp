#include "TokenGenerator.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace ov::server {

QString TokenGenerator::token(const QString &prefix, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return prefix + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding |
                                                     QByteArray::OmitTrailingEquals));
}

QString TokenGenerator::id(const QString &prefix)
{
    QByteArray raw(8, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return prefix + QString::fromLatin1(raw.toHex());
}

QString TokenGenerator::hash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace ov::server
