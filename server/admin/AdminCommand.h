#pragma once

#include <QStringList>

namespace ov::server {

// The back office's command line: `ov-server admin <command>` —
//   unlock <username|email>   lift a sign-in lockout now
//   outbox                    list the emails in the outbox (newest last)
class AdminCommand
{
public:
    // arguments: everything after "admin". Returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace ov::server
