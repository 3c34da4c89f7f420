#include "PasswordBlocklist.h"

#include <QFile>

namespace ov {

const PasswordBlocklist &PasswordBlocklist::instance()
{
    static const PasswordBlocklist list;
    return list;
}

PasswordBlocklist::PasswordBlocklist()
{
    QFile f(QStringLiteral(":/ov/domain/passwords/blocklist.txt"));
    if (f.open(QIODevice::ReadOnly))
        m_text = f.readAll();
    m_lines.reserve(m_text.count('\n') + 1);
    qsizetype start = 0;
    while (start < m_text.size()) {
        const qsizetype end = m_text.indexOf('\n', start);
        if (end != start)
            m_lines.append(quint32(start));
        if (end < 0)
            break;
        start = end + 1;
    }
}

QByteArrayView PasswordBlocklist::line(qsizetype i) const
{
    const qsizetype start = m_lines.at(i);
    qsizetype end = m_text.indexOf('\n', start);
    if (end < 0)
        end = m_text.size();
    return QByteArrayView(m_text.constData() + start, end - start);
}

bool PasswordBlocklist::contains(QByteArrayView word) const
{
    qsizetype low = 0;
    qsizetype high = m_lines.size();
    while (low < high) {
        const qsizetype mid = low + (high - low) / 2;
        const int c = line(mid).compare(word);
        if (c == 0)
            return true;
        if (c < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return false;
}

QString PasswordBlocklist::normalize(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing &&
            c.category() != QChar::Mark_SpacingCombining && c.category() != QChar::Mark_Enclosing)
            out += c;
    return out.toLower().trimmed();
}

} // namespace ov
