#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <chrono>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace httplib {
class Client;
}

namespace ov::bench {

// One simulated customer of the load test, on its own thread and its own kept-alive
// connection (as the app's QNetworkAccessManager keeps one): visits made of a sign-in, a full
// sync, a meter reading, a few delta syncs with think time between them, and a sign-out; then a
// pause and the next visit, until the deadline. Every request's latency is recorded by kind.
class LoadClient
{
public:
    enum Op
    {
        SignIn,
        Sync,
        Reading,
        SignOut,
        OpCount
    };
    struct Sample
    {
        Op op;
        float ms;
    };
    struct Pacing
    {
        double thinkMin = 2, thinkMax = 6;   // seconds between delta syncs
        double visitMin = 15, visitMax = 30; // seconds from sign-in to sign-out
        bool writesOnly = false; // one sign-in, then readings back to back (no think time)
    };
    using Clock = std::chrono::steady_clock;

    LoadClient(int port, QString login, QString password, Pacing pacing, unsigned seed);
    ~LoadClient();
    LoadClient(const LoadClient &) = delete;
    LoadClient &operator=(const LoadClient &) = delete;

    void run(Clock::time_point start, Clock::time_point deadline);

    const std::vector<Sample> &samples() const { return m_samples; }
    int errors() const { return m_errors; }
    const QStringList &errorTexts() const { return m_errorTexts; } // the first few

    static const char *name(Op op);

private:
    bool visit(Clock::time_point deadline);
    bool writeLoop(Clock::time_point deadline);
    bool signIn();
    bool fullSync();
    bool deltaSync();
    bool submitReading();
    void signOut();
    bool syncFrom(const std::string &token);
    // Sends one request, records its latency under `op`; true for a 2xx answer.
    bool send(Op op, const char *method, const std::string &path, const std::string &body,
              std::string *answer);
    void sleepUntil(Clock::time_point when, Clock::time_point deadline);
    double uniform(double low, double high);

    std::unique_ptr<httplib::Client> m_http;
    QString m_login;
    QString m_password;
    Pacing m_pacing;
    std::mt19937 m_random;
    std::string m_token;
    std::string m_syncToken;
    std::string m_contractId;
    double m_lastValue = 0;
    std::vector<Sample> m_samples;
    int m_errors = 0;
    QStringList m_errorTexts;
};

} // namespace ov::bench
