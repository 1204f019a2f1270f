#include "OrderRunner.h"

#include "core/Clock.h"
#include "core/CrashPoint.h"
#include "core/acme/AcmeClient.h"
#include "core/acme/AcmeJob.h"
#include "core/certificates/CertificateRepository.h"
#include "core/crypto/CertificateInfo.h"
#include "core/crypto/CsrBuilder.h"
#include "core/crypto/Envelope.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderRepository.h"
#include "core/jobs/RenewalPlanner.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ActivityLog.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcOrder, "certdesk.core.jobs.order")

namespace {

QByteArray keyEnvelopeAad(qint64 endpointId)
{
    return "certdesk-certificate-key:" + QByteArray::number(endpointId);
}

} // namespace

OrderRunner::OrderRunner(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
}

OrderRunner::~OrderRunner() = default;

void OrderRunner::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &OrderRunner::begin, Qt::QueuedConnection);
}

SecretRef OrderRunner::orderKeyRef() const
{
    return SecretRef(QStringLiteral("order-key"), QString::number(m_orderId));
}

template <typename Callback>
void OrderRunner::run(AcmeJob *job, Callback onSuccess)
{
    connect(job, &AcmeJob::finished, this, [this, onSuccess](AcmeJob *done) {
        if (m_done) {
            return;
        }
        if (done->failed()) {
            fail(done);
            return;
        }
        onSuccess(done);
    });
    job->start();
}

void OrderRunner::record(const QString &state)
{
    Q_EMIT progress(endpointId(), state);
    if (Result<void> updated = OrderRepository(m_setup.store).update(m_orderId, m_order.url, state); !updated) {
        qCWarning(lcOrder) << updated.problem().technical;
    }
}

void OrderRunner::log(bool error, const QString &message, const QString &detail)
{
    const Result<qint64> logged = ActivityLog(m_setup.store)
                                      .append(error ? ActivityLog::Severity::Error : ActivityLog::Severity::Info,
                                              QStringLiteral("acme"),
                                              message,
                                              detail,
                                              endpointId());
    if (!logged) {
        qCWarning(lcOrder) << logged.problem().technical;
    }
}

void OrderRunner::begin()
{
    if (m_setup.resumeOrderId > 0) {
        m_orderId = m_setup.resumeOrderId;
        resumeOrder();
        return;
    }
    Result<qint64> begun = OrderRepository(m_setup.store).begin(endpointId(), m_setup.accountId, m_setup.replaces);
    if (!begun) {
        // Not ours to clean up: another runner owns that order.
        m_problem = begun.problem();
        complete();
        return;
    }
    m_orderId = begun.value();
    CrashPoint::reached("order-begun"); // the row exists; the CA has not been asked yet
    createOrder();
}

void OrderRunner::createOrder()
{
    m_placedFreshOrder = true;
    AcmeOrderRequest request;
    for (const QString &name : std::as_const(m_setup.endpoint.names)) {
        request.identifiers << AcmeIdentifier::dns(name);
    }
    request.replaces = m_setup.replaces;
    const Result<QString> profile = profileToOrder();
    if (!profile) {
        fail(profile.problem());
        return;
    }
    request.profile = profile.value();
    AcmeJob *job = m_setup.client->newOrder(request);
    connect(job, &AcmeJob::finished, this, [this](AcmeJob *done) {
        if (m_done) {
            return;
        }
        if (done->failed() && done->problem().code == QLatin1String("acme.alreadyReplaced")
            && !m_setup.replaces.isEmpty()) {
            // RFC 9773 §5: another order already replaced that certificate (the newest one was
            // revoked, so an older one is "current" again). A renewal must not fail over a hint:
            // order without naming a predecessor.
            qCInfo(lcOrder) << "the CA says" << m_setup.replaces << "was already replaced; ordering without replaces";
            m_setup.replaces.clear();
            createOrder();
            return;
        }
        if (done->failed()) {
            fail(done);
            return;
        }
        m_order = done->order();
        record(m_order.status);
        CrashPoint::reached("order-placed"); // the CA has the order, its URL is stored
        continueWith(m_order);
    });
    job->start();
}

