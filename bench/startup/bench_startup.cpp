// Benchmarks 5 and 6 (docs/performance.md): the app's cold start to its first painted workspace
// with the large account in its cache, offline (the server is down), against an empty
// QMainWindow program started the same way; and the app's peak memory after visiting every
// page, against the same baseline.
//
// The app's state is prepared the way a user gets it — signed in with "keep me signed in"
// (refresh token in the real keychain) and synced — by the client core itself, in a private
// home folder (XDG_*), which the app then starts from. Run inside a D-Bus session with an
// unlocked keyring, as scripts/bench and scripts/test do.

#include "BenchReport.h"
#include "ServerProcess.h"

#include "AppController.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <ctime>

using namespace ov;
using namespace ov::bench;

namespace {

struct Probe
{
    double firstPaintMs = -1;
    double peakRssMiB = -1;
};

// Starts `program` with the start stamp set just before, and reads its probe line.
Probe run(const QString &program, const QStringList &args, const QString &mode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OV_STARTUP_PROBE"), mode);
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    env.insert(QStringLiteral("OV_STARTUP_T0_NS"),
               QString::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    static const QRegularExpression line(
        QStringLiteral("first-paint-ms=([0-9.]+) peak-rss-kib=(-?[0-9]+)"));
    const auto m = line.match(QString::fromUtf8(p.readAllStandardOutput()));
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toDouble(), m.captured(2).toDouble() / 1024};
}

// Signs in as the large account with "keep me signed in" and syncs, through the client core
// with the app's own default settings, profiles, keychain entry and cache path.
bool prepareSignedInState(const QUrl &server, QString *error)
{
    Settings settings;
    ProfileStore profiles;
    profiles.overrideBaseUrl(QStringLiteral("demo-electricity-co"), server);
    QNetworkAccessManager nam;
    TokenStore tokens;
    AppController controller(&settings, &profiles, &nam, &tokens);
    controller.chooseProfile(QStringLiteral("demo-electricity-co"));
    QEventLoop loop;
    bool ok = false;
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    controller.signIn(QStringLiteral("corporativo"), QStringLiteral("Corporativo-2026"), true,
                      [&](const AuthSession::Outcome &outcome) {
                          if (outcome.error) {
                              *error = outcome.error->describe();
                              loop.quit();
                              return;
                          }
                          QObject::connect(controller.sync(), &SyncEngine::finished, &loop,
                                           [&](bool synced) {
                                               ok = synced;
                                               loop.quit();
                                           });
                      });
    loop.exec();
    if (!ok) {
        if (error->isEmpty())
            *error = QStringLiteral("the first sync did not finish");
        return false;
    }
    // The refresh token reaches the keychain asynchronously: wait until it reads back.
    for (int i = 0; i < 100; ++i) {
        bool stored = false;
        QEventLoop wait;
        tokens.read(
            TokenStore::keyFor(QStringLiteral("demo-electricity-co"), settings.lastUserId()), &wait,
            [&](TokenStore::Status s, const QString &value) {
                stored = s == TokenStore::Status::Ok && !value.isEmpty();
                wait.quit();
            });
        wait.exec();
        if (stored)
            return true;
        QEventLoop pause;
        QTimer::singleShot(50, &pause, &QEventLoop::quit);
        pause.exec();
    }
    *error = QStringLiteral("the refresh token never reached the keychain (no Secret Service?)");
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // A private home for this run: the app started below finds the same settings and cache.
    // OV_BENCH_HOME keeps it somewhere known, to look at or to profile the app by hand.
    QTemporaryDir temporary;
    const QString home = qEnvironmentVariable("OV_BENCH_HOME", temporary.path());
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(var, QDir(home).filePath(QString::fromLatin1(var).toLower()).toUtf8());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OficinaVirtual"));
    QCoreApplication::setApplicationName(QStringLiteral("oficina-virtual"));
    QTextStream err(stderr);

    test::ServerProcess server;
    server.setExtraArguments({QStringLiteral("--scale"), QStringLiteral("large")});
    QString error;
    if (!server.start(&error) || !prepareSignedInState(server.baseUrl(), &error)) {
        err << "bench_startup: " << error << "\n";
        return 1;
    }
    const QStringList appArgs{QStringLiteral("--demo-server"),
                              QStringLiteral("demo-electricity-co=") + server.baseUrl().toString()};
    server.stop(); // an offline start: everything comes from the cache

    const int reps = repetitions(7);
    run(QStringLiteral(OV_APP_BIN), appArgs, QStringLiteral("first-paint")); // warm the disk cache
    run(QStringLiteral(OV_EMPTY_WINDOW_BIN), {}, QStringLiteral("first-paint"));
    QList<double> appMs, emptyMs;
    for (int i = 0; i < reps; ++i) {
        const Probe a = run(QStringLiteral(OV_APP_BIN), appArgs, QStringLiteral("first-paint"));
        const Probe e = run(QStringLiteral(OV_EMPTY_WINDOW_BIN), {}, QStringLiteral("first-paint"));
        if (a.firstPaintMs < 0 || e.firstPaintMs < 0) {
            err << "bench_startup: a start-up probe printed nothing\n";
            return 1;
        }
        appMs << a.firstPaintMs;
        emptyMs << e.firstPaintMs;
    }
    const double a = median(appMs), e = median(emptyMs);
    report(QStringLiteral("5"),
           QStringLiteral("Cold start to the first painted workspace, 200 contracts cached, "
                          "offline (QPA %1)")
               .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"))),
           ms(a), QStringLiteral("empty QMainWindow: ") + ms(e), times(a / e),
           QStringLiteral("≤ 1.3×"), a <= 1.3 * e);

    const Probe visited = run(QStringLiteral(OV_APP_BIN), appArgs, QStringLiteral("visit-all"));
    const Probe empty = run(QStringLiteral(OV_EMPTY_WINDOW_BIN), {}, QStringLiteral("first-paint"));
    if (visited.peakRssMiB < 0) {
        err << "bench_startup: the visit-all probe printed nothing\n";
        return 1;
    }
    report(QStringLiteral("6"),
           QStringLiteral("Peak RSS, large account loaded, every page visited"),
           QStringLiteral("%1 MiB").arg(visited.peakRssMiB, 0, 'f', 1),
           QStringLiteral("empty QMainWindow: %1 MiB").arg(empty.peakRssMiB, 0, 'f', 1),
           times(visited.peakRssMiB / empty.peakRssMiB), QStringLiteral("≤ 120 MB"),
           visited.peakRssMiB * 1024 * 1024 <= 120e6);
    return 0;
}
