// ov-server: the reference implementation of the Oficina Virtual REST API.

#include "ApiServer.h"
#include "ServerOptions.h"
#include "admin/AdminCommand.h"
#include "auth/PasswordHasher.h"
#include "db/Database.h"
#include "db/DatabaseSetup.h"
#include "utility/Utility.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <thread>

using namespace ov::server;

int main(int argc, char *argv[])
{
    // SIGINT/SIGTERM are taken by one thread with sigwait, which stops the server cleanly;
    // blocking them first makes every thread started later inherit the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ov-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OV_VERSION));
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1StringView("admin"))
        return AdminCommand::run(arguments.mid(2));

    int exitCode = 0;
    const auto options = ServerOptions::parse(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    if (!PasswordHasher::initialize()) {
        err << "ov-server: libsodium could not be initialised\n";
        return 1;
    }

    QString error;
    std::optional<Utility> utility = options->utilityConfigPath.isEmpty()
                                         ? Utility::demo(options->utilityId)
                                         : Utility::fromFile(options->utilityConfigPath, &error);
    if (!utility) {
        err << "ov-server: "
            << (error.isEmpty()
                    ? QStringLiteral("unknown utility '%1' (choose %2)")
                          .arg(options->utilityId, Utility::demoIds().join(QStringLiteral(", ")))
                    : error)
            << "\n";
        return 2;
    }
    if (options->databaseUrl.isEmpty() && !QDir().mkpath(options->dataDir)) {
        err << "ov-server: cannot create " << options->dataDir << "\n";
        return 1;
    }

    Database db;
    const auto clock = std::make_shared<ov::SystemClock>();
    if (!db.configure(options->effectiveDatabaseUrl(), &error) ||
        !DatabaseSetup::prepare(db, utility->id(), options->demo, *clock, &error,
                                options->largeDemo  ? DemoSeeder::Scale::Large
                                : options->loadDemo ? DemoSeeder::Scale::Load
                                                    : DemoSeeder::Scale::Standard)) {
        err << "ov-server: " << error << "\n";
        return 1;
    }

    ApiServer server(db, *utility, clock, options->settings);
    if (!server.bind(options->host, options->port, &error)) {
        err << "ov-server: " << error << "\n";
        return 1;
    }
    if (!options->portFile.isEmpty()) {
        QFile f(options->portFile);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(QByteArray::number(server.port()) + '\n') < 0) {
            err << "ov-server: cannot write " << options->portFile << "\n";
            return 1;
        }
    }
    out << "ov-server " << OV_VERSION << ": " << utility->defaultConfig().name << " on "
        << (server.isTls() ? "https" : "http") << "://" << options->host << ":" << server.port()
        << "/api/v1 (" << db.describe() << ")" << Qt::endl;

    std::thread signalWaiter([&server, stopSignals] {
        int received = 0;
        sigwait(&stopSignals, &received);
        server.stop();
    });
    server.run();
    // run() returned: either a signal stopped us, or the listener failed. Wake the waiter.
    pthread_kill(signalWaiter.native_handle(), SIGTERM);
    signalWaiter.join();
    out << "ov-server: stopped" << Qt::endl;
    return 0;
}
