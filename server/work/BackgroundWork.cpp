#include "BackgroundWork.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWork, "ov.server.work")

namespace ov::server {

BackgroundWork::BackgroundWork()
    : m_thread([this] { run(); })
{}

BackgroundWork::~BackgroundWork()
{
    {
        // What is due in the next few seconds is done; a retry planned for later is not waited
        // for (it is logged as left undone).
        std::unique_lock lock(m_mutex);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        m_changed.wait_until(lock, deadline, [this, deadline] {
            return m_running == 0 && (m_items.empty() || m_items.front().due > deadline);
        });
        m_stopping = true;
        if (!m_items.empty())
            qCWarning(lcWork) << m_items.size() << "task(s) left undone at shutdown";
    }
    m_changed.notify_all();
    m_thread.join();
}

bool BackgroundWork::post(QString what, Task task, int attempts, std::chrono::milliseconds retryIn)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return false;
        Item item{std::chrono::steady_clock::now(),
                  std::move(what),
                  std::move(task),
                  1,
                  std::max(1, attempts),
                  retryIn};
        const auto at =
            std::upper_bound(m_items.begin(), m_items.end(), item.due,
                             [](const auto &due, const Item &other) { return due < other.due; });
        m_items.insert(at, std::move(item));
    }
    m_changed.notify_all();
    return true;
}

void BackgroundWork::every(QString what, std::chrono::milliseconds interval,
                           std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_periodic.push_back({std::move(what), interval,
                              std::chrono::steady_clock::now() + interval, std::move(task)});
    }
    m_changed.notify_all();
}

bool BackgroundWork::waitUntilIdle(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [this] { return m_items.empty() && m_running == 0; });
}

void BackgroundWork::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_stopping)
            return;
        auto periodic =
            std::min_element(m_periodic.begin(), m_periodic.end(),
                             [](const Periodic &a, const Periodic &b) { return a.due < b.due; });
        const auto now = std::chrono::steady_clock::now();
        if (periodic != m_periodic.end() && periodic->due <= now &&
            (m_items.empty() || periodic->due < m_items.front().due)) {
            periodic->due = now + periodic->interval;
            const std::function<void()> task = periodic->task; // the vector may grow meanwhile
            lock.unlock();
            try {
                task();
            } catch (...) {
                qCCritical(lcWork) << "a periodic task threw";
            }
            lock.lock();
            continue;
        }
        if (m_items.empty()) {
            if (periodic != m_periodic.end())
                m_changed.wait_until(lock, periodic->due);
            else
                m_changed.wait(lock);
            continue;
        }
        const auto due = m_items.front().due;
        if (due > now) {
            m_changed.wait_until(lock,
                                 periodic != m_periodic.end() ? std::min(due, periodic->due) : due);
            continue;
        }
        Item item = std::move(m_items.front());
        m_items.pop_front();
        ++m_running;
        lock.unlock();
        bool done = false;
        try {
            done = item.task(item.attempt);
        } catch (...) {
            qCCritical(lcWork) << item.what << "threw";
        }
        lock.lock();
        --m_running;
        if (!done && item.attempt < item.attempts && !m_stopping) {
            qCInfo(lcWork) << item.what << "failed; trying again in" << item.retryIn.count()
                           << "ms";
            ++item.attempt;
            item.due = std::chrono::steady_clock::now() + item.retryIn;
            const auto at =
                std::upper_bound(m_items.begin(), m_items.end(), item.due,
                                 [](const auto &d, const Item &other) { return d < other.due; });
            m_items.insert(at, std::move(item));
        } else if (!done) {
            qCWarning(lcWork) << item.what << "failed" << item.attempt << "time(s); given up";
        }
        m_changed.notify_all();
    }
}

} // namespace ov::server
