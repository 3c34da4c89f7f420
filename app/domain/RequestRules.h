#pragma once

#include "FieldError.h"
#include "RequestCategory.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ov {

// What a new request, a reply and the public contact form must satisfy, the same on the
// client (checked at the field before anything is queued) and on the server (which checks again,
// and checks files by their content with libmagic and by decoding images).
class RequestRules
{
public:
    static constexpr int kMaxSubject = 150;
    static constexpr int kMaxDescription = 5000;
    static constexpr int kMaxName = 100;
    static constexpr int kMaxFileName = 200;
    static constexpr int kMaxAttachments = 5;
    static constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxTotalBytes = 15 * 1024 * 1024;

    // A file to attach as the rules see it: its name, size and the type its content shows.
    struct File
    {
        QString fileName;
        qint64 size = 0;
        QString contentType; // from the content (empty: not one we take)
    };

    static QStringList acceptedTypes(); // application/pdf, image/jpeg, image/png
    // The type the first bytes of a file show (PDF, PNG or JPEG signature), or empty. The
    // client's check before sending; the server asks libmagic.
    static QString typeBySignature(const QByteArray &head);

    // Field errors for a new request: categoryId (required, invalid), contractId (required when
    // the category is about a supply), subject and description (required, too_long).
    static QList<FieldError> checkRequest(const QList<RequestCategory> &categories,
                                          const QString &categoryId, const QString &contractId,
                                          const QString &subject, const QString &description);
    // Field errors for the files: attachments (too_many, total_too_large) and attachments[i]
    // (too_large, unsupported_type, too_long for the name, required for an empty file).
    static QList<FieldError> checkFiles(const QList<File> &files);
    // A reply's body: required, too_long.
    static QList<FieldError> checkReply(const QString &body);
    // The public contact form: name, email, categoryId, description.
    static QList<FieldError> checkContact(const QList<RequestCategory> &categories,
                                          const QString &name, const QString &email,
                                          const QString &categoryId, const QString &description);

    static const RequestCategory *category(const QList<RequestCategory> &categories,
                                           const QString &id);
};

} // namespace ov
