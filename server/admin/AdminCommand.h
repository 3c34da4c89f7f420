#pragma once

#include <QStringList>

namespace ov::server {

// The back office's command line: `ov-server admin <command>` —
//   unlock <username|email>   lift a sign-in lockout now
//   outbox                    list the emails in the outbox (newest last)
//   record-payment <number>   mark an invoice paid (paid at a bank counter, say)
//   sync-prune [--days N]     forget deletions older than N days (clients that old resync)
class AdminCommand
{
public:
    // arguments: everything after "admin". Returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace ov::server
