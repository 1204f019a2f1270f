#include "ChallengeRelay.h"

#include "core/challenges/ChallengeName.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/hub/ApiTokenStore.h"
#include "core/hub/ChallengePublisher.h"
#include "core/hub/HubAuditLog.h"
#include "core/hub/TokenScope.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRelay, "certdesk.hub")

namespace {

// What the hub sends API clients is English whatever the desktop's language: see HubResponse.h.

ChallengeRelay::Outcome refused(int status, const QString &title, const QString &detail)
{
    ChallengeRelay::Outcome outcome;
    outcome.status = status;
    outcome.title = title;
    outcome.detail = detail;
    return outcome;
}

// The provider's own problem is in the desktop's language and may name servers or keys; the
// client gets a stable English sentence for its kind, and the code, and the audit log keeps
// the provider's words for the administrator.
ChallengeRelay::Outcome providerFailed(const Problem &problem)
{
    const QString code = QStringLiteral(" (code %1)").arg(problem.code);
    switch (problem.category) {
    case Problem::Category::Permission:
        return refused(502,
                       QStringLiteral("The DNS provider refused the hub's credentials."),
                       QStringLiteral("The hub's administrator must check the provider's credentials in CertDesk.")
                           + code);
    case Problem::Category::Keychain:
        return refused(502,
                       QStringLiteral("The hub cannot read the DNS provider's credentials."),
                       QStringLiteral("The hub's administrator must unlock the system keychain on the hub's machine.")
                           + code);
    case Problem::Category::Network:
    case Problem::Category::Tls:
    case Problem::Category::Timeout:
        return refused(502,
                       QStringLiteral("The DNS provider could not be reached."),
                       QStringLiteral("Try again later; if it persists, the hub's administrator can test the "
                                      "provider in CertDesk.")
                           + code);
    case Problem::Category::Configuration:
    case Problem::Category::Input:
    case Problem::Category::NotFound:
        return refused(
            502,
            QStringLiteral("The DNS provider is not set up for this name."),
            QStringLiteral("The hub's administrator must check the provider's zone and settings in CertDesk.") + code);
    default:
        return refused(502,
                       QStringLiteral("The DNS provider did not accept the change."),
                       QStringLiteral("The hub's administrator finds the provider's answer in the hub's audit log.")
                           + code);
    }
}

} // namespace

HubResponse ChallengeRelay::Outcome::problemResponse() const
{
    HubResponse response = HubResponse::problem(status, title, detail);
    if (status == 429) {
        response.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    }
    return response;
}

ChallengeRelay::ChallengeRelay(ApiTokenStore &tokens,
                               ManagedChallengeRepository &challenges,
                               HubAuditLog &audit,
                               ChallengePublisher &publisher,
                               const Clock &clock)
    : m_tokens(tokens)
    , m_challenges(challenges)
    , m_audit(audit)
    , m_publisher(publisher)
    , m_clientLimiter(clock, 20, 60)
{
}

QString ChallengeRelay::actionName(Action action)
{
    return action == Action::Present ? QStringLiteral("present") : QStringLiteral("cleanup");
}

bool ChallengeRelay::isChallengeValue(const QString &value)
{
    if (value.size() != 43) {
        return false;
    }
    for (const QChar c : value) {
        const bool ok =
            (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!ok) {
            return false;
        }
    }
    return true;
}

void ChallengeRelay::audit(const QString &api,
                           const QString &action,
                           const QString &clientId,
                           const QHostAddress &remote,
                           const QString &name,
                           bool allowed,
                           const QString &reason)
{
    HubAuditLog::Entry entry;
    entry.api = api;
    entry.action = action;
    entry.clientId = clientId;
    entry.remote = remote.toString();
    entry.name = name;
    entry.allowed = allowed;
    entry.reason = reason;
    m_audit.record(entry);
}

ChallengeRelay::Outcome ChallengeRelay::authenticate(const QString &api,
                                                     const QString &action,
                                                     const QString &clientId,
                                                     const QByteArray &secret,
                                                     const QHostAddress &remote,
                                                     const QString &name)
{
    const ApiTokenStore::Authentication auth = m_tokens.authenticate(clientId, secret);
    if (!auth.ok()) {
        audit(api, action, clientId, remote, name, false, auth.auditReason());
        if (auth.failure == ApiTokenStore::Failure::NotReady) {
            return refused(503,
                           QStringLiteral("The hub is not ready."),
                           QStringLiteral("CertDesk has not unlocked its token key yet; try again in a minute."));
        }
        // One answer for every failure, so a caller cannot tell a wrong secret from an unknown,
        // expired or revoked token; the audit log has the precise reason for the administrator.
        return refused(401,
                       QStringLiteral("Invalid client credentials."),
                       QStringLiteral("The client id and secret were not accepted. Check them with the CertDesk "
                                      "administrator; tokens can expire or be revoked."));
    }
    const HubRateLimiter::Decision rate = m_clientLimiter.take(auth.token.clientId);
    if (!rate.allowed) {
        audit(api, action, clientId, remote, name, false, QStringLiteral("rate limited"));
        Outcome outcome = refused(
            429,
            QStringLiteral("Too many requests."),
            QStringLiteral("This client sent too many requests; retry after %1 seconds.").arg(rate.retryAfterSeconds));
        outcome.retryAfterSeconds = rate.retryAfterSeconds;
        return outcome;
    }
    Outcome outcome;
    outcome.status = 200;
    outcome.token = auth.token;
    return outcome;
}

