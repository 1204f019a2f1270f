#pragma once

#include "core/Problem.h"
#include "core/endpoints/Endpoint.h"
#include "core/jobs/RecordWatcher.h"

#include <QObject>

#include <memory>

class OrderQueue;
class RenewalScheduler;
class SecretStore;
class Store;

// The background side of CertDesk. It lives on its own QThread (see WorkerThread) and owns
// everything that waits on the network, the disk or crypto; the GUI talks to it only through
// queued signals and slots.
class Worker final : public QObject
{
    Q_OBJECT

public:
    // `secrets` lives on the main thread and outlives the worker.
    Worker(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent = nullptr);
    ~Worker() override;
    Q_DISABLE_COPY_MOVE(Worker)

    std::shared_ptr<Store> store() const { return m_store; }

public Q_SLOTS:
    // Both run on the worker thread.
    void start();
    void stop();
    // Reads the endpoint list and answers with endpointsLoaded (or failed).
    void loadEndpoints();
    // Orders certificates now (the GUI's "renew now", a first issuance).
    void issueNow(const QList<qint64> &endpointIds);
    void setRenewalsPaused(bool paused);

Q_SIGNALS:
    void started();
    void failed(const Problem &problem);
    void stopped();
    void endpointsLoaded(const QList<Endpoint> &endpoints);
    void orderProgress(qint64 endpointId, const QString &step);
    void orderFinished(qint64 endpointId, bool succeeded, const Problem &problem);
    void renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt);
    // A required DNS record that was OK broke, or a missing one appeared (RecordWatcher).
    void recordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change);

private:
    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    OrderQueue *m_queue = nullptr;
    RenewalScheduler *m_scheduler = nullptr;
    RecordWatcher *m_watcher = nullptr;
    bool m_running = false;
};
