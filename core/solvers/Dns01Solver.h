#pragma once

#include "core/Result.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsSettings.h"
#include "core/solvers/ChallengeSolver.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class DnsProviderPool;
class SecretStore;
class Store;

// dns-01 for CertDesk's own orders. Where the TXT value goes is decided from what the DNS says:
// `_acme-challenge.<name>` is looked up through the configured resolver and its CNAME chain
// followed (a CA follows it too, RFC 8555 §8.4).
//   - It ends in the delegation zone: the delegation zone's provider writes the TXT there.
//   - Otherwise a managed challenge whose domain match rule matches the name writes it at the
//     end of the chain (the name itself when there is no CNAME).
//   - Otherwise the order fails with the record to create.
// present() reports success only once the value is served by every authoritative server of
// its zone (DnsProvider's confirmation); cleanup() removes exactly that value.
class Dns01Solver final
    : public QObject
    , public ChallengeSolver
{
    Q_OBJECT

public:
    // `secrets` must outlive the solver. DNS settings are read from the store unless set.
    Dns01Solver(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent = nullptr);
    ~Dns01Solver() override;
    Q_DISABLE_COPY_MOVE(Dns01Solver)

    void setDnsSettings(const DnsSettings &settings);

    QString type() const override { return QStringLiteral("dns-01"); }

    void present(const ChallengeTask &task, QObject *context, Done done) override;
    void cleanup(const ChallengeTask &task, QObject *context, Done done) override;

    // Where a name's challenge value is written, and through which provider.
    struct Placement
    {
        qint64 providerId = 0;
        DnsName fqdn;
        QString via; // "delegation" or "managed challenge <title>"
    };

    using Placed = std::function<void(Result<Placement>)>;
    // `name` as in a ChallengeTask (base name) with `wildcard` for *.name.
    void placementFor(const QString &name, bool wildcard, Placed placed);

private:
    void followChain(const DnsName &challengeName, std::function<void(Result<DnsName>)> done);
    Result<Placement> choose(const DnsName &name, const DnsName &challengeName, const DnsName &end) const;
    DnsSettings settings() const;
    static QString key(const ChallengeTask &task);

    std::shared_ptr<Store> m_store;
    DnsProviderPool *m_pool;
    std::optional<DnsSettings> m_settings;
    QHash<QString, Placement> m_placed; // by key(task): cleanup writes where present did
};
