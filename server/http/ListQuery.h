#pragma once

#include "ApiRequest.h"

#include "domain/FieldError.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace ov::server {

// The query of a paginated collection: ?limit=&cursor=&updatedSince=.
// A cursor is opaque to clients: base64url of the sort key of the last item returned.
struct ListQuery
{
    int limit = 50;
    QStringList after;      // decoded cursor, empty for the first page
    QDateTime updatedSince; // invalid: everything

    // Parses and validates; on failure fills `errors` (field: limit | cursor | updatedSince).
    static std::optional<ListQuery> parse(const ApiRequest &req, int defaultLimit, int maxLimit,
                                          int cursorParts, QList<FieldError> *errors);
    static QString encodeCursor(const QStringList &parts);
};

} // namespace ov::server
