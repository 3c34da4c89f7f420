#include "EmlWriter.h"

#include <QLocale>
#include <QUuid>

namespace ov::server {

QByteArray EmlWriter::encodedWord(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (const char c : utf8)
        ascii &= (quint8(c) >= 32 && quint8(c) < 127);
    if (ascii)
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray EmlWriter::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    int lineLength = 0;
    auto put = [&](const QByteArray &piece) {
        if (lineLength + piece.size() > 75) { // soft line break
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += int(piece.size());
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const quint8 c = quint8(utf8.at(i));
        if (c == '\n') {
            out += "\r\n";
            lineLength = 0;
        } else if (c == '\r') {
            continue;
        } else if ((c >= 33 && c <= 126 && c != '=') ||
                   (c == ' ' && i + 1 < utf8.size() && utf8.at(i + 1) != '\n')) {
            put(QByteArray(1, char(c)));
        } else {
            const char escaped[] = {'=', hex[c >> 4], hex[c & 15]};
            put(QByteArray(escaped, 3));
        }
    }
    return out;
}

QByteArray EmlWriter::compose(const Email &email, const QString &from, const QDateTime &date,
                              const QString &messageId)
{
    const QByteArray boundary = "ov-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray rfcDate =
        QLocale::c()
            .toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
            .toLatin1() +
        " +0000";
    QByteArray m;
    m += "From: " + encodedWord(from) + "\r\n";
    m += "To: " + email.to.toUtf8() + "\r\n";
    m += "Subject: " + encodedWord(email.subject) + "\r\n";
    m += "Date: " + rfcDate + "\r\n";
    m += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    m += "\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    m += quotedPrintable(email.text.toUtf8()) + "\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/html; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    m += quotedPrintable(email.html.toUtf8()) + "\r\n";
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace ov::server