Result<QString> OrderRunner::profileToOrder() const
{
    const QString wanted = m_setup.endpoint.acmeProfile();
    if (wanted.isEmpty()) {
        return QString();
    }
    const QMap<QString, QString> offered = m_setup.client->directory().profiles();
    if (offered.contains(wanted)) {
        return wanted;
    }
    // Ordering without it would silently give the endpoint a different kind of certificate.
    return Problem::make(Problem::Category::Configuration,
                         QStringLiteral("order.profile-not-offered"),
                         tr("The CA does not offer the certificate profile “%1”.").arg(wanted),
                         offered.isEmpty()
                             ? tr("%1 offers no profiles.").arg(m_setup.client->directoryUrl().toDisplayString())
                             : tr("It offers: %1.").arg(offered.keys().join(QStringLiteral(", "))),
                         tr("Choose one of the CA's profiles for the endpoint, or none for the CA's default."));
}

void OrderRunner::resumeOrder()
{
    if (!m_setup.resumeOrderUrl.isValid() || m_setup.resumeOrderUrl.isEmpty()) {
        AcmeJob *list = m_setup.client->listOrders();
        connect(list, &AcmeJob::finished, this, [this](AcmeJob *done) {
            if (m_done) {
                return;
            }
            if (done->failed()) {
                qCInfo(lcOrder) << "cannot list the account's orders:" << done->problem().message();
                createOrder();
                return;
            }
            adoptPlacedOrder(done->orderUrls(), 0);
        });
        list->start();
        return;
    }
    qCInfo(lcOrder) << "resuming order" << m_setup.resumeOrderUrl.toString() << "for endpoint" << endpointId();
    AcmeJob *job = m_setup.client->fetchOrder(m_setup.resumeOrderUrl);
    connect(job, &AcmeJob::finished, this, [this](AcmeJob *done) {
        if (done->failed()) {
            // The CA forgot the order (expired, or a test CA restarted): start a fresh one.
            qCInfo(lcOrder) << "order cannot be resumed:" << done->problem().message();
            createOrder();
            return;
        }
        m_order = done->order();
        if (m_order.status == QLatin1String("invalid")) {
            // It failed while we were gone (a responder that died with the process, say):
            // nothing to resume, so ask again.
            qCInfo(lcOrder) << "the interrupted order became invalid; placing a new one";
            createOrder();
            return;
        }
        continueWith(m_order);
    });
    job->start();
}

bool OrderRunner::isOurs(const AcmeOrder &order) const
{
    if (order.status != QLatin1String("pending") && order.status != QLatin1String("ready")) {
        return false;
    }
    QSet<QString> wanted;
    for (const QString &name : std::as_const(m_setup.endpoint.names)) {
        wanted.insert(name.toLower());
    }
    QSet<QString> listed;
    for (const AcmeIdentifier &identifier : order.identifiers) {
        if (identifier.type != QLatin1String("dns")) {
            return false;
        }
        listed.insert(identifier.value.toLower());
    }
    return listed == wanted;
}

void OrderRunner::adoptPlacedOrder(QList<QUrl> candidates, int looked)
{
    // Newest first, and only the newest few: the interrupted order was placed moments before
    // the crash, while an account's list also holds every valid order of the past.
    constexpr int MaxLooked = 32;
    if (candidates.isEmpty() || looked >= MaxLooked) {
        createOrder();
        return;
    }
    const QUrl url = candidates.takeLast();
    AcmeJob *job = m_setup.client->fetchOrder(url);
    connect(job, &AcmeJob::finished, this, [this, candidates, looked](AcmeJob *done) {
        if (m_done) {
            return;
        }
        if (done->failed() || !isOurs(done->order())) {
            adoptPlacedOrder(candidates, looked + 1);
            return;
        }
        m_order = done->order();
        qCInfo(lcOrder) << "taking up order" << m_order.url.toString() << "placed before an interruption";
        record(m_order.status);
        continueWith(m_order);
    });
    job->start();
}

