// Benchmarks 12–14 (docs/performance.md): ov-server under load, on loopback, behind nginx as
// packaging/nginx/ deploys it. 500 simulated customers for 60 s, each on its own connection and
// thread (LoadClient: sign-in, full sync, a meter reading, delta syncs with think time,
// sign-out, again), on SQLite and on PostgreSQL
// (when OV_TEST_POSTGRES_URL names a server: a throwaway database is created there and dropped).
// Baseline, same run: one customer alone doing the same requests. Then SQLite's one-writer limit:
// readings written back to back by 1 … 128 writers, against PostgreSQL's figures.
// Quick mode (ctest, OV_BENCH_QUICK=1): 20 customers for 3 s; any error fails it.

#include "BenchReport.h"
#include "LoadClient.h"
#include "NginxFront.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

using namespace ov;
using namespace ov::bench;

namespace {

const bool quick = qEnvironmentVariableIntValue("OV_BENCH_QUICK") != 0;
constexpr int kAccounts = 500; // DemoSeeder::kLoadAccounts: ov-server --demo --scale load

struct Figures
{
    int clients = 0;
    double seconds = 0;
    size_t requests = 0;
    double rps = 0;
    double p50 = 0;
    double p99 = 0;
    std::array<double, LoadClient::OpCount> opP50{};
    std::array<double, LoadClient::OpCount> opP99{};
    std::array<size_t, LoadClient::OpCount> opCount{};
    int errors = 0;
    QStringList errorTexts;
};

double percentile(std::vector<float> &values, double p)
{
    if (values.empty())
        return 0;
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size())));
    std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
    return values[index];
}

