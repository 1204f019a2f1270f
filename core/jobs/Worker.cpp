#include "Worker.h"

#include "core/Clock.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderQueue.h"
#include "core/jobs/RenewalScheduler.h"
#include "core/store/ActivityLog.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcWorker, "certdesk.core.jobs")

Worker::Worker(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
{
}

Worker::~Worker() = default;

void Worker::start()
{
    if (m_running) {
        return;
    }
    // The worker's own connection: SQLite connections never cross threads.
    if (!m_store->connection().isOpen()) {
        Q_EMIT failed(Problem::make(Problem::Category::Storage,
                                    QStringLiteral("worker.no-database"),
                                    QCoreApplication::translate("Worker",
                                                                "The background worker cannot open the "
                                                                "database.")));
        return;
    }
    m_running = true;
    // Created here, on the worker thread, so their sockets and timers live on it.
    m_queue = new OrderQueue(m_store, m_secrets, this);
    connect(m_queue, &OrderQueue::progress, this, &Worker::orderProgress);
    connect(m_queue, &OrderQueue::orderFinished, this, &Worker::orderFinished);
    connect(m_queue, &OrderQueue::orderFinished, this, [this] {
        loadEndpoints();
    });
    m_scheduler = new RenewalScheduler(m_store, m_queue, Clock::system(), this);
    connect(m_scheduler, &RenewalScheduler::renewalFailed, this, &Worker::renewalFailed);
    // For tests and impatient administrators: how often to look for due certificates, and the
    // first back-off after a failed renewal (it doubles from there).
    if (const int interval = qEnvironmentVariableIntValue("CERTDESK_RENEWAL_CHECK_SECONDS"); interval > 0) {
        m_scheduler->setCheckInterval(interval);
    }
    connect(m_queue, &OrderQueue::orderFinished, this, [this](qint64 endpointId, bool succeeded) {
        // A renewed certificate of the hub's own endpoint is served from the next connection on.
        if (succeeded && m_hub && m_hub->isRunning()
            && m_hub->settings().certificateSource == HubSettings::CertificateSource::Endpoint
            && m_hub->settings().endpointId == endpointId) {
            m_hub->refreshCertificate();
        }
    });
    if (const int retry = qEnvironmentVariableIntValue("CERTDESK_RENEWAL_RETRY_SECONDS"); retry > 0) {
        RenewalPlanner::Policy policy;
        policy.firstRetrySeconds = retry;
        m_scheduler->setRetryPolicy(policy);
    }
    if (m_renewalsEnabled) {
        m_queue->resumeUnfinished();
        m_scheduler->start();
    }
    ActivityLog log(m_store);
    if (Result<qint64> logged = log.append(ActivityLog::Severity::Info,
                                           QStringLiteral("worker"),
                                           QCoreApplication::translate("Worker", "Background worker started."));
        !logged) {
        qCWarning(lcWorker) << logged.problem().message();
    }
    qCInfo(lcWorker) << "worker started on" << QThread::currentThread();
    Q_EMIT started();
}

void Worker::stop()
{
    if (m_hub) {
        m_hub->stop();
    }
    if (m_running) {
        m_running = false;
        ActivityLog log(m_store);
        if (Result<qint64> logged = log.append(ActivityLog::Severity::Info,
                                               QStringLiteral("worker"),
                                               QCoreApplication::translate("Worker", "Background worker stopped."));
            !logged) {
            qCWarning(lcWorker) << logged.problem().message();
        }
        qCInfo(lcWorker) << "worker stopped";
    }
    Q_EMIT stopped();
}

void Worker::loadEndpoints()
{
    Result<QList<Endpoint>> endpoints = EndpointRepository(m_store).list();
    if (!endpoints) {
        Q_EMIT failed(endpoints.problem());
        return;
    }
    Q_EMIT endpointsLoaded(endpoints.value());
}

void Worker::issueNow(const QList<qint64> &endpointIds)
{
    if (m_queue) {
        m_queue->issue(endpointIds);
    }
}

void Worker::setRenewalsPaused(bool paused)
{
    if (m_scheduler) {
        m_scheduler->setPaused(paused);
    }
}

void Worker::startHub(const HubSettings &settings)
{
    if (!m_hub) {
        // Created on the worker thread, so the hub's sockets and timers live here.
        m_hub = new HubService(m_store, m_secrets, Clock::system(), m_publishers, this);
        connect(m_hub, &HubService::started, this, [this] {
            const QSslCertificate certificate = m_hub->certificate();
            Q_EMIT hubStarted(m_hub->url(),
                              certificate.isNull()
                                  ? QString()
                                  : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
        });
        connect(m_hub, &HubService::stopped, this, &Worker::hubStopped);
        connect(m_hub, &HubService::failed, this, &Worker::hubFailed);
    }
    m_hub->start(settings);
}

void Worker::stopHub()
{
    if (m_hub && (m_hub->isRunning() || m_hub->isStarting())) {
        m_hub->stop();
        return;
    }
    Q_EMIT hubStopped();
}
