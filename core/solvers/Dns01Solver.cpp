#include "Dns01Solver.h"

#include "core/Clock.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/challenges/ManagedChallengeSelector.h"
#include "core/dns/DnsClient.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/DnsProviderPool.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

Q_LOGGING_CATEGORY(lcDns01, "certdesk.core.solvers.dns01")

namespace {

// Longer CNAME chains than this are refused by resolvers in practice (BIND follows 16).
constexpr int MaxChain = 8;

} // namespace

Dns01Solver::Dns01Solver(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_pool(new DnsProviderPool(m_store, secrets, this))
{
}

Dns01Solver::~Dns01Solver() = default;

void Dns01Solver::setDnsSettings(const DnsSettings &settings)
{
    m_settings = settings;
    m_pool->setDnsSettings(settings);
}

DnsSettings Dns01Solver::settings() const
{
    if (m_settings) {
        return *m_settings;
    }
    const Result<DnsSettings> stored = DnsSettings::load(m_store);
    return stored ? stored.value() : DnsSettings::defaults();
}

QString Dns01Solver::key(const ChallengeTask &task)
{
    return (task.wildcard ? QStringLiteral("*.") : QString()) + task.identifier + QLatin1Char('|') + task.dnsValue;
}

void Dns01Solver::followChain(const DnsName &challengeName, std::function<void(Result<DnsName>)> done)
{
    const DnsSettings dns = settings();
    if (dns.resolvers.isEmpty()) {
        done(Problem::make(Problem::Category::Configuration,
                           QStringLiteral("dns01.no-resolver"),
                           tr("CertDesk cannot look up where the challenge record goes."),
                           tr("No recursive resolver is configured."),
                           tr("Set one in the DNS settings (certdesk dns set --resolver ADDRESS).")));
        return;
    }
    // A TXT question returns the whole chain, even when its end does not exist yet (NXDOMAIN).
    DnsClient::Options options = m_pool->client()->defaultOptions();
    options.everyRcode = true;
    m_pool->client()->lookup(
        dns.resolvers.constFirst(),
        challengeName.ace(),
        DnsRecordType::TXT,
        options,
        this,
        [challengeName, done](const Result<DnsAnswer> &answer) {
            if (!answer) {
                done(answer.problem());
                return;
            }
            QHash<QString, QString> next;
            for (const DnsRecord &record : answer->records(DnsRecordType::CNAME)) {
                next.insert(record.name, record.data);
            }
            QString current = challengeName.ace();
            QSet<QString> seen{current};
            for (int hops = 0; next.contains(current); ++hops) {
                current = next.value(current);
                if (seen.contains(current) || hops >= MaxChain) {
                    done(Problem::make(Problem::Category::Dns,
                                       QStringLiteral("dns01.cname-loop"),
                                       tr("The challenge record's CNAME chain loops."),
                                       tr("Following %1 comes back to %2.").arg(challengeName.display(), current),
                                       tr("Correct the CNAME records so the chain ends at a name that can hold "
                                          "TXT records.")));
                    return;
                }
                seen.insert(current);
            }
            const DnsRcode rcode = answer->rcode();
            if (rcode != DnsRcode::NoError && rcode != DnsRcode::NxDomain) {
                done(Problem::make(Problem::Category::Dns,
                                   QStringLiteral("dns01.lookup"),
                                   tr("The challenge record could not be looked up."),
                                   tr("%1 answered %2 for %3.")
                                       .arg(answer->server.toString(), dnsRcodeName(rcode), challengeName.display()),
                                   tr("Check the resolver and the zone's name servers.")));
                return;
            }
            done(DnsName::fromNormalised(current));
        });
}

Result<Dns01Solver::Placement>
Dns01Solver::choose(const DnsName &name, const DnsName &challengeName, const DnsName &end) const
{
    const Result<std::optional<DelegationZone>> delegation =
        DelegationZoneRepository(m_store, Clock::system()).current();
    if (!delegation) {
        return delegation.problem();
    }
    const std::optional<DelegationZone> &zone = delegation.value();
    if (zone && end != challengeName
        && (zone->fixedTarget.isNull() ? end.isWithin(zone->zone) && end != zone->zone : end == zone->fixedTarget)) {
        return Placement{zone->providerId, end, QStringLiteral("delegation")};
    }
    const Result<QList<ManagedChallenge>> challenges = ManagedChallengeRepository(m_store, Clock::system()).all();
    if (!challenges) {
        return challenges.problem();
    }
    if (const std::optional<ManagedChallenge> chosen =
            ManagedChallengeSelector(challenges.value()).select(name.ace())) {
        return Placement{chosen->providerId, end, QStringLiteral("managed challenge “%1”").arg(chosen->title)};
    }
    if (zone) {
        const DnsName target = zone->targetFor(name);
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("dns01.not-delegated"),
                             tr("%1 is not delegated yet.").arg(name.display()),
                             end == challengeName
                                 ? tr("%1 has no CNAME record.").arg(challengeName.display())
                                 : tr("%1 points at %2, outside the delegation zone %3.")
                                       .arg(challengeName.display(), end.display(), zone->zone.display()),
                             tr("Create %1 CNAME %2 (certdesk records %3), or add a managed challenge whose rule "
                                "matches the name.")
                                 .arg(challengeName.fqdn(), target.fqdn(), name.display()));
    }
    return Problem::make(Problem::Category::Configuration,
                         QStringLiteral("dns01.no-provider"),
                         tr("Nothing can publish the dns-01 record for %1.").arg(name.display()),
                         tr("There is no delegation zone and no managed challenge matches the name."),
                         tr("Set up the delegation zone (certdesk delegation set) or a managed challenge for it."));
}