Figures drive(int port, int clients, double seconds, double ramp, LoadClient::Pacing pacing,
              int firstAccount)
{
    std::vector<std::unique_ptr<LoadClient>> load;
    for (int i = 0; i < clients; ++i) {
        const int account = (firstAccount + i) % kAccounts + 1;
        load.push_back(std::make_unique<LoadClient>(
            port, QStringLiteral("carga%1").arg(account, 3, 10, QLatin1Char('0')),
            QStringLiteral("Carga-2026"), pacing, unsigned(0x10ad + firstAccount + i)));
    }
    const auto start = LoadClient::Clock::now() + std::chrono::milliseconds(200);
    const auto deadline = start + std::chrono::milliseconds(qint64(seconds * 1000));
    std::vector<std::thread> threads;
    threads.reserve(size_t(clients));
    for (int i = 0; i < clients; ++i)
        threads.emplace_back([&, i] {
            load[size_t(i)]->run(
                start + std::chrono::milliseconds(qint64(1000 * ramp * i / clients)), deadline);
        });
    for (std::thread &t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(LoadClient::Clock::now() - start).count();

    Figures f;
    f.clients = clients;
    f.seconds = elapsed;
    std::vector<float> all;
    std::array<std::vector<float>, LoadClient::OpCount> byOp;
    for (const auto &client : load) {
        for (const LoadClient::Sample &s : client->samples()) {
            all.push_back(s.ms);
            byOp[s.op].push_back(s.ms);
        }
        f.errors += client->errors();
        for (const QString &text : client->errorTexts())
            if (f.errorTexts.size() < 5)
                f.errorTexts.append(text);
    }
    f.requests = all.size();
    f.rps = double(all.size()) / elapsed;
    f.p50 = percentile(all, 0.50);
    f.p99 = percentile(all, 0.99);
    for (int op = 0; op < LoadClient::OpCount; ++op) {
        f.opCount[op] = byOp[op].size();
        f.opP50[op] = percentile(byOp[op], 0.50);
        f.opP99[op] = percentile(byOp[op], 0.99);
    }
    return f;
}

QString describe(const Figures &f)
{
    return QStringLiteral("p99 %1 · p50 %2 · %3 req/s · %4 errors")
        .arg(ms(f.p99), ms(f.p50))
        .arg(f.rps, 0, 'f', 0)
        .arg(f.errors);
}

void details(QTextStream &out, const QString &what, const Figures &f)
{
    out << what << ": " << f.clients << " clients, " << f.requests << " requests in "
        << QString::number(f.seconds, 'f', 1) << " s: " << describe(f) << Qt::endl;
    for (int op = 0; op < LoadClient::OpCount; ++op)
        if (f.opCount[op])
            out << "  " << LoadClient::name(LoadClient::Op(op)) << ": " << f.opCount[op]
                << " requests, p50 " << ms(f.opP50[op]) << ", p99 " << ms(f.opP99[op]) << Qt::endl;
    for (const QString &e : f.errorTexts)
        out << "  error: " << e << Qt::endl;
}

struct Backend
{
    QString name;
    Figures alone;
    Figures load;
    QList<Figures> writers;
    bool ok = false;
};

Backend measure(const QString &name, const QString &databaseUrl, QTextStream &out, QTextStream &err)
{
    Backend b;
    b.name = name;
    test::ServerProcess server;
    QStringList args{QStringLiteral("--scale"), QStringLiteral("load")};
    if (!databaseUrl.isEmpty())
        args << QStringLiteral("--database") << databaseUrl;
    args << qEnvironmentVariable("OV_LOAD_SERVER_ARGS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    server.setExtraArguments(args);
    QString error;
    if (!server.start(&error)) {
        err << "bench_load: " << error << "\n";
        return b;
    }
    // As deployed (packaging/nginx/): nginx holds the customers' connections.
    NginxFront front;
    if (!front.start(server.port(), &error)) {
        err << "bench_load: " << error << "\n";
        return b;
    }
    const int port = front.port();

    LoadClient::Pacing brisk; // one customer alone: the same visits, shorter pauses
    brisk.thinkMin = 0.05;
    brisk.thinkMax = 0.2;
    brisk.visitMin = 1;
    brisk.visitMax = 3;
    b.alone = drive(port, 1, quick ? 1 : 10, 0, brisk, 0);
    details(out, name + QStringLiteral(", one customer alone"), b.alone);

    const int clients = qEnvironmentVariableIntValue("OV_LOAD_CLIENTS") > 0
                            ? qEnvironmentVariableIntValue("OV_LOAD_CLIENTS")
                        : quick ? 20
                                : 500;
    const int seconds = qEnvironmentVariableIntValue("OV_LOAD_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("OV_LOAD_SECONDS")
                        : quick ? 3
                                : 60;
    LoadClient::Pacing pacing;
    if (quick) {
        pacing.thinkMin = 0.2;
        pacing.thinkMax = 0.5;
        pacing.visitMin = 1;
        pacing.visitMax = 2;
    }
    b.load = drive(port, clients, seconds, quick ? 1 : std::min(10, seconds / 4), pacing, 0);
    details(out, name + QStringLiteral(", load"), b.load);

    LoadClient::Pacing writes;
    writes.writesOnly = true;
    for (const int writers : quick ? QList<int>{4} : QList<int>{1, 8, 32, 128}) {
        b.writers.append(drive(port, writers, quick ? 1 : 8, 0, writes, 200));
        details(out, name + QStringLiteral(", readings back to back"), b.writers.last());
    }
    b.ok = true;
    return b;
}

void reportBackend(const Backend &b, const Backend *other)
{
    report(
        b.name == QLatin1StringView("SQLite") ? QStringLiteral("12") : QStringLiteral("13"),
        QStringLiteral("ov-server on %1 under load: %2 simulated customers for %3 s (sign-in, "
                       "sync, reading, delta syncs, sign-out; %4 requests)")
            .arg(b.name)
            .arg(b.load.clients)
            .arg(b.load.seconds, 0, 'f', 0)
            .arg(b.load.requests),
        describe(b.load),
        QStringLiteral("one customer alone: p99 %1 · p50 %2").arg(ms(b.alone.p99), ms(b.alone.p50)),
        times(b.load.p99 / std::max(0.1, b.alone.p99)), QStringLiteral("0 errors, p99 ≤ 200 ms"),
        b.load.errors == 0 && b.load.p99 <= 200);
    if (b.name != QLatin1StringView("SQLite"))
        return;
    for (qsizetype i = 0; i < b.writers.size(); ++i) {
        const Figures &w = b.writers.at(i);
        const Figures *pg = other && i < other->writers.size() ? &other->writers.at(i) : nullptr;
        report(QStringLiteral("14"),
               QStringLiteral("SQLite, one writer: readings written back to back by %1 "
                              "customers (%2 errors)")
                   .arg(w.clients)
                   .arg(w.errors),
               QStringLiteral("%1 writes/s · p99 %2")
                   .arg(double(w.opCount[LoadClient::Reading]) / w.seconds, 0, 'f', 0)
                   .arg(ms(w.opP99[LoadClient::Reading])),
               pg ? QStringLiteral("PostgreSQL: %1 writes/s · p99 %2")
                        .arg(double(pg->opCount[LoadClient::Reading]) / pg->seconds, 0, 'f', 0)
                        .arg(ms(pg->opP99[LoadClient::Reading]))
                  : QStringLiteral("PostgreSQL not measured"),
               pg ? times((double(w.opCount[LoadClient::Reading]) / w.seconds) /
                          std::max(1.0, double(pg->opCount[LoadClient::Reading]) / pg->seconds))
                  : QStringLiteral("—"),
               QStringLiteral("measured (docs/performance.md)"), w.errors == 0);
    }
}

int errorsOf(const Backend &b)
{
    int n = b.alone.errors + b.load.errors;
    for (const Figures &w : b.writers)
        n += w.errors;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The server's info lines (one per reading taken) would be most of the output.
    qputenv("QT_LOGGING_RULES", "ov.server.readings.info=false");
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Backend sqlite = measure(QStringLiteral("SQLite"), {}, out, err);
    if (!sqlite.ok)
        return 1;
    Backend postgres;
    const QString pg = qEnvironmentVariable("OV_TEST_POSTGRES_URL");
    const QString name = QStringLiteral("ov_load_%1").arg(QCoreApplication::applicationPid());
    auto psql = [&](const QString &sql) {
        QProcess p;
        p.start(QStringLiteral("psql"), {pg, QStringLiteral("-q"), QStringLiteral("-c"), sql});
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    if (pg.isEmpty()) {
        err << "bench_load: OV_TEST_POSTGRES_URL not set: PostgreSQL not measured\n";
    } else if (!psql(QStringLiteral("CREATE DATABASE ") + name)) {
        err << "bench_load: cannot create a database on " << pg << "\n";
        return 1;
    } else {
        QUrl url(pg);
        url.setPath(QLatin1Char('/') + name);
        postgres = measure(QStringLiteral("PostgreSQL"), url.toString(), out, err);
        psql(QStringLiteral("DROP DATABASE ") + name + QStringLiteral(" WITH (FORCE)"));
        if (!postgres.ok)
            return 1;
    }
    reportBackend(sqlite, postgres.ok ? &postgres : nullptr);
    if (postgres.ok)
        reportBackend(postgres, nullptr);
    // Under ctest the figures are not judged, but an error under concurrency is a bug.
    if (quick && errorsOf(sqlite) + errorsOf(postgres) > 0) {
        err << "bench_load: requests failed under load (see the errors above)\n";
        return 1;
    }
    return 0;
}
