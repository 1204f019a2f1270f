#include "Facade.h"

#include "core/Profile.h"
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
    connect(worker, &Worker::recordChanged, this, &Facade::requiredRecordChanged, Qt::QueuedConnection);
}

Facade::~Facade()
{
    shutdown();
}

void Facade::start()
{
    m_worker->start();
}

void Facade::shutdown()
{
    m_worker->shutdown();
}

void Facade::refreshEndpoints()
{
    QMetaObject::invokeMethod(m_worker->worker(), &Worker::loadEndpoints, Qt::QueuedConnection);
}
