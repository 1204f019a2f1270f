#include "Facade.h"

#include "core/Profile.h"
#include "core/hub/HubSettings.h"
#include "core/jobs/RenewalLock.h"
#include "core/jobs/Worker.h"
#include "core/jobs/WorkerThread.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QPointer>

Facade::Facade(Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(new SecretStore(profile.store()->profileId(), this))
    , m_worker(new WorkerThread(profile.store(), m_secrets, this))
{
    Worker *worker = m_worker->worker();
    connect(worker, &Worker::endpointsLoaded, this, &Facade::endpointsChanged, Qt::QueuedConnection);
    connect(worker, &Worker::endpointUpdated, this, &Facade::endpointUpdated, Qt::QueuedConnection);
    connect(worker, &Worker::endpointsRemoved, this, &Facade::endpointsRemoved, Qt::QueuedConnection);
    connect(worker, &Worker::accountsChanged, this, &Facade::accountsChanged, Qt::QueuedConnection);
    connect(worker, &Worker::orderQueued, this, &Facade::orderQueued, Qt::QueuedConnection);
    connect(worker, &Worker::orderProgress, this, &Facade::orderProgress, Qt::QueuedConnection);
    connect(worker, &Worker::orderFinished, this, &Facade::orderFinished, Qt::QueuedConnection);
    connect(worker, &Worker::renewalFailed, this, &Facade::renewalFailed, Qt::QueuedConnection);
    connect(worker, &Worker::failed, this, &Facade::problemOccurred, Qt::QueuedConnection);
    connect(worker, &Worker::started, this, &Facade::refreshEndpoints, Qt::QueuedConnection);
    connect(worker, &Worker::recordChanged, this, &Facade::requiredRecordChanged, Qt::QueuedConnection);
    connect(worker, &Worker::recordsChecked, this, &Facade::requiredRecordsChecked, Qt::QueuedConnection);
    connect(worker, &Worker::hubStarted, this, &Facade::hubStarted, Qt::QueuedConnection);
    connect(worker, &Worker::hubStopped, this, &Facade::hubStopped, Qt::QueuedConnection);
    connect(worker, &Worker::hubFailed, this, &Facade::hubFailed, Qt::QueuedConnection);
}

void Facade::setChallengePublisherFactory(HubService::PublisherFactory factory)
{
    m_worker->setChallengePublisherFactory(std::move(factory));
}

Facade::~Facade()
{
    shutdown();
}

void Facade::start()
{
    m_lock = std::make_unique<RenewalLock>(m_profile.dataDir());
    if (Result<void> locked = m_lock->acquire(); !locked) {
        m_worker->worker()->setRenewalsEnabled(false);
        QMetaObject::invokeMethod(
            this,
            [this, problem = locked.problem()] {
                Q_EMIT problemOccurred(problem);
            },
            Qt::QueuedConnection);
    }
    m_worker->start();
}

bool Facade::runsRenewals() const
{
    return m_lock && m_lock->isHeld();
}

void Facade::shutdown()
{
    m_worker->shutdown();
}

void Facade::refreshEndpoints()
{
    QMetaObject::invokeMethod(m_worker->worker(), &Worker::loadEndpoints, Qt::QueuedConnection);
}

void Facade::startHub()
{
    // Settings are read here, on the thread that owns them; the worker gets a plain value.
    QMetaObject::invokeMethod(
        m_worker->worker(),
        [worker = m_worker->worker(), settings = HubSettings::fromProfile(m_profile)] {
            worker->startHub(settings);
        },
        Qt::QueuedConnection);
}

void Facade::issueNow(const QList<qint64> &endpointIds)
{
    Worker *worker = m_worker->worker();
    QMetaObject::invokeMethod(
        worker,
        [worker, endpointIds] {
            worker->issueNow(endpointIds);
        },
        Qt::QueuedConnection);
}

void Facade::stopHub()
{
    QMetaObject::invokeMethod(m_worker->worker(), &Worker::stopHub, Qt::QueuedConnection);
}

void Facade::renewDueNow()
{
    QMetaObject::invokeMethod(m_worker->worker(), &Worker::checkRenewalsNow, Qt::QueuedConnection);
}

void Facade::setRenewalsPaused(bool paused)
{
    if (paused == m_renewalsPaused) {
        return;
    }
    m_renewalsPaused = paused;
    Worker *worker = m_worker->worker();
    QMetaObject::invokeMethod(
        worker,
        [worker, paused] {
            worker->setRenewalsPaused(paused);
        },
        Qt::QueuedConnection);
    Q_EMIT renewalsPausedChanged(paused);
}

template <typename T, typename Call>
void Facade::ask(QObject *context, Done<T> done, Call call)
{
    // The reply is posted to the facade (which outlives the worker thread: its destructor
    // joins it) and delivered only if the asking object still exists.
    QPointer<QObject> guard(context);
    Worker::Reply<T> reply = [this, guard, done = std::move(done)](Result<T> result) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, result = std::move(result)] {
                if (guard) {
                    done(result);
                }
            },
            Qt::QueuedConnection);
    };
    Worker *worker = m_worker->worker();
    QMetaObject::invokeMethod(
        worker,
        [worker, call = std::move(call), reply = std::move(reply)]() mutable {
            call(worker, std::move(reply));
        },
        Qt::QueuedConnection);
}

