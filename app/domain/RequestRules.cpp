#include "RequestRules.h"

#include "AccountRules.h"

namespace ov {

namespace {

void checkText(QList<FieldError> &errors, const QString &field, const QString &text, int max)
{
    if (text.trimmed().isEmpty())
        errors.append({field, QStringLiteral("required")});
    else if (text.size() > max)
        errors.append({field, QStringLiteral("too_long")});
}

} // namespace

QStringList RequestRules::acceptedTypes()
{
    return {QStringLiteral("application/pdf"), QStringLiteral("image/jpeg"),
            QStringLiteral("image/png")};
}

QString RequestRules::typeBySignature(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

const RequestCategory *RequestRules::category(const QList<RequestCategory> &categories,
                                              const QString &id)
{
    for (const RequestCategory &c : categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

QList<FieldError> RequestRules::checkRequest(const QList<RequestCategory> &categories,
                                             const QString &categoryId, const QString &contractId,
                                             const QString &subject, const QString &description)
{
    QList<FieldError> errors;
    const RequestCategory *c = category(categories, categoryId);
    if (categoryId.isEmpty())
        errors.append({QStringLiteral("categoryId"), QStringLiteral("required")});
    else if (!c)
        errors.append({QStringLiteral("categoryId"), QStringLiteral("invalid")});
    else if (c->contractRequired && contractId.isEmpty())
        errors.append({QStringLiteral("contractId"), QStringLiteral("required")});
    checkText(errors, QStringLiteral("subject"), subject, kMaxSubject);
    checkText(errors, QStringLiteral("description"), description, kMaxDescription);
    return errors;
}

QList<FieldError> RequestRules::checkFiles(const QList<File> &files)
{
    QList<FieldError> errors;
    if (files.size() > kMaxAttachments) {
        errors.append({QStringLiteral("attachments"), QStringLiteral("too_many")});
        return errors;
    }
    qint64 total = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const File &f = files.at(i);
        const QString field = QStringLiteral("attachments[%1]").arg(i);
        total += f.size;
        if (f.size <= 0)
            errors.append({field, QStringLiteral("required")});
        else if (f.size > kMaxFileBytes)
            errors.append({field, QStringLiteral("too_large")});
        else if (!acceptedTypes().contains(f.contentType))
            errors.append({field, QStringLiteral("unsupported_type")});
        else if (f.fileName.size() > kMaxFileName)
            errors.append({field, QStringLiteral("too_long")});
    }
    if (errors.isEmpty() && total > kMaxTotalBytes)
        errors.append({QStringLiteral("attachments"), QStringLiteral("total_too_large")});
    return errors;
}

QList<FieldError> RequestRules::checkReply(const QString &body)
{
    QList<FieldError> errors;
    checkText(errors, QStringLiteral("body"), body, kMaxDescription);
    return errors;
}

QList<FieldError> RequestRules::checkContact(const QList<RequestCategory> &categories,
                                             const QString &name, const QString &email,
                                             const QString &categoryId, const QString &description)
{
    QList<FieldError> errors;
    checkText(errors, QStringLiteral("name"), name, kMaxName);
    if (const QString code = AccountRules::checkEmail(email); !code.isEmpty())
        errors.append({QStringLiteral("email"), code});
    if (categoryId.isEmpty())
        errors.append({QStringLiteral("categoryId"), QStringLiteral("required")});
    else if (!category(categories, categoryId))
        errors.append({QStringLiteral("categoryId"), QStringLiteral("invalid")});
    checkText(errors, QStringLiteral("description"), description, kMaxDescription);
    return errors;
}

} // namespace ov
