#include "TcpProxy.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>

namespace ov::test {

namespace {

using Clock = std::chrono::steady_clock;

void closeQuietly(int &fd)
{
    if (fd >= 0) {
        ::shutdown(fd, SHUT_RDWR);
        ::close(fd);
        fd = -1;
    }
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

} // namespace

// Both sockets of one proxied connection, and the two queues between them.
struct TcpProxy::Link
{
    struct Chunk
    {
        Clock::time_point due;
        std::string bytes; // empty: the sender closed its side
    };
    struct Queue
    {
        std::mutex mutex;
        std::condition_variable ready;
        std::deque<Chunk> chunks;
    };

    int client = -1;
    int server = -1;
    int trickleMs = 0;          // > 0: the answer one byte at a time
    std::int64_t cutAfter = -1; // >= 0: bytes to the client before this link is dropped
    std::mutex closeMutex;
    bool closed = false;
    Queue toClient;
    Queue toServer;

    void close()
    {
        std::lock_guard lock(closeMutex);
        if (closed)
            return;
        closed = true;
        // Shut down without closing: the pumps still hold the descriptors.
        ::shutdown(client, SHUT_RDWR);
        ::shutdown(server, SHUT_RDWR);
        for (Queue *q : {&toClient, &toServer}) {
            std::lock_guard ql(q->mutex);
            q->chunks.push_back({Clock::now(), {}});
            q->ready.notify_all();
        }
    }
};

TcpProxy::TcpProxy(std::string targetHost, int targetPort)
    : m_host(std::move(targetHost))
    , m_targetPort(targetPort)
{}

TcpProxy::~TcpProxy()
{
    stop();
}

bool TcpProxy::start(std::string *error)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_listen, 64) != 0 ||
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        *error = std::string("proxy: cannot listen: ") + std::strerror(errno);
        closeQuietly(m_listen);
        return false;
    }
    m_port = ntohs(addr.sin_port);
    m_running = true;
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

void TcpProxy::stop()
{
    if (!m_running.exchange(false))
        return;
    if (m_acceptor.joinable())
        m_acceptor.join();
    closeQuietly(m_listen);
    std::vector<std::shared_ptr<Link>> links;
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        links.swap(m_links);
        threads.swap(m_threads);
    }
    for (const auto &link : links)
        link->close();
    for (auto &t : threads)
        t.join();
    for (const auto &link : links) {
        ::close(link->client);
        ::close(link->server);
    }
    clearFaults();
}

void TcpProxy::injectFaults(Fault fault, int count, int status, int retryAfterSeconds,
                            int trickleMs, int handshakeBytes)
{
    std::lock_guard lock(m_faultMutex);
    m_fault = fault;
    m_faultsLeft = count;
    m_status = status;
    m_retryAfter = retryAfterSeconds;
    m_trickleMs = trickleMs;
    m_handshakeBytes = handshakeBytes;
}

void TcpProxy::clearFaults()
{
    std::vector<int> hung;
    {
        std::lock_guard lock(m_faultMutex);
        m_faultsLeft = 0;
        hung.swap(m_hung);
    }
    for (int fd : hung)
        closeQuietly(fd);
}

int TcpProxy::faultsLeft() const
{
    std::lock_guard lock(m_faultMutex);
    return m_faultsLeft;
}