void Dns01Solver::placementFor(const QString &name, bool wildcard, Placed placed)
{
    const Result<DnsName> parsed = DnsName::parse((wildcard ? QStringLiteral("*.") : QString()) + name);
    if (!parsed) {
        placed(parsed.problem());
        return;
    }
    const DnsName certificateName = parsed.value();
    const DnsName challengeName = certificateName.challengeName();
    followChain(challengeName, [this, certificateName, challengeName, placed](Result<DnsName> end) {
        if (!end) {
            placed(end.problem());
            return;
        }
        placed(choose(certificateName, challengeName, end.value()));
    });
}

void Dns01Solver::present(const ChallengeTask &task, QObject *context, Done done)
{
    // Always later and only while `context` lives, whichever step answers.
    const QPointer<QObject> guard(context);
    const auto reply = [guard, done](Result<void> result) {
        if (guard) {
            later(guard.data(), done, std::move(result));
        }
    };
    const QString taskKey = key(task);
    placementFor(task.identifier, task.wildcard, [this, task, taskKey, reply](Result<Placement> placement) {
        if (!placement) {
            reply(placement.problem());
            return;
        }
        const Placement where = placement.value();
        qCInfo(lcDns01) << "publishing dns-01 for" << task.identifier << "at" << where.fqdn.ace() << "via" << where.via;
        m_pool->withProvider(where.providerId, [this, task, taskKey, where, reply](Result<DnsProvider *> provider) {
            if (!provider) {
                reply(provider.problem());
                return;
            }
            m_placed.insert(taskKey, where);
            provider.value()->present(where.fqdn, task.dnsValue, reply);
        });
    });
}

void Dns01Solver::cleanup(const ChallengeTask &task, QObject *context, Done done)
{
    // Always later and only while `context` lives, whichever step answers.
    const QPointer<QObject> guard(context);
    const auto reply = [guard, done](Result<void> result) {
        if (guard) {
            later(guard.data(), done, std::move(result));
        }
    };
    const auto remove = [this, task, reply](const Placement &where) {
        m_pool->withProvider(where.providerId, [task, where, reply](Result<DnsProvider *> provider) {
            if (!provider) {
                reply(provider.problem());
                return;
            }
            provider.value()->cleanup(where.fqdn, task.dnsValue, reply);
        });
    };
    if (const auto placed = m_placed.constFind(key(task)); placed != m_placed.constEnd()) {
        const Placement where = *placed;
        m_placed.remove(key(task));
        remove(where);
        return;
    }
    // Presented by an earlier run (an order resumed after a restart): find the place again.
    placementFor(task.identifier, task.wildcard, [remove, reply](Result<Placement> placement) {
        if (!placement) {
            reply(placement.problem());
            return;
        }
        remove(placement.value());
    });
}
