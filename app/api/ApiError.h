#pragma once

#include "domain/Problem.h"

#include <QString>

namespace ov {

// Why a call to the server did not give the expected answer, in terms the UI can act on.
struct ApiError
{
    enum class Kind
    {
        Network,         // unreachable, connection refused/reset, DNS
        Timeout,         // no complete answer in time
        Tls,             // certificate not trusted, or the profile's pin does not match
        InsecureUrl,     // plain http to a host that is not this machine
        Http,            // the server answered with an error status (problem set when given)
        InvalidResponse, // a 2xx answer that is not what the contract says (garbage, truncated)
        Cancelled,
    };

    Kind kind = Kind::Network;
    int status = 0; // HTTP status when there was one
    Problem problem;
    QString detail; // technical detail for logs
    int retryAfterSeconds = -1;

    QString code() const { return problem.code; }
    // The server could not be reached at all (as opposed to answering with an error).
    bool isOffline() const { return kind == Kind::Network || kind == Kind::Timeout; }
    QString describe() const;
};

} // namespace ov
