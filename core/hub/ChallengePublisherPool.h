#pragma once

#include "core/hub/ChallengePublisher.h"

#include <QHash>

#include <functional>
#include <memory>

// The hub's one ChallengePublisher: finds the publisher for each managed challenge through an
// injected factory (the DNS provider side builds them; the hub does not know provider kinds)
// and keeps it while the challenge stays the same, so a provider's credential is read once.
//
// A factory that is missing or returns null for a challenge makes every write through that
// challenge fail with a problem the client and the audit log can act on; it never throws.
class ChallengePublisherPool final : public ChallengePublisher
{
public:
    using Factory = std::function<std::shared_ptr<ChallengePublisher>(const ManagedChallenge &)>;

    explicit ChallengePublisherPool(Factory factory);
    ~ChallengePublisherPool() override;
    Q_DISABLE_COPY_MOVE(ChallengePublisherPool)

    void present(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) override;
    void cleanup(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) override;

    // Publishers made so far, for tests and diagnostics.
    int size() const { return int(m_publishers.size()); }

    // Writes handed to a publisher whose `done` has not run yet. Whoever owns the hub's relay
    // and controllers keeps them alive until this is 0, because each `done` calls into them.
    int inFlight() const { return m_inFlight; }

    // Runs `idle` (once, later) when inFlight() reaches 0, or at once if it is 0 already.
    void whenIdle(std::function<void()> idle);

private:
    struct Entry
    {
        qint64 providerId = 0;
        QDateTime updatedAt;
        std::shared_ptr<ChallengePublisher> publisher;
    };

    ChallengePublisher *publisherFor(const ManagedChallenge &challenge);
    Done tracked(Done done);
    static void failLater(const ManagedChallenge &challenge, Done done);

    Factory m_factory;
    QHash<qint64, Entry> m_publishers;
    int m_inFlight = 0;
    std::function<void()> m_idle;
};
