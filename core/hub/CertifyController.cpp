#include "CertifyController.h"

#include "core/Clock.h"
#include "core/hub/ChallengePublisher.h"
#include "core/hub/ChallengeRelay.h"
#include "core/hub/StrictJson.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCertify, "certdesk.hub.certify")

namespace {

// What the hub sends API clients is English whatever the desktop's language: see HubResponse.h.

const QLatin1String kBase("/api/v1/managedchallenge/");

QJsonObject actionResult(bool success, const QString &message)
{
    return {{QStringLiteral("isSuccess"), success}, {QStringLiteral("message"), message}};
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject CertifyController::Operation::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("request"), request},
        {QStringLiteral("dateCreated"), iso(created)},
        {QStringLiteral("dateLastUpdated"), iso(updated)},
        {QStringLiteral("isCompleted"), status == QLatin1String("succeeded") || status == QLatin1String("failed")},
        {QStringLiteral("isSuccess"), status == QLatin1String("succeeded")}};
    object.insert(QStringLiteral("dateCompleted"), completed.isValid() ? QJsonValue(iso(completed)) : QJsonValue());
    object.insert(QStringLiteral("result"), hasResult ? QJsonValue(actionResult(success, message)) : QJsonValue());
    return object;
}

CertifyController::CertifyController(ChallengeRelay &relay, const Clock &clock)
    : m_relay(relay)
    , m_clock(clock)
    , m_alive(std::make_shared<bool>(true))
{
    m_sweepTimer.setInterval(std::chrono::minutes(1));
    m_sweepTimer.callOnTimeout([this]() {
        sweep();
    });
    m_sweepTimer.start();
}

CertifyController::~CertifyController()
{
    *m_alive = false;
}

QStringList CertifyController::paths() const
{
    return {kBase + QStringLiteral("request"),
            kBase + QStringLiteral("requestbegin"),
            kBase + QStringLiteral("requeststatus/{id}"),
            kBase + QStringLiteral("cleanup")};
}

bool CertifyController::handle(const HubRequest &request, const HubResponder &respond)
{
    if (!request.path.startsWith(kBase)) {
        return false;
    }
    const QString rest = request.path.mid(kBase.size());
    if (rest.startsWith(QLatin1String("requeststatus/"))) {
        if (request.method != "GET") {
            respond(HubResponse::problem(405, QStringLiteral("Method not allowed."), QStringLiteral("Use GET."))
                        .withHeader("Allow", "GET"));
            return true;
        }
        handleStatus(rest.mid(14), request, respond);
        return true;
    }
    if (rest != QLatin1String("request") && rest != QLatin1String("requestbegin") && rest != QLatin1String("cleanup")) {
        return false;
    }
    if (request.method != "POST") {
        respond(HubResponse::problem(405, QStringLiteral("Method not allowed."), QStringLiteral("Use POST."))
                    .withHeader("Allow", "POST"));
        return true;
    }
    handleChallenge(request, respond, rest == QLatin1String("cleanup"), rest == QLatin1String("requestbegin"));
    return true;
}

