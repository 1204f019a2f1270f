#include "AcmeDnsController.h"

#include "core/hub/AcmeDnsAccounts.h"
#include "core/hub/ApiTokenStore.h"
#include "core/hub/ChallengePublisher.h"
#include "core/hub/ChallengeRelay.h"
#include "core/hub/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAcmeDns, "certdesk.hub.acmedns")

// What the hub sends API clients is English whatever the desktop's language: see HubResponse.h.

namespace {

const QString kApi = QStringLiteral("acme-dns");

HubResponse acmeDnsError(int status, const char *error, const QString &detail = {})
{
    QJsonObject body{{QStringLiteral("error"), QLatin1String(error)}};
    if (!detail.isEmpty()) {
        body.insert(QStringLiteral("detail"), detail);
    }
    return HubResponse::json(status, body);
}

bool validSubdomain(const QString &subdomain)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return label.match(subdomain).hasMatch();
}

bool allowedFrom(const QStringList &ranges, const QHostAddress &remote)
{
    if (ranges.isEmpty()) {
        return true;
    }
    for (const QString &range : ranges) {
        if (remote.isInSubnet(QHostAddress::parseSubnet(range))) {
            return true;
        }
    }
    return false;
}

} // namespace

AcmeDnsController::AcmeDnsController(ChallengeRelay &relay,
                                     ApiTokenStore &tokens,
                                     AcmeDnsAccounts &accounts,
                                     Settings settings)
    : m_relay(relay)
    , m_tokens(tokens)
    , m_accounts(accounts)
    , m_settings(std::move(settings))
{
}

QStringList AcmeDnsController::paths() const
{
    return {QStringLiteral("/register"), QStringLiteral("/update"), QStringLiteral("/health")};
}

bool AcmeDnsController::handle(const HubRequest &request, const HubResponder &respond)
{
    const QByteArray expected = request.path == QLatin1String("/health") ? "GET" : "POST";
    if (!paths().contains(request.path)) {
        return false;
    }
    if (request.method != expected) {
        respond(HubResponse::problem(405, QStringLiteral("Method not allowed."), {}).withHeader("Allow", expected));
        return true;
    }
    if (request.path == QLatin1String("/health")) {
        m_relay.audit(kApi, QStringLiteral("health"), {}, request.remoteAddress, {}, true, {});
        respond(HubResponse::empty(200));
    } else if (request.path == QLatin1String("/register")) {
        registerAccount(request, respond);
    } else {
        update(request, respond);
    }
    return true;
}

void AcmeDnsController::registerAccount(const HubRequest &request, const HubResponder &respond)
{
    if (!m_settings.registrationEnabled || m_settings.zone.isEmpty()) {
        m_relay.audit(kApi,
                      QStringLiteral("register"),
                      {},
                      request.remoteAddress,
                      {},
                      false,
                      QStringLiteral("registration disabled"));
        respond(acmeDnsError(403,
                             "forbidden",
                             QStringLiteral("Registration is disabled on this hub; ask the CertDesk "
                                            "administrator for an account.")));
        return;
    }
    QStringList allowFrom;
    if (!request.body.trimmed().isEmpty()) {
        const Result<QJsonObject> body = StrictJson::parse(
            request.body, {{QStringLiteral("allowfrom"), QJsonValue::Array, false}}, StrictJson::Keys::AnyCase);
        if (!body) {
            respond(acmeDnsError(400, "malformed_json_payload", body.problem().detail));
            return;
        }
        for (const QJsonValue &value : body->value(QStringLiteral("allowfrom")).toArray()) {
            const QString range = value.toString();
            if (!value.isString() || QHostAddress::parseSubnet(range).first.isNull()) {
                respond(acmeDnsError(400, "invalid_allowfrom_cidr"));
                return;
            }
            allowFrom << range;
        }
    }
    const QString subdomain = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString fulldomain = subdomain + QLatin1Char('.') + m_settings.zone;
    ApiTokenStore::NewToken newToken;
    newToken.consumer = QStringLiteral("acme-dns %1 (%2)").arg(subdomain.left(8), request.remoteAddress.toString());
    newToken.roles = ApiToken::Role::ManagedChallengeConsumer;
    newToken.scopeChallengeIds = m_settings.registrationChallengeIds;
    newToken.scopeTags = m_settings.registrationTags;
    newToken.nameRule = fulldomain;
    const Result<ApiTokenStore::Issued> issued = m_tokens.create(newToken);
    if (!issued) {
        respond(acmeDnsError(500, "db_error"));
        return;
    }
    if (Result<void> added = m_accounts.add({subdomain, issued->token.clientId, allowFrom, {}, {}}); !added) {
        (void)m_tokens.revoke(issued->token.clientId);
        respond(acmeDnsError(500, "db_error"));
        return;
    }
    m_relay.audit(kApi,
                  QStringLiteral("register"),
                  issued->token.clientId,
                  request.remoteAddress,
                  fulldomain,
                  true,
                  QStringLiteral("registered"));
    QJsonArray ranges;
    for (const QString &range : allowFrom) {
        ranges.append(range);
    }
    respond(HubResponse::json(201,
                              {{QStringLiteral("username"), issued->token.clientId},
                               {QStringLiteral("password"), QString::fromLatin1(issued->secret)},
                               {QStringLiteral("fulldomain"), fulldomain},
                               {QStringLiteral("subdomain"), subdomain},
                               {QStringLiteral("allowfrom"), ranges}}));
}

