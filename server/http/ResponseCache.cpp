#include "ResponseCache.h"

namespace ov::server {

std::optional<ResponseCache::Entry> ResponseCache::find(const QString &key,
                                                        const QByteArray &validator)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->validator != validator)
        return std::nullopt;
    return *it;
}

void ResponseCache::store(const QString &key, const Entry &entry)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_entries.constFind(key); it != m_entries.cend())
        m_bytes -= it->body.size() + it->gzipped.size();
    if (m_bytes + entry.body.size() > kMaxBytes) {
        m_entries.clear(); // simple and rare: the working set is rebuilt on demand
        m_bytes = 0;
    }
    m_entries.insert(key, entry);
    m_bytes += entry.body.size() + entry.gzipped.size();
}

void ResponseCache::storeGzipped(const QString &key, const QByteArray &validator,
                                 const QByteArray &gzipped)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(key);
    if (it == m_entries.end() || it->validator != validator || !it->gzipped.isEmpty())
        return;
    it->gzipped = gzipped;
    m_bytes += gzipped.size();
}

} // namespace ov::server
