#pragma once

#include "domain/FieldError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ov::server {

// What an account operation decided, for the route to send: a status with a JSON body, or a
// problem (code, field errors, Retry-After).
struct ServiceResult
{
    int status = 200;
    QJsonObject body;
    QString problemCode; // set: the answer is problem+json
    QList<FieldError> errors;
    int retryAfterSeconds = -1;

    static ServiceResult ok(int status, QJsonObject body = {})
    {
        return {status, std::move(body), {}, {}, -1};
    }
    static ServiceResult problem(int status, const QString &code, QList<FieldError> errors = {},
                                 int retryAfter = -1)
    {
        return {status, {}, code, std::move(errors), retryAfter};
    }
    static ServiceResult invalid(QList<FieldError> errors)
    {
        return problem(400, QStringLiteral("validation_failed"), std::move(errors));
    }
    static ServiceResult internalError() { return problem(500, QStringLiteral("internal_error")); }
    bool isProblem() const { return !problemCode.isEmpty(); }
};

} // namespace ov::server
