#pragma once

#include "core/certificates/IssuedCertificate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class AcmeClientPool;
class AcmeJob;
class Clock;
class Store;

// Asks the CA for its suggested renewal window (ACME Renewal Information, RFC 9773 §4.2) for
// each given certificate whose CA offers renewalInfo, all in parallel. A window is stored in
// the certificate's row (where RenewalPlanner reads it) and, when it differs from the stored
// one, written to the activity log with the CA's explanationURL. Each certificate's outcome
// says when to ask again: the CA's Retry-After (§4.3), at most a day away.
// One-shot job: start() never finishes synchronously; `finished` fires exactly once, after
// which outcomes() is complete; then the job deletes itself.
class RenewalInfoCheck final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool offered = false;  // the certificate's CA offers renewalInfo
        bool answered = false; // it answered with a valid window
        QDateTime nextCheck;   // when to ask again
    };

    // Past this, a Retry-After is treated as a day (RFC 9773 §4.3 suggests capping it).
    static constexpr qint64 MaxRetryAfterSeconds = 24 * 3600;
    // After a failed request without Retry-After.
    static constexpr qint64 RetryAfterFailureSeconds = 3600;

    RenewalInfoCheck(std::shared_ptr<Store> store,
                     AcmeClientPool *clients,
                     QList<IssuedCertificate> certificates,
                     const Clock &clock,
                     QObject *parent = nullptr);
    ~RenewalInfoCheck() override;
    Q_DISABLE_COPY_MOVE(RenewalInfoCheck)

    void start();

    // By certificate id.
    QHash<qint64, Outcome> outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void finished(RenewalInfoCheck *check);

private:
    void begin();
    void check(const IssuedCertificate &certificate);
    void answered(const IssuedCertificate &certificate, AcmeJob *job);
    void done(qint64 certificateId, const Outcome &outcome);
    QDateTime capped(const QDateTime &retryAfter) const;

    std::shared_ptr<Store> m_store;
    AcmeClientPool *m_clients;
    QList<IssuedCertificate> m_certificates;
    const Clock &m_clock;
    QHash<qint64, Outcome> m_outcomes;
    int m_pending = 0;
    bool m_started = false;
};
