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
class RecordWatcher;
class RenewalInfoCheck;
class Store;

// Decides, on the worker thread, which certificates to order now: at start, then at every
// check interval. Endpoints that never had a certificate are provisioned the same way (see
// Provisioning), looked at more often (every 30 s, and at once when one is added here) so
// that a certificate follows within a minute of its records being in place. First it asks the CA for its renewal window
// (ARI, RFC 9773) for every certificate whose Retry-After has passed, and for every certificate about to be renewed;
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

    // Renewals wait for a live check of their endpoints' required records first, so a broken
    // record is announced (and logged) before the order that it will make fail.
    void setRecordWatcher(RecordWatcher *watcher) { m_watcher = watcher; }

    // How often endpoints waiting for their first certificate are looked at. The database is
    // read each time, so endpoints another process (`certdesk endpoint add`) added are seen.
    void setProvisioningInterval(int seconds);

    void setRetryPolicy(const RenewalPlanner::Policy &policy);
    void start();
    void checkNow();
    // Looks for endpoints waiting for their first certificate and orders those that are ready
    // (also at every provisioning interval, and after every renewal check).
    void provisionNow();
    void setPaused(bool paused);

Q_SIGNALS:
    // A renewal or a first order the scheduler started failed; it tries again at `nextAttempt`.
    void renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt);
    void renewalSucceeded(qint64 endpointId);

private:
    struct Failures
    {
        int count = 0;
        QList<QDateTime> attempts;
        QDateTime retryAt;
    };

    // Certificates neither renewing nor backing off after a failure, of endpoints that are
    // renewed automatically.
    QList<IssuedCertificate> candidates(const QList<IssuedCertificate> &current) const;
    bool isBackingOff(qint64 endpointId) const;
    void orderFirst(const QList<qint64> &endpointIds, const QString &reason);
    void announceWaiting(qint64 endpointId, const QString &why);
    // Counts and times of the endpoint's consecutive failures, the one just seen included: the
    // stored order history (it survives restarts and counts other processes' attempts), or
    // what this scheduler saw when that is more (attempts that failed before placing an order).
    Failures failuresOf(qint64 endpointId) const;
    QDateTime backOff(qint64 endpointId, const QDateTime &retryAfter);
    RenewalPlanner::Plan planFor(const IssuedCertificate &certificate) const;
    void renewalInfoChecked(RenewalInfoCheck *check);
    void renewDue();
    void orderFinished(qint64 endpointId, bool succeeded, const Problem &problem, const QDateTime &retryAfter);

    std::shared_ptr<Store> m_store;
    OrderQueue *m_queue;
    RecordWatcher *m_watcher = nullptr;
    const Clock &m_clock;
    std::optional<RenewalPlanner> m_planner;
    QTimer *m_timer;
    QTimer *m_provisionTimer;
    QHash<qint64, Failures> m_failures;
    QSet<qint64> m_renewing;                         // orders this scheduler started: renewals and first orders
    QSet<qint64> m_firstOrders;                      // of those, the first orders
    QSet<qint64> m_manual;                           // endpoints ordered only when the administrator asks
    QHash<qint64, QString> m_waitingFor;             // the last reason logged for a first order that waits
    QHash<qint64, QDateTime> m_nextRenewalInfoCheck; // by certificate id
    bool m_paused = false;
    bool m_checking = false;
    bool m_checkAgain = false;
    bool m_checkingRecords = false;
};
