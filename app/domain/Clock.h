#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <mutex>

namespace ov {

// Time is injected wherever it matters (lockouts, token expiry, due dates), so tests can move it
// without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to. Thread-safe: the server reads it from worker threads.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 11, 15), QTime(12, 0),
                                                   QTimeZone::utc()))
        : m_now(std::move(start))
    {}
    QDateTime now() const override
    {
        std::lock_guard lock(m_mutex);
        return m_now;
    }
    void set(QDateTime t)
    {
        std::lock_guard lock(m_mutex);
        m_now = std::move(t);
    }
    void advanceSeconds(qint64 s)
    {
        std::lock_guard lock(m_mutex);
        m_now = m_now.addSecs(s);
    }

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};

} // namespace ov
