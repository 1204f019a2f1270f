#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Clock;

// Decides when a certificate is renewed and when a failed attempt is retried.
//  - With ACME Renewal Information (RFC 9773 §4.2) the CA's suggested window wins: renew at a
//    time chosen uniformly inside it. The choice is derived from the certificate's serial, so
//    it is stable across restarts and spread across many certificates.
//  - Without ARI, renew at two thirds of the lifetime (a 90-day certificate at day 60, a
//    6-day one at day 4), like the CAs themselves recommend.
//  - Failures back off exponentially with jitter, never retry later than the point where the
//    certificate would expire unrenewed, and stay within an hourly attempt budget.
class RenewalPlanner final
{
public:
    struct RenewalWindow
    {
        QDateTime start;
        QDateTime end;
    };

    struct Certificate
    {
        QString serial; // hex; seeds the stable choice inside a window
        QDateTime notBefore;
        QDateTime notAfter;
        std::optional<RenewalWindow> ariWindow;
    };

    struct Plan
    {
        QDateTime renewAt;
        bool due = false;
        QString reason; // for the activity log, untranslated
    };

    struct Policy
    {
        qint64 firstRetrySeconds = 5 * 60;
        qint64 maxRetrySeconds = 6 * 60 * 60;
        double jitter = 0.2; // ± share of the delay
        int maxAttemptsPerHour = 3;
    };

    explicit RenewalPlanner(const Clock &clock);
    RenewalPlanner(const Clock &clock, Policy policy);

    Plan plan(const Certificate &certificate) const;

    // When to try again after `failures` consecutive failed attempts (1 for the first), given
    // the times of recent attempts. `random` in [0, 1) picks the jitter; callers pass
    // QRandomGenerator's value, tests a fixed one.
    QDateTime
    nextRetry(int failures, const QList<QDateTime> &recentAttempts, const QDateTime &notAfter, double random) const;

private:
    const Clock &m_clock;
    Policy m_policy;
};
