#include "RenewalPlanner.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace {

// A stable fraction in [0, 1) derived from the serial: the same certificate always lands on
// the same point of its window, different certificates spread over it.
double stableFraction(const QString &serial)
{
    const QByteArray digest = QCryptographicHash::hash(serial.toUtf8(), QCryptographicHash::Sha256);
    const quint64 bits = qFromBigEndian<quint64>(digest.constData());
    return static_cast<double>(bits >> 11) / static_cast<double>(quint64(1) << 53);
}

} // namespace

RenewalPlanner::RenewalPlanner(const Clock &clock)
    : RenewalPlanner(clock, Policy{})
{
}

RenewalPlanner::RenewalPlanner(const Clock &clock, Policy policy)
    : m_clock(clock)
    , m_policy(policy)
{
}

RenewalPlanner::Plan RenewalPlanner::plan(const Certificate &certificate) const
{
    const QDateTime now = m_clock.now();
    Plan plan;
    if (certificate.ariWindow && certificate.ariWindow->start.isValid() && certificate.ariWindow->end.isValid()
        && certificate.ariWindow->start < certificate.ariWindow->end) {
        const RenewalWindow &window = *certificate.ariWindow;
        if (window.end <= now) {
            // RFC 9773 §4.2: a window entirely in the past means renew immediately.
            plan.renewAt = now;
            plan.reason = QStringLiteral("the CA's renewal window ended at %1").arg(window.end.toString(Qt::ISODate));
        } else {
            const qint64 span = window.start.msecsTo(window.end);
            plan.renewAt = window.start.addMSecs(static_cast<qint64>(span * stableFraction(certificate.serial)));
            plan.reason = QStringLiteral("inside the CA's renewal window %1 – %2")
                              .arg(window.start.toString(Qt::ISODate), window.end.toString(Qt::ISODate));
        }
    } else {
        const qint64 lifetime = certificate.notBefore.msecsTo(certificate.notAfter);
        plan.renewAt = certificate.notBefore.addMSecs(lifetime * 2 / 3);
        plan.reason = QStringLiteral("two thirds of the certificate's lifetime");
    }
    plan.due = plan.renewAt <= now;
    return plan;
}

QDateTime RenewalPlanner::nextRetry(int failures,
                                    const QList<QDateTime> &recentAttempts,
                                    const QDateTime &notAfter,
                                    double random) const
{
    const QDateTime now = m_clock.now();
    const int exponent = std::clamp(failures - 1, 0, 30);
    const double base = std::min(static_cast<double>(m_policy.firstRetrySeconds) * std::pow(2.0, exponent),
                                 static_cast<double>(m_policy.maxRetrySeconds));
    const double jitter = 1.0 + m_policy.jitter * (2.0 * std::clamp(random, 0.0, 1.0) - 1.0);
    QDateTime retry = now.addMSecs(static_cast<qint64>(base * jitter * 1000.0));

    // A short-lived certificate must not back off past its own expiry: keep at least a
    // tenth of the remaining time for further attempts.
    if (notAfter.isValid() && notAfter > now) {
        const qint64 remaining = now.msecsTo(notAfter);
        retry = std::min(retry, now.addMSecs(std::max<qint64>(remaining / 10, 1000)));
    }

    // Hourly budget: with the limit reached, wait until the oldest attempt in the last hour
    // leaves that hour.
    QList<QDateTime> lastHour;
    for (const QDateTime &attempt : recentAttempts) {
        if (attempt.isValid() && attempt > now.addSecs(-3600)) {
            lastHour << attempt;
        }
    }
    if (lastHour.size() >= m_policy.maxAttemptsPerHour) {
        std::sort(lastHour.begin(), lastHour.end());
        const QDateTime budgetFrees = lastHour.at(lastHour.size() - m_policy.maxAttemptsPerHour).addSecs(3600);
        retry = std::max(retry, budgetFrees);
    }
    return retry;
}
