#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

class Clock;

// Token buckets keyed by a client id or a remote address: `burst` requests at once, refilled at
// `perMinute`. A refused request learns how many seconds to wait (for Retry-After, RFC 9110
// 10.2.3). Idle buckets are forgotten so that scanning addresses cannot grow memory forever.
class HubRateLimiter final
{
public:
    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0;
    };

    HubRateLimiter(const Clock &clock, int burst, int perMinute);

    Decision take(const QString &key);

    void setLimits(int burst, int perMinute);

private:
    struct Bucket
    {
        double tokens = 0;
        QDateTime refilledAt;
    };

    void forgetIdle(const QDateTime &now);

    const Clock &m_clock;
    int m_burst;
    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
    QDateTime m_lastSweep;
};
