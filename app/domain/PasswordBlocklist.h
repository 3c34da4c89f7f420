#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ov {

// The passwords PasswordPolicy refuses (passwords/blocklist.txt, 84,921 entries: zxcvbn-ts's
// most common passwords and Spanish names and words, and our curated ones). Kept as the sorted
// text itself, compiled in, and searched by binary search over an index of line starts made
// on first use: about 1 MiB in memory, no parsing into strings (docs/security.md has the cost).
class PasswordBlocklist
{
public:
    static const PasswordBlocklist &instance(); // loaded on first use; thread-safe
    int size() const { return int(m_lines.size()); }
    // `normalized`: as normalize() makes it.
    bool contains(QByteArrayView normalized) const;
    // Lower case with accents dropped ("Contraseña" → "contrasena"), as the list is kept.
    static QString normalize(const QString &text);

private:
    PasswordBlocklist();
    QByteArrayView line(qsizetype i) const;

    QByteArray m_text;
    QList<quint32> m_lines; // offsets of line starts
};

} // namespace ov