void OrderRunner::continueWith(const AcmeOrder &order)
{
    if (order.status == QLatin1String("pending")) {
        solveAuthorizations();
    } else if (order.status == QLatin1String("ready")) {
        prepareKey();
    } else if (order.status == QLatin1String("processing") || order.status == QLatin1String("valid")) {
        // Finalized before an interruption: the certificate belongs to the key kept in the keychain.
        m_setup.secrets->fetch(orderKeyRef(), this, [this](Result<QByteArray> pem) {
            Result<PrivateKey> key = pem ? PrivateKey::fromPem(pem.value()) : Result<PrivateKey>(pem.problem());
            if (!key) {
                fail(key.problem());
                return;
            }
            m_certificateKey = key.value();
            if (m_order.status == QLatin1String("valid")) {
                download();
            } else {
                run(m_setup.client->pollOrder(m_order.url), [this](AcmeJob *job) {
                    m_order = job->order();
                    download();
                });
            }
        });
    } else {
        fail(order.error.value_or(Problem::make(Problem::Category::Acme,
                                                QStringLiteral("order.invalid"),
                                                tr("The CA marked the order as %1.").arg(order.status))));
    }
}

void OrderRunner::solveAuthorizations()
{
    Q_EMIT progress(endpointId(), QStringLiteral("authorizing"));
    m_pendingAuthorizations = static_cast<int>(m_order.authorizations.size());
    if (m_pendingAuthorizations == 0) {
        prepareKey();
        return;
    }
    for (const QUrl &url : std::as_const(m_order.authorizations)) {
        solveAuthorization(url);
    }
}

void OrderRunner::solveAuthorization(const QUrl &url)
{
    AcmeJob *fetch = m_setup.client->fetchAuthorization(url);
    connect(fetch, &AcmeJob::finished, this, [this, url](AcmeJob *job) {
        if (job->failed()) {
            authorizationDone(url, job->problem());
            return;
        }
        const AcmeAuthorization authorization = job->authorization();
        if (authorization.status == QLatin1String("valid")) {
            authorizationDone(url, std::nullopt);
            return;
        }
        const QString type = m_setup.endpoint.challengeType;
        const std::optional<AcmeChallenge> challenge = authorization.challenge(type);
        ChallengeSolver *solver = m_setup.solvers.value(type);
        if (!challenge || !solver) {
            authorizationDone(
                url,
                Problem::make(Problem::Category::Configuration,
                              QStringLiteral("order.no-challenge"),
                              tr("%1 cannot be validated with %2.").arg(authorization.identifier.value, type),
                              challenge ? tr("No %1 solver is configured for this endpoint.").arg(type)
                                        : tr("The CA does not offer %1 for this name.").arg(type),
                              tr("Choose another validation method for the endpoint.")));
            return;
        }
        ChallengeTask task;
        task.identifier = authorization.identifier.value;
        task.wildcard = authorization.wildcard;
        task.type = type;
        task.token = challenge->token;
        task.keyAuthorization = m_setup.client->keyAuthorization(challenge->token);
        task.dnsValue = m_setup.client->dns01TxtValue(challenge->token);
        const AcmeChallenge chosen = *challenge;
        solver->present(task, this, [this, url, task, chosen](Result<void> presented) {
            if (!presented) {
                authorizationDone(url, presented.problem());
                return;
            }
            m_presented.insert(url, task);
            if (chosen.status != QLatin1String("pending")) {
                // Answered before an interruption (RFC 8555 §7.5.1: respond once); asking
                // again would start a second validation at some CAs.
                pollAuthorization(url);
                return;
            }
            AcmeJob *respond = m_setup.client->respondToChallenge(chosen);
            connect(respond, &AcmeJob::finished, this, [this, url](AcmeJob *responded) {
                if (responded->failed()) {
                    authorizationDone(url, responded->problem());
                    return;
                }
                CrashPoint::reached("challenge-answered"); // the CA validates; nobody will poll
                pollAuthorization(url);
            });
            respond->start();
        });
    });
    fetch->start();
}

