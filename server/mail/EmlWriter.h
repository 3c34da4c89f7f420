#pragma once

#include "Email.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ov::server {

// An RFC 5322 message with a MIME multipart/alternative body (UTF-8 plain text + HTML,
// quoted-printable), CRLF line endings: what goes into the outbox and over SMTP.
class EmlWriter
{
public:
    static QByteArray compose(const Email &email, const QString &from, const QDateTime &date,
                              const QString &messageId);
    static QByteArray quotedPrintable(const QByteArray &utf8);
    static QByteArray encodedWord(const QString &text); // =?UTF-8?B?…?= when not plain ASCII
};

} // namespace ov::server
