#include "TokenIssuer.h"

#include "core/Clock.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/challenges/ManagedChallengeSelector.h"
#include "core/hub/AcmeDnsAccounts.h"
#include "core/hub/HubSettings.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcIssuer, "certdesk.hub.tokens")

TokenIssuer::TokenIssuer(std::shared_ptr<Store> store, SecretStore *secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_tokens(new ApiTokenStore(std::move(store), secrets, clock, this))
{
    connect(m_tokens, &ApiTokenStore::ready, this, [this] {
        m_loading = false;
        const QList<Pending> waiting = std::exchange(m_waiting, {});
        for (const Pending &pending : waiting) {
            create(pending);
        }
    });
    connect(m_tokens, &ApiTokenStore::failed, this, &TokenIssuer::keyFailed);
}

TokenIssuer::~TokenIssuer() = default;

void TokenIssuer::issue(const Request &request, const HubSettings &hub, Done done)
{
    const Result<Request> valid = checked(request, hub.acmeDnsZone);
    if (!valid) {
        QMetaObject::invokeMethod(
            this,
            [done, problem = valid.problem()] {
                done(problem);
            },
            Qt::QueuedConnection);
        return;
    }
    Pending pending{valid.value(), hub.acmeDnsZone, std::move(done)};
    if (m_tokens->isReady()) {
        QMetaObject::invokeMethod(
            this,
            [this, pending] {
                create(pending);
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiting << pending;
    if (!m_loading) {
        m_loading = true;
        m_tokens->loadKey();
    }
}

Result<TokenIssuer::Request> TokenIssuer::checked(const Request &request, const QString &acmeDnsZone) const
{
    Request result = request;
    if (!request.token.roles) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("tokens.no-role"),
                             tr("An API token needs at least one role."),
                             {},
                             tr("Choose what it may do, for example Managed Challenge Consumer."));
    }
    const Result<QList<ManagedChallenge>> challenges = ManagedChallengeRepository(m_store, m_clock).all();
    if (!challenges) {
        return challenges.problem();
    }
    for (qint64 id : request.token.scopeChallengeIds) {
        const bool exists = std::any_of(challenges->cbegin(), challenges->cend(), [id](const ManagedChallenge &c) {
            return c.id == id;
        });
        if (!exists) {
            return Problem::make(Problem::Category::Input,
                                 QStringLiteral("tokens.no-such-challenge"),
                                 tr("There is no managed challenge %1.").arg(id),
                                 {},
                                 tr("Choose one of the managed challenges; it may have been removed meanwhile."));
        }
    }
    result.token.scopeTags = ManagedChallengeRepository::parseTags(request.token.scopeTags.join(QLatin1Char(';')));
    if (request.acmeDnsAccount) {
        if (acmeDnsZone.isEmpty()) {
            return Problem::make(Problem::Category::Configuration,
                                 QStringLiteral("tokens.no-acme-dns-zone"),
                                 tr("The hub has no acme-dns zone."),
                                 {},
                                 tr("Set the hub's acme-dns zone first, in the hub settings or with: certdesk hub "
                                    "configure --acme-dns-zone ZONE"));
        }
        if (result.token.scopeChallengeIds.isEmpty() && result.token.scopeTags.isEmpty()) {
            // Any name below the zone tells which challenge serves the accounts' records.
            if (const auto serving =
                    ManagedChallengeSelector(challenges.value()).select(QStringLiteral("x.") + acmeDnsZone)) {
                result.token.scopeChallengeIds << serving->id;
            }
        }
    }
    if (result.token.scopeChallengeIds.isEmpty() && result.token.scopeTags.isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("tokens.no-scope"),
                             tr("An API token needs a scope."),
                             request.acmeDnsAccount
                                 ? tr("No managed challenge serves the hub's acme-dns zone %1.").arg(acmeDnsZone)
                                 : tr("It may use no managed challenge yet."),
                             tr("Choose the managed challenges it may use, or a tag they carry."));
    }
    return result;
}

void TokenIssuer::create(const Pending &pending)
{
    ApiTokenStore::NewToken request = pending.request.token;
    QString subdomain;
    if (pending.request.acmeDnsAccount) {
        subdomain = QUuid::createUuid().toString(QUuid::WithoutBraces);
        request.nameRule = subdomain + QLatin1Char('.') + pending.acmeDnsZone;
    }
    Result<ApiTokenStore::Issued> created = m_tokens->create(request);
    if (!created) {
        pending.done(created.problem());
        return;
    }
    Issued issued{created->token, created->secret, {}, {}};
    if (!subdomain.isEmpty()) {
        AcmeDnsAccounts accounts(m_store, m_clock);
        if (Result<void> added = accounts.add({subdomain, issued.token.clientId, {}, {}, {}}); !added) {
            if (Result<void> revoked = m_tokens->revoke(issued.token.clientId); !revoked) {
                qCWarning(lcIssuer) << "cannot revoke token" << issued.token.clientId
                                    << "after its acme-dns account failed:" << revoked.problem().message();
            }
            pending.done(added.problem());
            return;
        }
        issued.acmeDnsSubdomain = subdomain;
        issued.acmeDnsFulldomain = request.nameRule;
    }
    pending.done(std::move(issued));
}

void TokenIssuer::keyFailed(const Problem &problem)
{
    m_loading = false;
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    for (const Pending &pending : waiting) {
        pending.done(problem);
    }
}
