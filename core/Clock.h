#pragma once

#include <QDateTime>

// Time, injectable: renewal windows and back-off are tested by moving a clock, not by waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The real UTC wall clock.
    static const Clock &system();
};
