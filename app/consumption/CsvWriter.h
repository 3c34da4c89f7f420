#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ov {

// RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel opens accents correctly: fields
// with a comma, a quote or a line break are quoted (quotes doubled), lines end in CRLF.
// Numbers are written by the caller with a plain decimal point — never the locale's comma.
class CsvWriter
{
public:
    CsvWriter();

    void row(const QStringList &fields);
    const QByteArray &bytes() const { return m_bytes; }

    static QString field(const QString &text);
    static QString number(double value, int decimals); // "1234.5", whatever the locale

private:
    QByteArray m_bytes;
};

} // namespace ov
