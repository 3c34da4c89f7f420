#pragma once

#include "ApiError.h"

#include <QByteArray>

#include <optional>

namespace ov {

// What came back: the raw body (parsed by the caller, off the GUI thread when it is large),
// the ETag, or an error.
struct ApiResult
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    std::optional<ApiError> error;

    bool ok() const { return !error; }
    bool notModified() const { return status == 304; }
};

} // namespace ov
