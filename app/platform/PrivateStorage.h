#pragma once

#include <QString>
#include <QStringList>

namespace ov {

// The user's data on this computer — the cache (names, addresses, meter numbers, invoices,
// readings), settings, saved configs — is theirs alone: folders 0700 and files 0600 whatever
// the umask, on systems where other local users could otherwise read them. (On Windows the
// per-user profile folders already are private; these calls do nothing there.)
class PrivateStorage
{
public:
    // From now on, this process creates files 0600 and folders 0700 (umask 077).
    static void restrictNewFiles();
    // Folders under `roots` (and the roots) become 0700, files 0600. Returns how many were
    // changed (tests; a start-up log line).
    static int tighten(const QStringList &roots);
    // Creates `dir` and whichever of its parents are missing, 0700. Folders that already exist
    // are left as they are (tighten() is for the app's own roots): a cache given a path in
    // /tmp must not change /tmp.
    static bool makePrivateDir(const QString &dir);
    // Creates `file` empty if it does not exist, and makes it 0600.
    static bool makePrivateFile(const QString &file);
};

} // namespace ov