void OrderRunner::pollAuthorization(const QUrl &url)
{
    AcmeJob *poll = m_setup.client->pollAuthorization(url);
    connect(poll, &AcmeJob::finished, this, [this, url](AcmeJob *polled) {
        authorizationDone(url, polled->failed() ? std::optional<Problem>(polled->problem()) : std::nullopt);
    });
    poll->start();
}

void OrderRunner::authorizationDone(const QUrl &url, const std::optional<Problem> &problem)
{
    Q_UNUSED(url)
    if (m_done) {
        return;
    }
    if (problem && !m_authorizationProblem) {
        m_authorizationProblem = problem;
    }
    if (--m_pendingAuthorizations > 0) {
        return;
    }
    if (m_authorizationProblem) {
        fail(*m_authorizationProblem);
        return;
    }
    cleanupPresented();
    record(QStringLiteral("ready"));
    prepareKey();
}

void OrderRunner::cleanupPresented()
{
    const QHash<QUrl, ChallengeTask> presented = std::exchange(m_presented, {});
    for (const ChallengeTask &task : presented) {
        ChallengeSolver *solver = m_setup.solvers.value(task.type);
        QObject *context = m_setup.cleanupContext ? m_setup.cleanupContext : QCoreApplication::instance();
        const std::function<void(int)> inFlight = m_setup.cleanupsInFlight;
        if (inFlight) {
            inFlight(1);
        }
        solver->cleanup(task, context, [task, inFlight](Result<void> cleaned) {
            if (!cleaned) {
                qCWarning(lcOrder) << "cleanup of" << task.identifier << "failed:" << cleaned.problem().message();
            }
            if (inFlight) {
                inFlight(-1);
            }
        });
    }
}

void OrderRunner::prepareKey()
{
    Q_EMIT progress(endpointId(), QStringLiteral("finalizing"));
    const std::optional<PrivateKey::Type> type = PrivateKey::typeFromName(m_setup.endpoint.keyType);
    Result<PrivateKey> key = PrivateKey::generate(type.value_or(PrivateKey::Type::EcP256));
    if (!key) {
        fail(key.problem());
        return;
    }
    m_certificateKey = key.value();
    // Kept before finalize: if we are killed after the CA issued, the certificate is usable.
    m_setup.secrets->store(orderKeyRef(), m_certificateKey.toPem(), this, [this](Result<void> stored) {
        if (!stored) {
            fail(stored.problem());
            return;
        }
        finalize();
    });
}

void OrderRunner::finalize()
{
    Result<QByteArray> csr = CsrBuilder().setNames(m_setup.endpoint.names).setKey(m_certificateKey).buildDer();
    if (!csr) {
        fail(csr.problem());
        return;
    }
    run(m_setup.client->finalize(m_order, csr.value()), [this](AcmeJob *job) {
        m_order = job->order();
        record(m_order.status);
        download();
    });
}

void OrderRunner::download()
{
    Q_EMIT progress(endpointId(), QStringLiteral("downloading"));
    run(m_setup.client->downloadCertificate(m_order.certificate), [this](AcmeJob *job) {
        store(job->certificateChain());
    });
}

