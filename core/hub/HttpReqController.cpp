#include "HttpReqController.h"

#include "core/hub/ChallengeRelay.h"
#include "core/hub/StrictJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace {

// What the hub sends API clients is English whatever the desktop's language: see HubResponse.h.

} // namespace

HttpReqController::HttpReqController(ChallengeRelay &relay, QString basePath)
    : m_relay(relay)
    , m_basePath(std::move(basePath))
{
    while (m_basePath.endsWith(QLatin1Char('/'))) {
        m_basePath.chop(1);
    }
}

QStringList HttpReqController::paths() const
{
    return {m_basePath + QStringLiteral("/present"), m_basePath + QStringLiteral("/cleanup")};
}

QString HttpReqController::txtValueFor(const QString &keyAuthorization)
{
    return QString::fromLatin1(QCryptographicHash::hash(keyAuthorization.toUtf8(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::pair<QString, QByteArray> HttpReqController::basicCredentials(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (!trimmed.left(6).toLower().startsWith("basic ")) {
        return {};
    }
    const QByteArray decoded = QByteArray::fromBase64(trimmed.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0) {
        return {};
    }
    return {QString::fromUtf8(decoded.left(colon)), decoded.mid(colon + 1)};
}

bool HttpReqController::handle(const HubRequest &request, const HubResponder &respond)
{
    ChallengeRelay::Action action;
    if (request.path == m_basePath + QStringLiteral("/present")) {
        action = ChallengeRelay::Action::Present;
    } else if (request.path == m_basePath + QStringLiteral("/cleanup")) {
        action = ChallengeRelay::Action::Cleanup;
    } else {
        return false;
    }
    if (request.method != "POST") {
        respond(HubResponse::problem(405, QStringLiteral("Method not allowed."), QStringLiteral("Use POST."))
                    .withHeader("Allow", "POST"));
        return true;
    }

    ChallengeRelay::Request relayed;
    relayed.api = QStringLiteral("httpreq");
    relayed.action = action;
    relayed.remote = request.remoteAddress;
    std::tie(relayed.clientId, relayed.secret) = basicCredentials(request.header("Authorization"));

    // The two modes have disjoint shapes: decide by the first key we know.
    const QJsonObject peek = QJsonDocument::fromJson(request.body).object();
    const bool raw = peek.contains(QStringLiteral("keyAuth")) || peek.contains(QStringLiteral("domain"));
    if (raw) {
        const Result<QJsonObject> body =
            StrictJson::parse(request.body,
                              {{QStringLiteral("domain"), QJsonValue::String, true, 253},
                               {QStringLiteral("token"), QJsonValue::String, true, 256},
                               {QStringLiteral("keyAuth"), QJsonValue::String, true, 512}});
        if (!body) {
            m_relay.audit(relayed.api,
                          ChallengeRelay::actionName(action),
                          relayed.clientId,
                          relayed.remote,
                          {},
                          false,
                          QStringLiteral("malformed request body"));
            respond(HubResponse::problem(400, body.problem().title, body.problem().detail));
            return true;
        }
        const QString domain = body->value(QStringLiteral("domain")).toString();
        if (domain.startsWith(QLatin1String("*."))) {
            relayed.identifier = domain;
        }
        relayed.record =
            QStringLiteral("_acme-challenge.") + (domain.startsWith(QLatin1String("*.")) ? domain.mid(2) : domain);
        relayed.value = txtValueFor(body->value(QStringLiteral("keyAuth")).toString());
    } else {
        const Result<QJsonObject> body = StrictJson::parse(request.body,
                                                           {{QStringLiteral("fqdn"), QJsonValue::String, true, 255},
                                                            {QStringLiteral("value"), QJsonValue::String, true, 255}});
        if (!body) {
            m_relay.audit(relayed.api,
                          ChallengeRelay::actionName(action),
                          relayed.clientId,
                          relayed.remote,
                          {},
                          false,
                          QStringLiteral("malformed request body"));
            respond(HubResponse::problem(400, body.problem().title, body.problem().detail));
            return true;
        }
        relayed.record = body->value(QStringLiteral("fqdn")).toString();
        relayed.value = body->value(QStringLiteral("value")).toString();
    }

    const QByteArray echo = request.body;
    m_relay.run(relayed, [respond, echo](const ChallengeRelay::Outcome &outcome) {
        if (outcome.ok()) {
            respond(HubResponse::raw(200, "application/json", echo));
        } else if (outcome.status == 401) {
            // RFC 9110 11.6.1: a 401 names the scheme the client should use.
            respond(outcome.problemResponse().withHeader("WWW-Authenticate", "Basic realm=\"CertDesk hub\""));
        } else {
            respond(outcome.problemResponse());
        }
    });
    return true;
}
