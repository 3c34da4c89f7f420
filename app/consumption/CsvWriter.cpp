#include "CsvWriter.h"

#include <cmath>

namespace ov {

CsvWriter::CsvWriter()
    : m_bytes("\xEF\xBB\xBF")
{}

QString CsvWriter::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::number(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals); // QString::number ignores the locale
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s == QLatin1StringView("-0") ? QStringLiteral("0") : s;
}

void CsvWriter::row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    m_bytes += out.join(QLatin1Char(',')).toUtf8();
    m_bytes += "\r\n";
}

} // namespace ov
