#pragma once

#include "core/Clock.h"

// A clock that only moves when the test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {
    }

    QDateTime now() const override { return m_now; }

    void set(const QDateTime &now) { m_now = now; }

    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
