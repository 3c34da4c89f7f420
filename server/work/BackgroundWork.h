#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ov::server {

// Work a request hands off instead of doing it before it answers: sending an email (a slow
// relay slows nobody), processing a password-reset request (so that the answer does the same
// work whether or not the account exists). One worker thread per server, tasks in the order
// they are due; a task can ask to be run again later (a relay that is down). Tasks live in
// memory: a crash loses what was pending (someone asks for a reset again, or for the
// activation email to be resent).
class BackgroundWork
{
public:
    // Returns true when done, false to be tried again `retryIn` later (while attempts last).
    using Task = std::function<bool(int attempt)>;

    BackgroundWork();
    ~BackgroundWork(); // finishes what is due within a few seconds, then stops

    // False when stopping (the task is not taken).
    bool post(QString what, Task task, int attempts = 1,
              std::chrono::milliseconds retryIn = std::chrono::seconds(30));
    // Runs `task` every `interval` (first after one interval) until the worker stops: a pass
    // over work other instances may have left too (pending emails). Not counted as queued work.
    void every(QString what, std::chrono::milliseconds interval, std::function<void()> task);
    // Waits until nothing is queued, due or running (tests; a clean shutdown). False on timeout.
    bool waitUntilIdle(std::chrono::milliseconds timeout);

private:
    struct Item
    {
        std::chrono::steady_clock::time_point due;
        QString what;
        Task task;
        int attempt = 1;
        int attempts = 1;
        std::chrono::milliseconds retryIn;
    };
    struct Periodic
    {
        QString what;
        std::chrono::milliseconds interval;
        std::chrono::steady_clock::time_point due;
        std::function<void()> task;
    };
    void run();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items; // sorted by due
    std::vector<Periodic> m_periodic;
    int m_running = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ov::server
