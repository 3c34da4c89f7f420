#include "CommandLine.h"

#include <QCoreApplication>
#include <QStringList>

namespace ov {

CommandLine::CommandLine()
    : lang(QStringLiteral("lang"), QStringLiteral("Interface language: es or en."),
           QStringLiteral("language"))
    , demoServer(QStringLiteral("demo-server"),
                 QStringLiteral("Point a bundled demo profile at another server: "
                                "profile-id=http://host:port."),
                 QStringLiteral("id=url"))
{
    parser.setApplicationDescription(
        QStringLiteral("Oficina Virtual: your utility's customer office."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({lang, demoServer});
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QStringLiteral("An oficinavirtual:// link to open."),
                                 QStringLiteral("[url]"));
}

void CommandLine::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OficinaVirtual"));
    QCoreApplication::setApplicationName(QStringLiteral("oficina-virtual"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OV_VERSION));
}

void CommandLine::answerWithoutDisplay(int argc, char **argv)
{
    static const QStringList informational = {QStringLiteral("-h"), QStringLiteral("--help"),
                                              QStringLiteral("-?"), QStringLiteral("--help-all"),
                                              QStringLiteral("-v"), QStringLiteral("--version")};
    bool asked = false;
    for (int i = 1; i < argc && !asked; ++i)
        asked = informational.contains(QString::fromLocal8Bit(argv[i]));
    if (!asked)
        return;
    QCoreApplication core(argc, argv); // no display needed
    setApplicationIdentity();
    CommandLine line;
    line.parser.process(core); // prints and exits
}

} // namespace ov