void Facade::addEndpoint(const Endpoint &endpoint, QObject *context, Done<Endpoint> done)
{
    ask<Endpoint>(context, std::move(done), [endpoint](Worker *worker, Worker::Reply<Endpoint> reply) {
        worker->addEndpoint(endpoint, std::move(reply));
    });
}

void Facade::updateEndpoint(const Endpoint &endpoint, QObject *context, Done<Endpoint> done)
{
    ask<Endpoint>(context, std::move(done), [endpoint](Worker *worker, Worker::Reply<Endpoint> reply) {
        worker->updateEndpoint(endpoint, std::move(reply));
    });
}

void Facade::removeEndpoints(const QList<qint64> &endpointIds, QObject *context, Done<QList<qint64>> done)
{
    ask<QList<qint64>>(context, std::move(done), [endpointIds](Worker *worker, Worker::Reply<QList<qint64>> reply) {
        worker->removeEndpoints(endpointIds, std::move(reply));
    });
}

void Facade::loadEndpointDetails(qint64 endpointId, QObject *context, Done<EndpointDetails> done)
{
    ask<EndpointDetails>(context, std::move(done), [endpointId](Worker *worker, Worker::Reply<EndpointDetails> reply) {
        worker->loadEndpointDetails(endpointId, std::move(reply));
    });
}

void Facade::exportCertificates(
    const QList<qint64> &endpointIds, const QString &folder, bool writePfx, QObject *context, Done<QStringList> done)
{
    ask<QStringList>(
        context, std::move(done), [endpointIds, folder, writePfx](Worker *worker, Worker::Reply<QStringList> reply) {
            worker->exportCertificates(endpointIds, folder, writePfx, std::move(reply));
        });
}

void Facade::loadAccounts(QObject *context, Done<QList<CaAccount>> done)
{
    ask<QList<CaAccount>>(context, std::move(done), [](Worker *worker, Worker::Reply<QList<CaAccount>> reply) {
        worker->loadAccounts(std::move(reply));
    });
}

void Facade::fetchDirectory(const QUrl &directoryUrl,
                            const QString &caBundlePath,
                            QObject *context,
                            Done<AcmeDirectory> done)
{
    ask<AcmeDirectory>(
        context, std::move(done), [directoryUrl, caBundlePath](Worker *worker, Worker::Reply<AcmeDirectory> reply) {
            worker->fetchDirectory(directoryUrl, caBundlePath, std::move(reply));
        });
}

void Facade::registerAccount(const AccountRegistration::Request &request, QObject *context, Done<CaAccount> done)
{
    ask<CaAccount>(context, std::move(done), [request](Worker *worker, Worker::Reply<CaAccount> reply) {
        worker->registerAccount(request, std::move(reply));
    });
}

void Facade::loadActivity(int limit, QObject *context, Done<QList<ActivityLog::Entry>> done)
{
    ask<QList<ActivityLog::Entry>>(
        context, std::move(done), [limit](Worker *worker, Worker::Reply<QList<ActivityLog::Entry>> reply) {
            worker->loadActivity(limit, std::move(reply));
        });
}

void Facade::loadRequiredRecords(const QList<qint64> &endpointIds, QObject *context, Done<RequiredRecordSet> done)
{
    ask<RequiredRecordSet>(
        context, std::move(done), [endpointIds](Worker *worker, Worker::Reply<RequiredRecordSet> reply) {
            worker->loadRequiredRecords(endpointIds, std::move(reply));
        });
}

void Facade::checkRequiredRecords(const QList<qint64> &endpointIds, QObject *context, Done<RecordWatcher::Report> done)
{
    ask<RecordWatcher::Report>(
        context, std::move(done), [endpointIds](Worker *worker, Worker::Reply<RecordWatcher::Report> reply) {
            worker->checkRequiredRecords(endpointIds, std::move(reply));
        });
}

void Facade::loadRecordChecks(QObject *context, Done<QList<RecordStatusRepository::Entry>> done)
{
    ask<QList<RecordStatusRepository::Entry>>(
        context, std::move(done), [](Worker *worker, Worker::Reply<QList<RecordStatusRepository::Entry>> reply) {
            worker->loadRecordChecks(std::move(reply));
        });
}

void Facade::saveRequiredRecords(const QList<RequiredRecord> &records,
                                 RequiredRecords::Format format,
                                 const QString &path,
                                 QObject *context,
                                 Done<QString> done)
{
    ask<QString>(context, std::move(done), [records, format, path](Worker *worker, Worker::Reply<QString> reply) {
        worker->saveRequiredRecords(records, format, path, std::move(reply));
    });
}
