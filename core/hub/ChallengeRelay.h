#pragma once

#include "core/challenges/ManagedChallenge.h"
#include "core/hub/ApiToken.h"
#include "core/hub/HubRateLimiter.h"
#include "core/hub/HubResponse.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <optional>

class ApiTokenStore;
class ChallengePublisher;
class Clock;
class HubAuditLog;
class ManagedChallengeRepository;

// The one path every hub API takes to write or remove a challenge record: check the name,
// authenticate the token, rate-limit the client, authorise the name against the token's scope
// and the managed challenges, publish through the DNS provider, and audit every decision.
// Controllers only translate their wire format to a Request and the Outcome back.
class ChallengeRelay final
{
public:
    enum class Action {
        Present,
        Cleanup,
    };

    struct Request
    {
        QString api; // for the audit log: "acme-dns", "httpreq", "certify"
        Action action = Action::Present;
        QString clientId;
        QByteArray secret;
        QString record;     // the TXT record's name as the client sent it, "_acme-challenge.x.example."
        QString identifier; // optional: the certificate identifier (may be "*.x.example")
        QString value;      // the TXT value
        QHostAddress remote;
        // Set when the controller already authenticated the caller (see authenticate()).
        std::optional<ApiToken> authenticated;
    };

    struct Outcome
    {
        int status = 500; // HTTP status the controller should answer with
        QString title;
        QString detail; // safe for the client: never says which credential check failed
        int retryAfterSeconds = 0;
        ApiToken token;
        QString fqdn;
        std::optional<ManagedChallenge> challenge;

        bool ok() const { return status >= 200 && status < 300; }

        // A problem+json answer carrying title and detail (and Retry-After for 429).
        HubResponse problemResponse() const;
    };

    using Done = std::function<void(const Outcome &)>;

    ChallengeRelay(ApiTokenStore &tokens,
                   ManagedChallengeRepository &challenges,
                   HubAuditLog &audit,
                   ChallengePublisher &publisher,
                   const Clock &clock);

    // Calls `done` exactly once: at once for a refused request, after the DNS provider
    // answered for an accepted one.
    void run(const Request &request, Done done);

    // Authenticates and audits a request that writes nothing (status queries, registrations).
    Outcome authenticate(const QString &api,
                         const QString &action,
                         const QString &clientId,
                         const QByteArray &secret,
                         const QHostAddress &remote,
                         const QString &name = {});

    void audit(const QString &api,
               const QString &action,
               const QString &clientId,
               const QHostAddress &remote,
               const QString &name,
               bool allowed,
               const QString &reason);

    HubRateLimiter &clientLimiter() { return m_clientLimiter; }

    ChallengePublisher &publisher() { return m_publisher; }

    static QString actionName(Action action);

    // The TXT value of a DNS-01 challenge is base64url(SHA-256(key authorisation)) (RFC 8555
    // 8.4): 43 characters. Other values are refused before they reach a DNS provider.
    static bool isChallengeValue(const QString &value);

private:
    ApiTokenStore &m_tokens;
    ManagedChallengeRepository &m_challenges;
    HubAuditLog &m_audit;
    ChallengePublisher &m_publisher;
    HubRateLimiter m_clientLimiter;
};
