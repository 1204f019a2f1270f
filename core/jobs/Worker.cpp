#include "Worker.h"

#include "core/endpoints/EndpointRepository.h"
#include "core/store/ActivityLog.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcWorker, "certdesk.core.jobs")

Worker::Worker(std::shared_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
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
