#pragma once

#include <QByteArray>
#include <QString>

namespace ov::server {

// Argon2id through libsodium with the OWASP parameters (m = 19 MiB, t = 2, p = 1); the encoded
// string carries the parameters, so they can be raised later without breaking old hashes.
class PasswordHasher
{
public:
    static constexpr unsigned long long kOpsLimit = 2;
    static constexpr size_t kMemLimit = 19u * 1024u * 1024u;

    static bool initialize(); // sodium_init; call once before threads start
    static QString hash(const QString &password);
    static bool verify(const QString &encoded, const QString &password);
    // Spends the same time as a real verify; used when the user does not exist.
    static void verifyDummy(const QString &password);
    static bool needsRehash(const QString &encoded);
};

} // namespace ov::server
