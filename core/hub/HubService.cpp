#include "HubService.h"

#include "core/Clock.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/challenges/ManagedChallengeSelector.h"
#include "core/hub/AcmeDnsAccounts.h"
#include "core/hub/AcmeDnsController.h"
#include "core/hub/ApiTokenStore.h"
#include "core/hub/CertifyController.h"
#include "core/hub/ChallengeRelay.h"
#include "core/hub/HttpReqController.h"
#include "core/hub/HubAuditLog.h"
#include "core/hub/HubCertificateJob.h"
#include "core/hub/HubServer.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHubService, "certdesk.hub.service")

// Everything one run of the hub needs, destroyed in reverse order: the listener first, so no
// request arrives while the rest goes away.
struct HubService::Pipeline
{
    std::unique_ptr<ApiTokenStore> tokens;
    std::unique_ptr<ManagedChallengeRepository> challenges;
    std::unique_ptr<HubAuditLog> audit;
    std::unique_ptr<AcmeDnsAccounts> acmeDnsAccounts;
    std::unique_ptr<ChallengePublisherPool> publishers;
    std::unique_ptr<ChallengeRelay> relay;
    std::unique_ptr<HttpReqController> httpReq;
    std::unique_ptr<AcmeDnsController> acmeDns;
    std::unique_ptr<CertifyController> certify;
    std::unique_ptr<HubServer> server;
};

