#pragma once

#include "core/Problem.h"
#include "core/certificates/IssuedCertificate.h"
#include "core/jobs/RenewalPlanner.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class Clock;
class OrderQueue;
class QTimer;
class RenewalInfoCheck;
class Store;

// Decides, on the worker thread, which certificates to renew now: at start, then at every
// check interval. First it asks the CA for its renewal window (ARI, RFC 9773) for every
// certificate whose Retry-After has passed, and for every certificate about to be renewed;
// then each certificate whose plan says it is due goes to the order queue. A failed renewal
// is retried with the planner's back-off (never sooner than the CA's Retry-After, never more
// than a few attempts an hour), and every attempt and result lands in the activity log.
class RenewalScheduler final : public QObject
{
    Q_OBJECT

public:
    RenewalScheduler(std::shared_ptr<Store> store, OrderQueue *queue, const Clock &clock, QObject *parent = nullptr);
    ~RenewalScheduler() override;
    Q_DISABLE_COPY_MOVE(RenewalScheduler)

    void setCheckInterval(int seconds);
    void setRetryPolicy(const RenewalPlanner::Policy &policy);
    void start();
    void checkNow();
    void setPaused(bool paused);

Q_SIGNALS:
    void renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt);
    void renewalSucceeded(qint64 endpointId);

private:
    struct Failures
    {
        int count = 0;
        QList<QDateTime> attempts;
        QDateTime retryAt;
    };

    // Certificates neither renewing nor backing off after a failure.
    QList<IssuedCertificate> candidates(const QList<IssuedCertificate> &current) const;
    RenewalPlanner::Plan planFor(const IssuedCertificate &certificate) const;
    void renewalInfoChecked(RenewalInfoCheck *check);
    void renewDue();
    void orderFinished(qint64 endpointId, bool succeeded, const Problem &problem, const QDateTime &retryAfter);

    std::shared_ptr<Store> m_store;
    OrderQueue *m_queue;
    const Clock &m_clock;
    std::optional<RenewalPlanner> m_planner;
    QTimer *m_timer;
    QHash<qint64, Failures> m_failures;
    QSet<qint64> m_renewing;
    QHash<qint64, QDateTime> m_nextRenewalInfoCheck; // by certificate id
    bool m_paused = false;
    bool m_checking = false;
    bool m_checkAgain = false;
};
