#pragma once

#include <QString>

namespace ov {

// The app's log on disk, for support ("Help → Open the log folder"): every message (what the
// ov.* categories say at info and above, and warnings) is appended, with its time and
// category, to <AppLocalDataLocation>/logs/oficina-virtual.log, private to the user; at 1 MB the
// file becomes oficina-virtual.log.1 (one old file is kept). Messages still go to stderr too.
// Nothing secret is logged anywhere (tokens and passwords never reach a log call).
class LogFile
{
public:
    static void install();
    static QString folder();
    static QString path();
};

} // namespace ov