HubService::HubService(std::shared_ptr<Store> store,
                       SecretStore *secrets,
                       const Clock &clock,
                       PublisherFactory publishers,
                       QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_publishers(std::move(publishers))
{
    m_certificateTimer.setInterval(std::chrono::hours(CertificateCheckHours));
    m_certificateTimer.callOnTimeout(this, &HubService::refreshCertificate);
}

HubService::~HubService()
{
    // Quietly: nobody should hear `stopped` from a destructor.
    m_certificateTimer.stop();
    retire(std::move(m_pipeline));
}

bool HubService::isRunning() const
{
    return m_pipeline && m_pipeline->server && !m_starting;
}

quint16 HubService::port() const
{
    return isRunning() ? m_pipeline->server->port() : 0;
}

bool HubService::isTls() const
{
    return isRunning() && m_pipeline->server->isTls();
}

QUrl HubService::url() const
{
    return m_settings.clientUrl(port());
}

ApiTokenStore *HubService::tokens() const
{
    return isRunning() ? m_pipeline->tokens.get() : nullptr;
}

void HubService::start(const HubSettings &settings)
{
    if (m_starting || m_pipeline) {
        stop();
    }
    m_settings = settings;
    const quint64 generation = ++m_generation;
    if (Result<void> valid = settings.validate(); !valid) {
        QTimer::singleShot(0, this, [this, generation, problem = valid.problem()] {
            if (generation == m_generation) {
                Q_EMIT failed(problem);
            }
        });
        return;
    }
    m_starting = true;
    m_pipeline = std::make_unique<Pipeline>();
    m_pipeline->tokens = std::make_unique<ApiTokenStore>(m_store, m_secrets, m_clock);
    connect(m_pipeline->tokens.get(), &ApiTokenStore::ready, this, [this, generation] {
        if (generation == m_generation) {
            keyLoaded();
        }
    });
    connect(m_pipeline->tokens.get(), &ApiTokenStore::failed, this, [this, generation](const Problem &problem) {
        if (generation == m_generation) {
            abortStart(problem);
        }
    });
    m_pipeline->tokens->loadKey();
}

void HubService::keyLoaded()
{
    if (m_settings.plainHttp) {
        m_certificate = QSslCertificate();
        m_chain.clear();
        m_key = QSslKey();
        m_certificateSource.clear();
        listen();
        return;
    }
    const quint64 generation = m_generation;
    m_certificateJob = new HubCertificateJob(m_settings, m_store, m_secrets, m_clock, this);
    connect(m_certificateJob, &HubCertificateJob::finished, this, [this, generation](HubCertificateJob *job) {
        job->deleteLater();
        if (m_certificateJob == job) {
            m_certificateJob = nullptr;
        }
        if (generation == m_generation) {
            certificateResolved(job);
        }
    });
    m_certificateJob->start();
}

void HubService::certificateResolved(HubCertificateJob *job)
{
    if (job->failed()) {
        abortStart(job->problem());
        return;
    }
    m_certificate = job->material().certificate;
    m_chain = job->material().chain;
    m_key = job->material().key;
    m_certificateSource = job->material().source;
    listen();
}

void HubService::listen()
{
    Pipeline &p = *m_pipeline;
    p.challenges = std::make_unique<ManagedChallengeRepository>(m_store, m_clock);
    p.audit = std::make_unique<HubAuditLog>(m_store, m_clock);
    p.acmeDnsAccounts = std::make_unique<AcmeDnsAccounts>(m_store, m_clock);
    p.publishers = std::make_unique<ChallengePublisherPool>(m_publishers);
    p.relay = std::make_unique<ChallengeRelay>(*p.tokens, *p.challenges, *p.audit, *p.publishers, m_clock);
    p.relay->clientLimiter().setLimits(m_settings.burstPerClient, m_settings.perMinutePerClient);
    p.httpReq = std::make_unique<HttpReqController>(*p.relay);

    AcmeDnsController::Settings acmeDns;
    acmeDns.zone = m_settings.acmeDnsZone;
    acmeDns.registrationEnabled = m_settings.acmeDnsRegistration;
    if (!acmeDns.zone.isEmpty()) {
        // A registered account may write only its own <subdomain>.<zone> (its name rule); it
        // goes through the managed challenge that serves names in the zone.
        if (const Result<QList<ManagedChallenge>> all = p.challenges->all(); all) {
            if (const auto serving =
                    ManagedChallengeSelector(all.value()).select(QStringLiteral("x.") + acmeDns.zone)) {
                acmeDns.registrationChallengeIds = {serving->id};
            }
        }
    }
    p.acmeDns = std::make_unique<AcmeDnsController>(*p.relay, *p.tokens, *p.acmeDnsAccounts, acmeDns);
    p.certify = std::make_unique<CertifyController>(*p.relay, m_clock);

    p.server = std::make_unique<HubServer>(m_clock);
    p.server->setAuditLog(p.audit.get());
    p.server->addController(p.httpReq.get());
    p.server->addController(p.acmeDns.get());
    p.server->addController(p.certify.get());
    HubServer::Options options;
    options.address = m_settings.address;
    options.port = m_settings.port;
    options.certificate = m_certificate;
    options.chain = m_chain;
    options.privateKey = m_key;
    options.allowPlainHttp = m_settings.plainHttp;
    options.burstPerAddress = m_settings.burstPerAddress;
    options.perMinutePerAddress = m_settings.perMinutePerAddress;
    const Result<quint16> listening = p.server->listen(options);
    if (!listening) {
        abortStart(listening.problem());
        return;
    }
    m_starting = false;
    if (!m_settings.plainHttp) {
        m_certificateTimer.start();
    }
    qCInfo(lcHubService).noquote() << QStringLiteral("hub started at %1 (%2)")
                                          .arg(url().toString(),
                                               m_settings.plainHttp ? QStringLiteral("plain HTTP on loopback")
                                                                    : m_certificateSource);
    Q_EMIT started(listening.value());
}

void HubService::abortStart(const Problem &problem)
{
    m_starting = false;
    ++m_generation;
    retire(std::move(m_pipeline));
    qCWarning(lcHubService).noquote() << "hub did not start:" << problem.message();
    Q_EMIT failed(problem);
}

void HubService::stop()
{
    if (!m_starting && !m_pipeline) {
        return;
    }
    m_starting = false;
    ++m_generation;
    m_certificateTimer.stop();
    retire(std::move(m_pipeline));
    qCInfo(lcHubService) << "hub stopped";
    Q_EMIT stopped();
}

void HubService::retire(std::unique_ptr<Pipeline> pipeline)
{
    if (!pipeline) {
        return;
    }
    pipeline->server.reset();
    if (!pipeline->publishers || pipeline->publishers->inFlight() == 0) {
        return;
    }
    // A DNS provider still works on a request and will call back into the relay and a
    // controller: they live until it has answered (its client is gone; the record is still
    // written or removed, as the audit log says).
    Pipeline *draining = pipeline.release();
    draining->publishers->whenIdle([draining] {
        delete draining;
    });
}

void HubService::refreshCertificate()
{
    if (!isRunning() || m_settings.plainHttp || m_certificateJob) {
        return;
    }
    const quint64 generation = m_generation;
    m_certificateJob = new HubCertificateJob(m_settings, m_store, m_secrets, m_clock, this);
    connect(m_certificateJob, &HubCertificateJob::finished, this, [this, generation](HubCertificateJob *job) {
        job->deleteLater();
        if (m_certificateJob == job) {
            m_certificateJob = nullptr;
        }
        if (generation != m_generation || !isRunning()) {
            return;
        }
        if (job->failed()) {
            // Keep serving the certificate that works; the next check tries again.
            qCWarning(lcHubService).noquote() << "hub certificate check failed:" << job->problem().message();
            return;
        }
        const HubCertificateJob::Material &material = job->material();
        if (material.certificate == m_certificate) {
            return;
        }
        if (Result<void> replaced =
                m_pipeline->server->setCertificate(material.certificate, material.chain, material.key);
            !replaced) {
            qCWarning(lcHubService).noquote() << replaced.problem().message();
            return;
        }
        m_certificate = material.certificate;
        m_chain = material.chain;
        m_key = material.key;
        m_certificateSource = material.source;
        Q_EMIT certificateChanged(m_certificate);
    });
    m_certificateJob->start();
}