void TcpProxy::answerStatus(int client, int status, int retryAfterSeconds)
{
    // Read the request's head first, as a server would (the client may not read an answer to
    // a request it is still sending).
    std::string head;
    char buffer[4096];
    const auto until = Clock::now() + std::chrono::seconds(2);
    while (head.find("\r\n\r\n") == std::string::npos && Clock::now() < until) {
        pollfd p{client, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        head.append(buffer, size_t(n));
    }
    const char *reason = status == 429 ? "Too Many Requests" : "Service Unavailable";
    const std::string code = status == 429 ? "too_many_requests" : "service_unavailable";
    const std::string body = "{\"type\":\"about:blank\",\"title\":\"" + std::string(reason) +
                             "\",\"status\":" + std::to_string(status) + ",\"code\":\"" + code +
                             "\"}";
    const std::string answer =
        "HTTP/1.1 " + std::to_string(status) + " " + reason +
        "\r\nContent-Type: application/problem+json\r\nRetry-After: " +
        std::to_string(retryAfterSeconds) +
        "\r\nConnection: close\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" +
        body;
    writeAll(client, answer.data(), answer.size());
    int fd = client;
    closeQuietly(fd);
}

void TcpProxy::cutAfter(std::int64_t bytes)
{
    m_cutAfter = bytes;
}

void TcpProxy::resetCounters()
{
    m_connections = 0;
    m_toClient = 0;
    m_toServer = 0;
}

void TcpProxy::acceptLoop()
{
    while (m_running) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_listen, nullptr, nullptr);
        if (client < 0)
            continue;
        int trickleMs = 0;
        std::int64_t linkCut = -1;
        {
            std::unique_lock lock(m_faultMutex);
            if (m_faultsLeft > 0) {
                --m_faultsLeft;
                ++m_faultsDone;
                ++m_connections;
                switch (m_fault) {
                case Fault::Reset: {
                    const linger hard{1, 0}; // close with RST, not FIN
                    ::setsockopt(client, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                    ::close(client);
                    continue;
                }
                case Fault::Hang:
                    m_hung.push_back(client);
                    continue;
                case Fault::HttpStatus: {
                    const int status = m_status;
                    const int retryAfter = m_retryAfter;
                    lock.unlock();
                    std::lock_guard links(m_mutex);
                    m_threads.emplace_back([this, client, status, retryAfter] {
                        answerStatus(client, status, retryAfter);
                    });
                    continue;
                }
                case Fault::Trickle:
                    trickleMs = m_trickleMs;
                    --m_connections; // counted below, as a forwarded connection
                    break;
                case Fault::CutHandshake:
                    linkCut = m_handshakeBytes;
                    --m_connections;
                    break;
                }
            }
        }
        addrinfo hints{};
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *target = nullptr;
        const std::string port = std::to_string(m_targetPort);
        int server = -1;
        if (::getaddrinfo(m_host.c_str(), port.c_str(), &hints, &target) == 0 && target) {
            server = ::socket(target->ai_family, target->ai_socktype, target->ai_protocol);
            if (server >= 0 && ::connect(server, target->ai_addr, target->ai_addrlen) != 0)
                closeQuietly(server);
            ::freeaddrinfo(target);
        }
        if (server < 0) {
            int c = client;
            closeQuietly(c); // the server is down: so is the connection
            continue;
        }
        const int one = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        auto link = std::make_shared<Link>();
        link->client = client;
        link->server = server;
        link->trickleMs = trickleMs;
        link->cutAfter = linkCut;
        ++m_connections;
        std::lock_guard lock(m_mutex);
        m_links.push_back(link);
        m_threads.emplace_back([this, link] { pump(link, false); });
        m_threads.emplace_back([this, link] { pump(link, true); });
    }
}

// One direction: a reader that stamps each chunk with when it is due, and (on this thread's
// partner) a writer that delivers chunks when they are due.
void TcpProxy::pump(std::shared_ptr<Link> link, bool toClient)
{
    const int from = toClient ? link->server : link->client;
    const int to = toClient ? link->client : link->server;
    Link::Queue &queue = toClient ? link->toClient : link->toServer;
    std::thread writer([&queue, to, link] {
        for (;;) {
            Link::Chunk chunk;
            {
                std::unique_lock lock(queue.mutex);
                queue.ready.wait(lock, [&] { return !queue.chunks.empty(); });
                chunk = std::move(queue.chunks.front());
                queue.chunks.pop_front();
            }
            std::this_thread::sleep_until(chunk.due);
            if (chunk.bytes.empty()) {
                ::shutdown(to, SHUT_WR);
                return;
            }
            if (!writeAll(to, chunk.bytes.data(), chunk.bytes.size())) {
                link->close();
                return;
            }
        }
    });
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::recv(from, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        const auto due = Clock::now() + std::chrono::milliseconds(m_delayMs.load());
        if (n <= 0) {
            std::lock_guard lock(queue.mutex);
            queue.chunks.push_back({due, {}});
            queue.ready.notify_all();
            break;
        }
        size_t size = size_t(n);
        bool cut = false;
        if (toClient && link->cutAfter >= 0) {
            // This link's own cut (CutHandshake); only this pump thread touches it.
            if (std::int64_t(size) >= link->cutAfter) {
                size = size_t(link->cutAfter);
                cut = true;
            }
            link->cutAfter -= std::int64_t(size);
            m_toClient += std::int64_t(size);
        } else if (toClient) {
            std::int64_t left = m_cutAfter.load();
            if (left >= 0) {
                if (std::int64_t(size) >= left) {
                    size = size_t(left);
                    cut = m_cutAfter.exchange(-1) >= 0;
                } else {
                    m_cutAfter -= std::int64_t(size);
                }
            }
            m_toClient += std::int64_t(size);
        } else {
            m_toServer += std::int64_t(size);
        }
        if (size > 0 && toClient && link->trickleMs > 0) {
            // One byte at a time, each `trickleMs` after the one before.
            std::lock_guard lock(queue.mutex);
            Clock::time_point at =
                std::max(due, queue.chunks.empty() ? due : queue.chunks.back().due);
            for (size_t i = 0; i < size; ++i) {
                at += std::chrono::milliseconds(link->trickleMs);
                queue.chunks.push_back({at, std::string(1, buffer[i])});
            }
            queue.ready.notify_all();
        } else if (size > 0) {
            std::lock_guard lock(queue.mutex);
            queue.chunks.push_back({due, std::string(buffer, size)});
            queue.ready.notify_all();
        }
        if (cut) {
            // Let what was allowed through arrive, then drop the connection both ways.
            std::this_thread::sleep_until(due + std::chrono::milliseconds(20));
            link->close();
            break;
        }
    }
    writer.join();
}

} // namespace ov::test
