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
    if (const int interval = qEnvironmentVariableIntValue("CERTDESK_RENEWAL_CHECK_SECONDS"); interval > 0) {
        m_scheduler->setCheckInterval(interval);
    }
    m_watcher = new RecordWatcher(m_store, Clock::system(), this);
    connect(m_watcher, &RecordWatcher::recordChanged, this, &Worker::recordChanged);
    m_scheduler->setRecordWatcher(m_watcher);
    m_watcher->start(qEnvironmentVariableIntValue("CERTDESK_RECORD_CHECK_SECONDS"));
    m_queue->resumeUnfinished();
    m_scheduler->start();
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
