#pragma once

#include "FieldError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ov {

// An RFC 9457 problem document with the project's stable machine `code` and field errors.
struct Problem
{
    int status = 0;
    QString code;
    QString title;
    QString detail;
    QList<FieldError> errors;
    int retryAfterSeconds = -1; // mirrored from the Retry-After header where one applies

    static QString typeUri(const QString &code);
    QJsonObject toJson() const;
    QByteArray toBytes() const;
    static std::optional<Problem> fromJson(const QByteArray &body);

    friend bool operator==(const Problem &, const Problem &) = default;
};

} // namespace ov