void CertifyController::handleChallenge(const HubRequest &request,
                                        const HubResponder &respond,
                                        bool cleanup,
                                        bool begin)
{
    const QString api = QStringLiteral("certify");
    const QString actionName = cleanup ? QStringLiteral("cleanup") : QStringLiteral("present");
    // The shape of Certify.Models.Hub.ManagedChallengeRequest; the optional members are
    // accepted so that newer clients keep working, and ignored.
    const Result<QJsonObject> body =
        StrictJson::parse(request.body,
                          {{QStringLiteral("challengeType"), QJsonValue::String, true, 32},
                           {QStringLiteral("identifier"), QJsonValue::String, true, 255},
                           {QStringLiteral("responseKey"), QJsonValue::String, true, 255},
                           {QStringLiteral("responseValue"), QJsonValue::String, true, 255},
                           {QStringLiteral("authKey"), QJsonValue::String, false, 64},
                           {QStringLiteral("authSecret"), QJsonValue::String, false, 256},
                           {QStringLiteral("dateTimePerformed"), QJsonValue::String, false, 64},
                           {QStringLiteral("managedCertId"), QJsonValue::String, false, 128},
                           {QStringLiteral("securityPrincipalId"), QJsonValue::String, false, 128},
                           {QStringLiteral("scopedAssignedRoles"), QJsonValue::Array, false}},
                          StrictJson::Keys::AnyCase);
    if (!body) {
        m_relay.audit(api,
                      actionName,
                      QString::fromUtf8(request.header("X-Client-ID")).left(64),
                      request.remoteAddress,
                      {},
                      false,
                      QStringLiteral("malformed request body"));
        respond(HubResponse::problem(400, body.problem().title, body.problem().detail));
        return;
    }
    if (body->value(QStringLiteral("challengeType")).toString().compare(QLatin1String("dns-01"), Qt::CaseInsensitive)
        != 0) {
        respond(HubResponse::problem(400,
                                     QStringLiteral("Unsupported challenge type."),
                                     QStringLiteral("This hub performs dns-01 managed challenges only.")));
        return;
    }

    ChallengeRelay::Request relayed;
    relayed.api = api;
    relayed.action = cleanup ? ChallengeRelay::Action::Cleanup : ChallengeRelay::Action::Present;
    relayed.remote = request.remoteAddress;
    if (request.hasHeader("X-Client-ID")) {
        relayed.clientId = QString::fromUtf8(request.header("X-Client-ID"));
        relayed.secret = request.header("X-Client-Secret");
    } else {
        relayed.clientId = body->value(QStringLiteral("authKey")).toString();
        relayed.secret = body->value(QStringLiteral("authSecret")).toString().toUtf8();
    }
    relayed.identifier = body->value(QStringLiteral("identifier")).toString();
    relayed.record = body->value(QStringLiteral("responseKey")).toString();
    relayed.value = body->value(QStringLiteral("responseValue")).toString();

    auto operation = std::make_shared<Operation>();
    operation->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    operation->created = operation->updated = m_clock.now();
    operation->request = QJsonObject{{QStringLiteral("challengeType"), QStringLiteral("dns-01")},
                                     {QStringLiteral("identifier"), relayed.identifier},
                                     {QStringLiteral("responseKey"), relayed.record},
                                     {QStringLiteral("responseValue"), relayed.value}};

    // The relay answers refusals synchronously and DNS outcomes later; `answered` tells
    // requestbegin which of the two happened.
    auto answered = std::make_shared<bool>(false);
    const std::weak_ptr<bool> alive = m_alive;
    const QString clientId = relayed.clientId;
    m_relay.run(relayed, [=, this](const ChallengeRelay::Outcome &outcome) {
        const bool synchronous = !*answered;
        *answered = true;
        const auto stillAlive = alive.lock();
        if (!stillAlive || !*stillAlive) {
            return;
        }
        if (outcome.ok() && outcome.challenge) {
            if (cleanup) {
                forget(outcome.fqdn, relayed.value);
            } else {
                remember(m_relay, Presented{*outcome.challenge, outcome.fqdn, relayed.value, clientId, m_clock.now()});
            }
        }
        const QString message =
            outcome.ok() ? (cleanup ? QStringLiteral("Cleanup: %1 :: %2") : QStringLiteral("Updated: %1 :: %2"))
                               .arg(outcome.fqdn, relayed.value)
                         : outcome.detail;
        if (begin && !(synchronous && !outcome.ok())) {
            operation->hasResult = true;
            operation->success = outcome.ok();
            operation->message = message;
            operation->status = outcome.ok() ? QStringLiteral("succeeded") : QStringLiteral("failed");
            operation->updated = operation->completed = m_clock.now();
            return;
        }
        if (outcome.ok()) {
            respond(HubResponse::json(200, actionResult(true, message)));
        } else {
            respond(outcome.problemResponse());
        }
    });
    if (begin && !*answered) {
        *answered = true;
        operation->status = QStringLiteral("running");
        m_operations.insert(operation->id, operation);
        respond(HubResponse::json(202, operation->toJson())
                    .withHeader("Location", (kBase + QStringLiteral("requeststatus/") + operation->id).toUtf8()));
    } else if (begin) {
        // Refused synchronously: already answered with the problem above. Nothing to poll.
    }
    *answered = true;
}

void CertifyController::handleStatus(const QString &id, const HubRequest &request, const HubResponder &respond)
{
    // Certify's client polls with the operation id alone: the id is a random UUID returned only
    // to the caller that started the operation, so holding it is the authorisation.
    const auto it = m_operations.constFind(id);
    if (it == m_operations.constEnd()) {
        m_relay.audit(QStringLiteral("certify"),
                      QStringLiteral("status"),
                      {},
                      request.remoteAddress,
                      id.left(64),
                      false,
                      QStringLiteral("unknown operation"));
        respond(HubResponse::problem(
            404,
            QStringLiteral("Unknown operation."),
            QStringLiteral("Managed challenge operation '%1' was not found; operations are kept for an "
                           "hour.")
                .arg(id.left(64))));
        return;
    }
    m_relay.audit(QStringLiteral("certify"),
                  QStringLiteral("status"),
                  {},
                  request.remoteAddress,
                  id.left(64),
                  true,
                  QStringLiteral("operation %1").arg(it.value()->status));
    respond(HubResponse::json(200, it.value()->toJson()));
}

void CertifyController::remember(const ChallengeRelay &, const Presented &presented)
{
    forget(presented.fqdn, presented.value);
    m_presented << presented;
}

void CertifyController::forget(const QString &fqdn, const QString &value)
{
    m_presented.removeIf([&](const Presented &p) {
        return p.fqdn == fqdn && p.value == value;
    });
}

int CertifyController::sweep()
{
    const QDateTime now = m_clock.now();
    int removed = 0;
    for (qsizetype i = m_presented.size() - 1; i >= 0; --i) {
        const Presented presented = m_presented.at(i);
        if (presented.at.secsTo(now) < LeftoverLifetimeSeconds) {
            continue;
        }
        m_presented.removeAt(i);
        ++removed;
        m_relay.audit(QStringLiteral("certify"),
                      QStringLiteral("leftover-cleanup"),
                      presented.clientId,
                      {},
                      presented.fqdn,
                      true,
                      QStringLiteral("not cleaned up by the client within 15 minutes"));
        const QString fqdn = presented.fqdn;
        m_relay.publisher().cleanup(
            presented.challenge, presented.fqdn, presented.value, [fqdn](const Result<void> &r) {
                if (!r) {
                    qCWarning(lcCertify) << "leftover record" << fqdn
                                         << "could not be removed:" << r.problem().technical;
                }
            });
    }
    for (auto it = m_operations.begin(); it != m_operations.end();) {
        if (it.value()->created.secsTo(now) >= OperationLifetimeSeconds) {
            it = m_operations.erase(it);
        } else {
            ++it;
        }
    }
    return removed;
}
