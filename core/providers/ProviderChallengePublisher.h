#pragma once

#include "core/hub/ChallengePublisher.h"

#include <QObject>

#include <memory>

class DnsProviderPool;
class SecretStore;
class Store;

// The hub's ChallengePublisher (docs/hub.md) backed by CertDesk's DNS providers: the managed
// challenge's providerId picks the dns_providers row, whose credential comes from the keychain
// (DnsProviderPool). A value is reported published only once every authoritative server of
// its zone serves it, so an outside client that answers its CA right after our 200 is safe.
class ProviderChallengePublisher final
    : public QObject
    , public ChallengePublisher
{
    Q_OBJECT

public:
    // `secrets` must outlive the publisher. The pool may be shared with other users of the
    // providers on this thread; without one the publisher makes its own.
    ProviderChallengePublisher(std::shared_ptr<Store> store,
                               SecretStore *secrets,
                               DnsProviderPool *pool = nullptr,
                               QObject *parent = nullptr);
    ~ProviderChallengePublisher() override;
    Q_DISABLE_COPY_MOVE(ProviderChallengePublisher)

    DnsProviderPool *pool() const { return m_pool; }

    void present(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) override;
    void cleanup(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) override;

private:
    void run(bool present, const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done);

    DnsProviderPool *m_pool;
};