void OrderRunner::store(const QByteArray &chainPem)
{
    Result<CertificateInfo> info = CertificateInfo::fromPem(chainPem);
    if (!info) {
        fail(info.problem());
        return;
    }
    Result<QByteArray> sealed = Envelope::seal(m_setup.dataKey, m_certificateKey.toPem(), keyEnvelopeAad(endpointId()));
    if (!sealed) {
        fail(sealed.problem());
        return;
    }
    m_certificate.endpointId = endpointId();
    m_certificate.orderId = m_orderId;
    m_certificate.serial = info->serialHex();
    m_certificate.issuer = info->issuerCommonName();
    m_certificate.names = info->names();
    m_certificate.notBefore = info->notBefore();
    m_certificate.notAfter = info->notAfter();
    m_certificate.keyType = info->keyType();
    m_certificate.fingerprintSha256 = info->sha256FingerprintHex();
    m_certificate.chainPem = chainPem;
    m_certificate.privateKeyEnvelope = sealed.value();
    m_certificate.ariCertId = info->ariCertId();
    // The certificate and its order's end in one transaction: a crash between them would
    // leave an unfinished order whose resumption stores the same certificate twice.
    QSqlDatabase db = m_setup.store->connection();
    const bool inTransaction = db.transaction();
    Result<qint64> saved = CertificateRepository(m_setup.store).add(m_certificate);
    if (!saved) {
        if (inTransaction) {
            db.rollback();
        }
        fail(saved.problem());
        return;
    }
    m_certificate.id = saved.value();
    CrashPoint::reached("certificate-stored");

    const RenewalPlanner::Plan plan =
        RenewalPlanner(Clock::system())
            .plan({m_certificate.serial, m_certificate.notBefore, m_certificate.notAfter, {}});
    if (Result<void> finished = OrderRepository(m_setup.store).finish(m_orderId, QStringLiteral("valid")); !finished) {
        qCWarning(lcOrder) << finished.problem().technical;
    }
    if (Result<void> updated =
            EndpointRepository(m_setup.store).setStatus(endpointId(), QStringLiteral("ok"), plan.renewAt);
        !updated) {
        qCWarning(lcOrder) << updated.problem().technical;
    }
    if (inTransaction && !db.commit()) {
        db.rollback();
        fail(Problem::make(Problem::Category::Storage,
                           QStringLiteral("order.store-failed"),
                           tr("The new certificate could not be saved."),
                           db.lastError().text(),
                           tr("Check that the disk has room and the profile folder is writable, then renew again.")));
        return;
    }
    log(false,
        tr("Certificate issued for %1, valid until %2.")
            .arg(m_setup.endpoint.names.join(QStringLiteral(", ")), m_certificate.notAfter.toString(Qt::ISODate)),
        QStringLiteral("serial %1, issuer %2").arg(m_certificate.serial, m_certificate.issuer));
    m_done = true;
    // The order's key has done its work. Fire and forget: the worker must not wait on the
    // keychain's thread (the main thread, which may be waiting for the worker to stop); a command
    // line run waits for pending keychain work before it exits (VerbContext::runAsync).
    m_setup.secrets->erase(orderKeyRef(), m_setup.secrets, [](const Result<void> &erased) {
        if (!erased) {
            qCWarning(lcOrder) << "order key left in the keychain:" << erased.problem().technical;
        }
    });
    complete();
}

void OrderRunner::fail(AcmeJob *job)
{
    m_retryAfter = job->retryAfter();
    fail(job->problem());
}

void OrderRunner::fail(const Problem &problem)
{
    if (m_done) {
        return;
    }
    if (m_setup.resumeOrderId > 0 && !m_placedFreshOrder && problem.code.startsWith(QLatin1String("acme."))) {
        // A resumed order can fail for reasons of the run that died (the CA validated while
        // nothing answered): one fresh order settles whether the problem is real.
        qCInfo(lcOrder) << "the resumed order failed; placing a fresh one:" << problem.message();
        cleanupPresented();
        m_authorizationProblem.reset();
        m_retryAfter.reset();
        createOrder();
        return;
    }
    m_done = true;
    m_problem = problem;
    cleanupPresented();
    if (m_orderId > 0) {
        if (Result<void> finished =
                OrderRepository(m_setup.store).finish(m_orderId, QStringLiteral("failed"), problem.code);
            !finished) {
            qCWarning(lcOrder) << finished.problem().technical;
        }
        m_setup.secrets->erase(orderKeyRef(), m_setup.secrets, [](Result<void>) {});
    }
    if (Result<void> updated = EndpointRepository(m_setup.store).setStatus(endpointId(), QStringLiteral("failed"));
        !updated) {
        qCWarning(lcOrder) << updated.problem().technical;
    }
    log(true,
        tr("Certificate order for %1 failed: %2")
            .arg(m_setup.endpoint.names.join(QStringLiteral(", ")), problem.message()),
        problem.technical);
    complete();
}

void OrderRunner::complete()
{
    m_done = true;
    Q_EMIT finished(this);
    deleteLater();
}