void AcmeDnsController::update(const HubRequest &request, const HubResponder &respond)
{
    // acme-dns decodes with Go's encoding/json, which matches field names case-insensitively
    // ({"SubDomain": …, "Txt": …} works there); unknown and repeated fields stay refused.
    const QString clientId = QString::fromUtf8(request.header("X-Api-User")).left(64);
    const Result<QJsonObject> body = StrictJson::parse(request.body,
                                                       {{QStringLiteral("subdomain"), QJsonValue::String, true, 63},
                                                        {QStringLiteral("txt"), QJsonValue::String, true, 255}},
                                                       StrictJson::Keys::AnyCase);
    if (!body) {
        m_relay.audit(kApi,
                      QStringLiteral("update"),
                      clientId,
                      request.remoteAddress,
                      {},
                      false,
                      QStringLiteral("malformed request body"));
        respond(acmeDnsError(400, "malformed_json_payload", body.problem().detail));
        return;
    }
    const QString subdomain = body->value(QStringLiteral("subdomain")).toString();
    const QString txt = body->value(QStringLiteral("txt")).toString();
    if (!validSubdomain(subdomain)) {
        m_relay.audit(kApi,
                      QStringLiteral("update"),
                      clientId,
                      request.remoteAddress,
                      subdomain.left(63),
                      false,
                      QStringLiteral("bad subdomain"));
        respond(acmeDnsError(400, "bad_subdomain"));
        return;
    }
    if (!ChallengeRelay::isChallengeValue(txt)) {
        m_relay.audit(kApi,
                      QStringLiteral("update"),
                      clientId,
                      request.remoteAddress,
                      subdomain,
                      false,
                      QStringLiteral("bad TXT value"));
        respond(acmeDnsError(400, "bad_txt"));
        return;
    }

    // Authenticate before looking at the account, so that the answer to a stranger does not
    // depend on which usernames exist.
    ChallengeRelay::Outcome auth = m_relay.authenticate(
        kApi, QStringLiteral("update"), clientId, request.header("X-Api-Key"), request.remoteAddress, subdomain);
    if (!auth.ok()) {
        if (auth.status == 401) {
            respond(acmeDnsError(401, "forbidden"));
        } else {
            respond(auth.problemResponse());
        }
        return;
    }
    const Result<std::optional<AcmeDnsAccounts::Account>> found = m_accounts.findByClient(clientId);
    if (!found) {
        respond(acmeDnsError(500, "db_error"));
        return;
    }
    const std::optional<AcmeDnsAccounts::Account> account = found.value();
    if (!account || account->subdomain.compare(subdomain, Qt::CaseInsensitive) != 0) {
        m_relay.audit(kApi,
                      QStringLiteral("update"),
                      clientId,
                      request.remoteAddress,
                      subdomain,
                      false,
                      account ? QStringLiteral("subdomain belongs to another account")
                              : QStringLiteral("token has no acme-dns account"));
        respond(acmeDnsError(401, "forbidden"));
        return;
    }
    if (!allowedFrom(account->allowFrom, request.remoteAddress)) {
        m_relay.audit(kApi,
                      QStringLiteral("update"),
                      clientId,
                      request.remoteAddress,
                      subdomain,
                      false,
                      QStringLiteral("update not allowed from this address"));
        respond(acmeDnsError(401, "forbidden"));
        return;
    }

    ChallengeRelay::Request relayed;
    relayed.api = kApi;
    relayed.action = ChallengeRelay::Action::Present;
    relayed.clientId = clientId;
    relayed.authenticated = auth.token;
    relayed.record = account->subdomain + QLatin1Char('.') + m_settings.zone;
    relayed.value = txt;
    relayed.remote = request.remoteAddress;
    const AcmeDnsAccounts::Account current = *account;
    m_relay.run(relayed, [this, respond, current, txt](const ChallengeRelay::Outcome &outcome) {
        if (!outcome.ok()) {
            if (outcome.status == 403) {
                respond(acmeDnsError(403, "forbidden", outcome.detail));
            } else if (outcome.status == 401) {
                respond(acmeDnsError(401, "forbidden"));
            } else {
                respond(outcome.problemResponse());
            }
            return;
        }
        // Roll the two values: the one before the previous is no longer needed.
        if (txt != current.currentTxt) {
            const QString dropped = current.previousTxt;
            if (!dropped.isEmpty() && dropped != txt && outcome.challenge) {
                const QString fqdn = outcome.fqdn;
                m_relay.publisher().cleanup(*outcome.challenge, fqdn, dropped, [fqdn](const Result<void> &removed) {
                    if (!removed) {
                        qCWarning(lcAcmeDns)
                            << "old TXT value at" << fqdn << "could not be removed:" << removed.problem().technical;
                    }
                });
            }
            (void)m_accounts.setValues(current.subdomain, current.currentTxt, txt);
        }
        respond(HubResponse::json(200, {{QStringLiteral("txt"), txt}}));
    });
}
