#include "RequestText.h"

#include "domain/RequestRules.h"

#include <QLocale>

namespace ov {

QString RequestText::statusName(const QString &status)
{
    if (status == QLatin1StringView("filed"))
        return tr("Filed");
    if (status == QLatin1StringView("in_progress"))
        return tr("In progress");
    if (status == QLatin1StringView("answered"))
        return tr("Answered");
    if (status == QLatin1StringView("closed"))
        return tr("Closed");
    return status;
}

QString RequestText::kindName(const QString &kind)
{
    if (kind == QLatin1StringView("petition"))
        return tr("Petition");
    if (kind == QLatin1StringView("complaint"))
        return tr("Complaint");
    if (kind == QLatin1StringView("claim"))
        return tr("Claim");
    if (kind == QLatin1StringView("suggestion"))
        return tr("Suggestion");
    return kind;
}

QString RequestText::deadline(const ServiceRequest &r, int left)
{
    if (!r.isOpen())
        return r.isClosed() ? tr("Closed") : tr("Answered");
    if (left < 0)
        return tr("Overdue by %n business day(s)", nullptr, -left);
    if (left == 0)
        return tr("Due today");
    return tr("%n business day(s) left", nullptr, left);
}

QString RequestText::message(const FieldError &e, const QString &fileName)
{
    const QString &c = e.code;
    const bool file = e.field.startsWith(QLatin1StringView("attachments"));
    if (c == QLatin1StringView("required")) {
        if (e.field == QLatin1StringView("categoryId"))
            return tr("Choose what your request is about.");
        if (e.field == QLatin1StringView("contractId"))
            return tr("Choose the contract this request is about.");
        if (file)
            return tr("“%1” is empty or cannot be read.").arg(fileName);
        return tr("This field is required.");
    }
    if (c == QLatin1StringView("too_long")) {
        if (file)
            return tr("The name of “%1” is too long: rename the file.").arg(fileName);
        const int max = e.field == QLatin1StringView("subject") ? RequestRules::kMaxSubject
                        : e.field == QLatin1StringView("name")  ? RequestRules::kMaxName
                                                                : RequestRules::kMaxDescription;
        return tr("Write at most %n character(s).", nullptr, max);
    }
    if (c == QLatin1StringView("invalid")) {
        if (e.field == QLatin1StringView("email"))
            return tr("Enter an email address such as name@example.com.");
        if (e.field == QLatin1StringView("categoryId"))
            return tr("Choose one of the listed subjects.");
        if (e.field == QLatin1StringView("contractId"))
            return tr("Choose one of your contracts.");
        return tr("This value is not valid.");
    }
    if (c == QLatin1StringView("too_many"))
        return tr("Attach at most %n file(s).", nullptr, RequestRules::kMaxAttachments);
    if (c == QLatin1StringView("too_large"))
        return tr("“%1” is larger than %2 MB.")
            .arg(fileName)
            .arg(RequestRules::kMaxFileBytes / (1024 * 1024));
    if (c == QLatin1StringView("total_too_large"))
        return tr("The files add up to more than %1 MB.")
            .arg(RequestRules::kMaxTotalBytes / (1024 * 1024));
    if (c == QLatin1StringView("unsupported_type"))
        return tr("“%1” is not a PDF, JPEG or PNG file.").arg(fileName);
    if (c == QLatin1StringView("not_saved"))
        return tr("The request could not be saved on this computer. Try again.");
    if (c == QLatin1StringView("request_closed"))
        return tr("This request is closed: file a new one.");
    return tr("This value is not accepted (%1).").arg(c);
}

} // namespace ov
