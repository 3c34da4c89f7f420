#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ov::test {

// A TCP proxy on loopback between a client and a real server, for what the network does that a
// real server does not on demand: latency (this kernel has no netem, so the delay is added
// here, in user space), a connection cut in the middle of a response, and the faults of
// injectFaults() — resets, hangs, a trickle, storms of 503 or 429 answers, TLS handshakes
// cut short. It counts
// connections and bytes each way, which is how benchmarks measure round trips and transfer.
//
// Every byte is forwarded `delay` after it arrived, in order and without throttling (a queue per
// direction), so a 50 ms delay each way adds 100 ms to each round trip and nothing to bandwidth.
// Plain POSIX sockets and threads: it runs whatever the client's event loop is doing.
class TcpProxy
{
public:
    TcpProxy(std::string targetHost, int targetPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    // Listens on 127.0.0.1 (a free port). False with `error` set on failure.
    bool start(std::string *error);
    void stop();
    int port() const { return m_port; }

    void setDelay(std::chrono::milliseconds eachWay) { m_delayMs = int(eachWay.count()); }
    // Once: after `bytes` more bytes from the server reach the client, both sides of that
    // connection are closed (the server "died" mid-response).
    void cutAfter(std::int64_t bytes);
    bool cutPending() const { return m_cutAfter.load() >= 0; }

    enum class Fault
    {
        Reset,      // accepted, then closed at once with a TCP reset (RST)
        Hang,       // accepted and read, never answered (until clearFaults() or stop())
        Trickle,    // forwarded, but the answer arrives one byte every `trickleMs`
        HttpStatus, // answered by the proxy itself: `status` with Retry-After, then closed
        // Forwarded, but only the server's first `handshakeBytes` bytes reach the client, then
        // both sides are closed: over TLS, a handshake cut inside the server's first flight.
        CutHandshake,
    };
    // The next `count` connections get `fault`; later ones are forwarded as usual.
    void injectFaults(Fault fault, int count, int status = 503, int retryAfterSeconds = 1,
                      int trickleMs = 20, int handshakeBytes = 100);
    // No more faults; hung connections are closed.
    void clearFaults();
    int faultsLeft() const;
    int faultsDone() const { return m_faultsDone.load(); }

    int connections() const { return m_connections.load(); }
    std::int64_t bytesToClient() const { return m_toClient.load(); }
    std::int64_t bytesToServer() const { return m_toServer.load(); }
    void resetCounters();

private:
    struct Link;
    void acceptLoop();
    void pump(std::shared_ptr<Link> link, bool toClient);
    void answerStatus(int client, int status, int retryAfterSeconds);

    std::string m_host;
    int m_targetPort;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_running = false;
    std::atomic<int> m_delayMs = 0;
    std::atomic<std::int64_t> m_cutAfter = -1;
    std::atomic<int> m_connections = 0;
    std::atomic<std::int64_t> m_toClient = 0;
    std::atomic<std::int64_t> m_toServer = 0;
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::shared_ptr<Link>> m_links;
    std::vector<std::thread> m_threads;
    mutable std::mutex m_faultMutex;
    Fault m_fault = Fault::Reset;
    int m_faultsLeft = 0;
    int m_status = 503;
    int m_retryAfter = 1;
    int m_trickleMs = 20;
    int m_handshakeBytes = 100;
    std::atomic<int> m_faultsDone = 0;
    std::vector<int> m_hung; // client sockets left unanswered
};

} // namespace ov::test
