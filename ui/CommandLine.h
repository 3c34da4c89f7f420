#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace ov {

// The client's command line: --lang, --demo-server, an oficinavirtual:// link, --help and
// --version. The last two are answered before any GUI application exists, so they work without
// a display (a terminal over SSH, a package's post-install check).
class CommandLine
{
public:
    CommandLine();

    // When the arguments ask for --help or --version: prints the answer and exits the process.
    // Returns otherwise, having created nothing.
    static void answerWithoutDisplay(int argc, char **argv);

    QCommandLineParser parser;
    const QCommandLineOption lang;
    const QCommandLineOption demoServer;

    static void setApplicationIdentity(); // organisation, name, version: for paths and --version
};

} // namespace ov
