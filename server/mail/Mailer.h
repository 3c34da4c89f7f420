#pragma once

#include "Email.h"

#include <QString>

namespace ov::server {

// Where the server's emails go: the outbox folder (default) or an SMTP relay.
class Mailer
{
public:
    virtual ~Mailer() = default;
    virtual bool send(const Email &email, QString *error) = 0;
};

} // namespace ov::server
