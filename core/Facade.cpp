#include "Facade.h"

#include "core/Profile.h"
#include "core/jobs/RenewalLock.h"
#include "core/hub/HubSettings.h"
#include "core/jobs/Worker.h"
#include "core/jobs/WorkerThread.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

Facade::Facade(Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(new SecretStore(profile.store()->profileId(), this))
    , m_worker(new WorkerThread(profile.store(), m_secrets, this))
{
    Worker *worker = m_worker->worker();
    connect(worker, &Worker::endpointsLoaded, this, &Facade::endpointsChanged, Qt::QueuedConnection);
    connect(worker, &Worker::failed, this, &Facade::problemOccurred, Qt::QueuedConnection);
    connect(worker, &Worker::started, this, &Facade::refreshEndpoints, Qt::QueuedConnection);
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

void Facade::stopHub()
{
    QMetaObject::invokeMethod(m_worker->worker(), &Worker::stopHub, Qt::QueuedConnection);
}
