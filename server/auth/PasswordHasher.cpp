#include "PasswordHasher.h"

#include <sodium.h>

namespace ov::server {

bool PasswordHasher::initialize()
{
    return sodium_init() >= 0;
}

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encoded, const QString &password)
{
    if (encoded.isEmpty())
        return false;
    const QByteArray e = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(e.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString &password)
{
    static const QString dummy = hash(QStringLiteral("not a password anyone has"));
    verify(dummy, password);
}

bool PasswordHasher::needsRehash(const QString &encoded)
{
    const QByteArray e = encoded.toLatin1();
    return crypto_pwhash_str_needs_rehash(e.constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace ov::server
