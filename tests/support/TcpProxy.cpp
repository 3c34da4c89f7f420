#include "TcpProxy.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

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
        if (toClient) {
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
        if (size > 0) {
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
