#include "Worker.h"

#include "core/Clock.h"
#include "core/acme/AcmeClient.h"
#include "core/acme/AcmeJob.h"
#include "core/acme/CaAccountRepository.h"
#include "core/deploy/CertificateExportJob.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/hub/HubAdministration.h"
#include "core/jobs/OrderQueue.h"
#include "core/jobs/RenewalScheduler.h"
#include "core/providers/ProviderAdministration.h"
#include "core/secrets/DataKey.h"
#include "core/store/ActivityLog.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSaveFile>
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
    m_scheduler = new RenewalScheduler(m_store, m_queue, Clock::system(), this);
    connect(m_scheduler, &RenewalScheduler::renewalFailed, this, &Worker::renewalFailed);
    // Queued: the scheduler records its retry time in its own orderFinished handler, and the
    // endpoint is read once every handler has had its say.
    connect(
        m_queue,
        &OrderQueue::orderFinished,
        this,
        [this](qint64 endpointId) {
            reloadEndpoint(endpointId);
        },
        Qt::QueuedConnection);
    m_watcher = new RecordWatcher(m_store, Clock::system(), this);
    connect(m_watcher, &RecordWatcher::recordChanged, this, &Worker::recordChanged);
    connect(m_watcher, &RecordWatcher::checked, this, &Worker::recordsChecked);
    m_scheduler->setRecordWatcher(m_watcher);
    m_watcher->start(qEnvironmentVariableIntValue("CERTDESK_RECORD_CHECK_SECONDS"));
    connect(m_queue, &OrderQueue::orderFinished, this, [this](qint64 endpointId, bool succeeded) {
        // A renewed certificate of the hub's own endpoint is served from the next connection on.
        if (succeeded && m_hub && m_hub->isRunning()
            && m_hub->settings().certificateSource == HubSettings::CertificateSource::Endpoint
            && m_hub->settings().endpointId == endpointId) {
            m_hub->refreshCertificate();
        }
    });
    // For tests and impatient administrators: how often to look for due certificates and for
    // endpoints waiting for their first one, and the first back-off after a failed order (it
    // doubles from there).
    if (const int interval = qEnvironmentVariableIntValue("CERTDESK_RENEWAL_CHECK_SECONDS"); interval > 0) {
        m_scheduler->setCheckInterval(interval);
    }
    if (const int interval = qEnvironmentVariableIntValue("CERTDESK_PROVISION_CHECK_SECONDS"); interval > 0) {
        m_scheduler->setProvisioningInterval(interval);
    }
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

void Worker::listEndpoints(Reply<QList<Endpoint>> reply)
{
    reply(EndpointRepository(m_store).list());
}

void Worker::issueNow(const QList<qint64> &endpointIds)
{
    if (!m_queue) {
        return;
    }
    m_queue->issue(endpointIds);
    for (qint64 id : endpointIds) {
        Q_EMIT orderQueued(id);
    }
}

