#include "AccessTokenCache.h"

namespace ov::server {

std::optional<Principal> AccessTokenCache::find(const QString &tokenHash, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.constFind(tokenHash);
    if (it == m_entries.cend())
        return std::nullopt;
    if (now >= it->trustedUntil || now >= it->expiresAt) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->principal;
}

quint64 AccessTokenCache::epoch()
{
    std::lock_guard lock(m_mutex);
    return m_epoch;
}

void AccessTokenCache::remember(const QString &tokenHash, const Principal &principal,
                                const QDateTime &expiresAt, const QDateTime &now,
                                quint64 epochBeforeCheck)
{
    std::lock_guard lock(m_mutex);
    if (epochBeforeCheck != m_epoch)
        return;
    if (m_entries.size() >= kMaxEntries) {
        // Drop what is no longer trusted; if everything still is, start afresh.
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = now >= it->trustedUntil ? m_entries.erase(it) : std::next(it);
        if (m_entries.size() >= kMaxEntries)
            m_entries.clear();
    }
    m_entries.insert(tokenHash, {principal, expiresAt, now.addSecs(kTrustSeconds)});
}

void AccessTokenCache::forgetSession(const QString &sessionId)
{
    std::lock_guard lock(m_mutex);
    ++m_epoch;
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it->principal.sessionId == sessionId ? m_entries.erase(it) : std::next(it);
}

void AccessTokenCache::forgetUser(const QString &userId)
{
    std::lock_guard lock(m_mutex);
    ++m_epoch;
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it->principal.userId == userId ? m_entries.erase(it) : std::next(it);
}

} // namespace ov::server
