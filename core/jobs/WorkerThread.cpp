#include "WorkerThread.h"

#include "core/jobs/Worker.h"

WorkerThread::WorkerThread(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(store), secrets))
{
    m_thread.setObjectName(QStringLiteral("certdesk-worker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &Worker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

WorkerThread::~WorkerThread()
{
    shutdown();
    if (!m_started) {
        delete m_worker;
    }
}

void WorkerThread::setChallengePublisherFactory(HubService::PublisherFactory factory)
{
    // The worker's thread is not running yet, so nothing else touches it.
    Q_ASSERT(!m_started);
    m_worker->setChallengePublisherFactory(std::move(factory));
}

void WorkerThread::start()
{
    if (!m_started) {
        m_started = true;
        m_thread.start();
    }
}

void WorkerThread::shutdown()
{
    if (!m_thread.isRunning()) {
        return;
    }
    QMetaObject::invokeMethod(m_worker, &Worker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
