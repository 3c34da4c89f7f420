#include "PasswordHasher.h"

#include <sodium.h>

#include <algorithm>
#include <semaphore>
#include <thread>

namespace ov::server {

namespace {

// At most this many hashes at once, whatever the number of worker threads: each one holds
// 19 MiB and a core for tens of milliseconds, so a burst of sign-ins queues here instead of
// taking memory the server does not have (and the cores stay shared with everything else).
class HashSlot
{
public:
    HashSlot() { gate().acquire(); }
    ~HashSlot() { gate().release(); }
    HashSlot(const HashSlot &) = delete;
    HashSlot &operator=(const HashSlot &) = delete;

private:
    static std::counting_semaphore<64> &gate()
    {
        static std::counting_semaphore<64> available(
            std::clamp(std::ptrdiff_t(std::thread::hardware_concurrency()), std::ptrdiff_t(2),
                       std::ptrdiff_t(64)));
        return available;
    }
};

} // namespace

bool PasswordHasher::initialize()
{
    return sodium_init() >= 0;
}

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const HashSlot slot;
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
    const HashSlot slot;
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