void Worker::setRenewalsPaused(bool paused)
{
    // Where another process holds the renewal lock, this one must not start renewing.
    if (m_scheduler && m_renewalsEnabled) {
        m_scheduler->setPaused(paused);
        Q_EMIT renewalsPausedChanged(paused);
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

void Worker::checkRenewalsNow()
{
    if (m_scheduler && m_renewalsEnabled) {
        m_scheduler->checkNow();
    }
}

void Worker::provisionSoon()
{
    // Queued: whoever asked hears the answer first, and a UI that orders the new endpoint
    // itself finds it not yet taken.
    if (m_scheduler && m_renewalsEnabled) {
        QMetaObject::invokeMethod(m_scheduler, &RenewalScheduler::provisionNow, Qt::QueuedConnection);
    }
}

void Worker::reloadEndpoint(qint64 endpointId)
{
    const Result<Endpoint> endpoint = EndpointRepository(m_store).find(endpointId);
    if (endpoint) {
        Q_EMIT endpointUpdated(endpoint.value());
    } else if (endpoint.problem().category == Problem::Category::NotFound) {
        Q_EMIT endpointsRemoved({endpointId});
    } else {
        Q_EMIT failed(endpoint.problem());
    }
}

void Worker::addEndpoint(const Endpoint &endpoint, Reply<Endpoint> reply)
{
    Result<Endpoint> added = EndpointRepository(m_store).add(endpoint);
    if (added) {
        const Result<qint64> logged = ActivityLog(m_store).append(
            ActivityLog::Severity::Info,
            QStringLiteral("endpoint"),
            QCoreApplication::translate("Worker", "Endpoint added: %1.").arg(added->names.join(QStringLiteral(", "))),
            {},
            added->id);
        Q_UNUSED(logged)
        Q_EMIT endpointUpdated(added.value());
        provisionSoon();
    }
    reply(std::move(added));
}

void Worker::updateEndpoint(const Endpoint &endpoint, Reply<Endpoint> reply)
{
    Result<Endpoint> updated = EndpointRepository(m_store).update(endpoint);
    if (updated) {
        const Result<qint64> logged =
            ActivityLog(m_store).append(ActivityLog::Severity::Info,
                                        QStringLiteral("endpoint"),
                                        QCoreApplication::translate("Worker", "Endpoint settings changed."),
                                        {},
                                        updated->id);
        Q_UNUSED(logged)
        Q_EMIT endpointUpdated(updated.value());
        provisionSoon(); // set back to automatic, or its records changed
    }
    reply(std::move(updated));
}

void Worker::removeEndpoints(const QList<qint64> &endpointIds, Reply<QList<qint64>> reply)
{
    EndpointRepository repository(m_store);
    QStringList busy;
    for (qint64 id : endpointIds) {
        if (m_queue && m_queue->isBusy(id)) {
            const Result<Endpoint> endpoint = repository.find(id);
            busy << (endpoint ? endpoint->names.value(0) : QString::number(id));
        }
    }
    if (!busy.isEmpty()) {
        reply(Problem::make(Problem::Category::Conflict,
                            QStringLiteral("endpoint.busy"),
                            QCoreApplication::translate("Worker", "A certificate order is running for %1.")
                                .arg(busy.join(QStringLiteral(", "))),
                            QCoreApplication::translate("Worker", "No endpoint was deleted."),
                            QCoreApplication::translate("Worker", "Wait for the order to finish, then delete again.")));
        return;
    }
    QList<qint64> removed;
    std::optional<Problem> problem;
    for (qint64 id : endpointIds) {
        const Result<Endpoint> endpoint = repository.find(id);
        if (Result<void> gone = repository.remove(id); !gone) {
            problem = gone.problem();
            break;
        }
        removed << id;
        const Result<qint64> logged = ActivityLog(m_store).append(
            ActivityLog::Severity::Info,
            QStringLiteral("endpoint"),
            QCoreApplication::translate("Worker", "Endpoint deleted: %1.")
                .arg(endpoint ? endpoint->names.join(QStringLiteral(", ")) : QString::number(id)));
        Q_UNUSED(logged)
    }
    if (!removed.isEmpty()) {
        Q_EMIT endpointsRemoved(removed);
    }
    if (problem) {
        reply(*problem);
        return;
    }
    reply(removed);
}

void Worker::loadEndpointDetails(qint64 endpointId, Reply<EndpointDetails> reply)
{
    reply(EndpointDetails::load(m_store, endpointId));
}

DataKey *Worker::dataKey()
{
    if (!m_dataKey) {
        m_dataKey = new DataKey(m_secrets, this);
    }
    return m_dataKey;
}

QNetworkAccessManager *Worker::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    return m_network;
}

void Worker::exportCertificates(const QList<qint64> &endpointIds,
                                const QString &folder,
                                bool writePfx,
                                Reply<QStringList> reply)
{
    auto *job = new CertificateExportJob(m_store, dataKey(), endpointIds, folder, writePfx, this);
    connect(job, &CertificateExportJob::finished, this, [reply](CertificateExportJob *done) {
        if (done->failed()) {
            reply(done->problem());
        } else {
            reply(done->writtenFiles());
        }
    });
    job->start();
}

void Worker::loadAccounts(Reply<QList<CaAccount>> reply)
{
    reply(CaAccountRepository(m_store).list());
}

void Worker::announceAccounts()
{
    const Result<QList<CaAccount>> accounts = CaAccountRepository(m_store).list();
    if (accounts) {
        Q_EMIT accountsChanged(accounts.value());
    } else {
        Q_EMIT failed(accounts.problem());
    }
}

void Worker::fetchDirectory(const QUrl &directoryUrl, const QString &caBundlePath, Reply<AcmeDirectory> reply)
{
    if (!directoryUrl.isValid() || directoryUrl.scheme() != QLatin1String("https") || directoryUrl.host().isEmpty()) {
        reply(Problem::make(
            Problem::Category::Input,
            QStringLiteral("account.invalid"),
            QCoreApplication::translate("Worker", "\"%1\" is not an ACME directory URL.").arg(directoryUrl.toString()),
            {},
            QCoreApplication::translate("Worker",
                                        "Use the https:// URL of the CA's directory, for example "
                                        "https://acme-v02.api.letsencrypt.org/directory.")));
        return;
    }
    auto *client = new AcmeClient(network(), directoryUrl, this);
    if (!caBundlePath.isEmpty()) {
        QFile bundle(caBundlePath);
        if (!bundle.open(QIODevice::ReadOnly)) {
            client->deleteLater();
            reply(Problem::make(Problem::Category::Input,
                                QStringLiteral("account.ca-bundle"),
                                QCoreApplication::translate("Worker", "The CA bundle %1 cannot be read: %2")
                                    .arg(caBundlePath, bundle.errorString())));
            return;
        }
        if (Result<void> trusted = client->setCaBundle(bundle.readAll()); !trusted) {
            client->deleteLater();
            reply(trusted.problem());
            return;
        }
    }
    AcmeJob *job = client->fetchDirectory();
    connect(job, &AcmeJob::finished, this, [client, reply](AcmeJob *done) {
        client->deleteLater();
        if (done->failed()) {
            reply(done->problem());
        } else {
            reply(done->directory());
        }
    });
    job->start();
}

void Worker::registerAccount(const AccountRegistration::Request &request, Reply<CaAccount> reply)
{
    auto *job = new AccountRegistration(m_store, m_secrets, network(), request, this);
    connect(job, &AccountRegistration::finished, this, [this, reply](AccountRegistration *done) {
        if (done->failed()) {
            reply(done->problem());
            return;
        }
        reply(done->account());
        announceAccounts();
    });
    job->start();
}

void Worker::loadActivity(int limit, Reply<QList<ActivityLog::Entry>> reply)
{
    reply(ActivityLog(m_store).recent(limit));
}

ProviderAdministration *Worker::providerAdministration()
{
    if (!m_providerAdministration) {
        m_providerAdministration = new ProviderAdministration(m_store, m_secrets, this);
        connect(m_providerAdministration, &ProviderAdministration::providersChanged, this, &Worker::providersChanged);
    }
    return m_providerAdministration;
}

HubAdministration *Worker::hubAdministration()
{
    if (!m_hubAdministration) {
        m_hubAdministration = new HubAdministration(m_store, m_secrets, this);
        connect(m_hubAdministration, &HubAdministration::challengesChanged, this, &Worker::challengesChanged);
        connect(m_hubAdministration, &HubAdministration::tokensChanged, this, &Worker::tokensChanged);
    }
    return m_hubAdministration;
}

void Worker::loadRequiredRecords(const QList<qint64> &endpointIds, Reply<RequiredRecordSet> reply)
{
    reply(RequiredRecordSet::load(m_store, Clock::system(), endpointIds));
}

void Worker::checkRequiredRecords(const QList<qint64> &endpointIds, Reply<RecordWatcher::Report> reply)
{
    if (!m_watcher) {
        reply(Problem::make(Problem::Category::Internal,
                            QStringLiteral("worker.not-started"),
                            QCoreApplication::translate("Worker", "The background worker is not running."),
                            {},
                            QCoreApplication::translate("Worker", "Restart CertDesk.")));
        return;
    }
    m_watcher->check(endpointIds, [reply](const Result<RecordWatcher::Report> &report) {
        reply(report);
    });
}

void Worker::loadRecordChecks(Reply<QList<RecordStatusRepository::Entry>> reply)
{
    const Result<QHash<QString, RecordStatusRepository::Entry>> all = RecordStatusRepository(m_store).all();
    if (!all) {
        reply(all.problem());
        return;
    }
    reply(all->values());
}

void Worker::saveRequiredRecords(const QList<RequiredRecord> &records,
                                 RequiredRecords::Format format,
                                 const QString &path,
                                 Reply<QString> reply)
{
    const auto failed = [&path](const QString &error) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("records.export"),
                             QCoreApplication::translate("Worker", "The records could not be saved."),
                             QCoreApplication::translate("Worker", "Writing %1 failed: %2").arg(path, error),
                             QCoreApplication::translate("Worker", "Choose a folder you can write to."));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        reply(failed(file.errorString()));
        return;
    }
    file.write(RequiredRecords::text(records, format).toUtf8());
    if (!file.commit()) {
        reply(failed(file.errorString()));
        return;
    }
    reply(path);
}
