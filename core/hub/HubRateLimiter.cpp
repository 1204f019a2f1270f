#include "HubRateLimiter.h"

#include "core/Clock.h"

#include <cmath>

HubRateLimiter::HubRateLimiter(const Clock &clock, int burst, int perMinute)
    : m_clock(clock)
    , m_burst(std::max(1, burst))
    , m_perMinute(std::max(1, perMinute))
{
}

void HubRateLimiter::setLimits(int burst, int perMinute)
{
    m_burst = std::max(1, burst);
    m_perMinute = std::max(1, perMinute);
}

HubRateLimiter::Decision HubRateLimiter::take(const QString &key)
{
    const QDateTime now = m_clock.now();
    forgetIdle(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        it = m_buckets.insert(key, Bucket{double(m_burst), now});
    }
    Bucket &bucket = it.value();
    const double elapsed = std::max<qint64>(0, bucket.refilledAt.msecsTo(now)) / 1000.0;
    const double rate = m_perMinute / 60.0;
    bucket.tokens = std::min<double>(m_burst, bucket.tokens + elapsed * rate);
    bucket.refilledAt = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return {};
    }
    Decision refused;
    refused.allowed = false;
    refused.retryAfterSeconds = std::max(1, int(std::ceil((1.0 - bucket.tokens) / rate)));
    return refused;
}

void HubRateLimiter::forgetIdle(const QDateTime &now)
{
    if (m_lastSweep.isValid() && m_lastSweep.secsTo(now) < 60) {
        return;
    }
    m_lastSweep = now;
    // A bucket idle long enough to be full again carries no information.
    const qint64 refillSeconds = qint64(std::ceil(m_burst * 60.0 / m_perMinute));
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->refilledAt.secsTo(now) > refillSeconds) {
            it = m_buckets.erase(it);
        } else {
            ++it;
        }
    }
}