void ChallengeRelay::run(const Request &request, Done done)
{
    const QString action = actionName(request.action);
    const Result<QString> record = ChallengeName::normalize(request.record);
    const bool recordIsWildcard = record && ChallengeName::isWildcard(record.value());
    if (!record || recordIsWildcard) {
        audit(request.api,
              action,
              request.clientId,
              request.remote,
              request.record.left(128),
              false,
              QStringLiteral("malformed record name"));
        done(refused(400,
                     QStringLiteral("Invalid record name."),
                     record ? QStringLiteral("A TXT record name cannot contain a wildcard label.")
                            : QStringLiteral("Send the TXT record's full DNS name, such as "
                                             "_acme-challenge.www.example.com (error %1).")
                                  .arg(record.problem().code)));
        return;
    }
    QString fqdn = request.record.toLower();
    if (fqdn.endsWith(QLatin1Char('.'))) {
        fqdn.chop(1);
    }
    QString name = record.value();
    if (!request.identifier.isEmpty()) {
        const Result<QString> identifier = ChallengeName::normalize(request.identifier);
        if (!identifier) {
            audit(request.api,
                  action,
                  request.clientId,
                  request.remote,
                  request.identifier.left(128),
                  false,
                  QStringLiteral("malformed identifier"));
            done(refused(
                400,
                QStringLiteral("Invalid identifier."),
                QStringLiteral("The identifier is not a valid DNS name (error %1).").arg(identifier.problem().code)));
            return;
        }
        name = identifier.value();
    }
    if (!isChallengeValue(request.value)) {
        audit(
            request.api, action, request.clientId, request.remote, name, false, QStringLiteral("malformed TXT value"));
        done(refused(400,
                     QStringLiteral("Invalid TXT value."),
                     QStringLiteral("A DNS-01 TXT value is 43 characters of base64url (RFC 8555 section 8.4).")));
        return;
    }

    Outcome outcome;
    if (request.authenticated) {
        outcome.status = 200;
        outcome.token = *request.authenticated;
    } else {
        outcome = authenticate(request.api, action, request.clientId, request.secret, request.remote, name);
        if (!outcome.ok()) {
            done(outcome);
            return;
        }
    }
    const Result<QList<ManagedChallenge>> challenges = m_challenges.all();
    if (!challenges) {
        audit(request.api, action, request.clientId, request.remote, name, false, challenges.problem().technical);
        done(refused(500,
                     QStringLiteral("The hub could not read its managed challenges."),
                     QStringLiteral("Try again later; the CertDesk administrator finds the cause in the hub's "
                                    "audit log.")));
        return;
    }
    const TokenScope scope(outcome.token, challenges.value());
    // The identifier decides what the token may obtain (a wildcard needs an explicit wildcard
    // entry); the record decides what is written. When a client names both and they differ
    // (a delegated record, or a mismatch), both must be in scope, and the record's managed
    // challenge writes it: an allowed identifier must not carry a write to another zone.
    if (name != record.value()) {
        const TokenScope::Decision identifierDecision = scope.authorize(name);
        if (!identifierDecision.allowed) {
            audit(request.api, action, request.clientId, request.remote, name, false, identifierDecision.reason);
            done(refused(403, QStringLiteral("This name is outside the token's scope."), identifierDecision.reason));
            return;
        }
        name = record.value();
    }
    const TokenScope::Decision decision = scope.authorize(name);
    if (!decision.allowed) {
        audit(request.api, action, request.clientId, request.remote, name, false, decision.reason);
        done(refused(403, QStringLiteral("This name is outside the token's scope."), decision.reason));
        return;
    }
    audit(request.api, action, request.clientId, request.remote, name, true, decision.reason);
    outcome.fqdn = fqdn;
    outcome.challenge = decision.challenge;

    auto finished = [this, request, name, action, outcome, done](const Result<void> &published) mutable {
        if (published) {
            outcome.status = 200;
            done(outcome);
            return;
        }
        audit(request.api,
              action + QStringLiteral("-result"),
              request.clientId,
              request.remote,
              name,
              false,
              published.problem().title + QStringLiteral(": ") + published.problem().technical);
        const Outcome failed = providerFailed(published.problem());
        outcome.status = failed.status;
        outcome.title = failed.title;
        outcome.detail = failed.detail;
        done(outcome);
    };
    if (request.action == Action::Present) {
        m_publisher.present(*decision.challenge, fqdn, request.value, finished);
    } else {
        m_publisher.cleanup(*decision.challenge, fqdn, request.value, finished);
    }
}
