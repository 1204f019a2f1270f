#pragma once

#include "core/hub/HubService.h"

#include <QObject>
#include <QThread>

#include <memory>

class SecretStore;
class Store;
class Worker;

// Owns the worker's QThread: starts the worker there and, on shutdown, lets it finish its
// current step and joins the thread so the database is closed cleanly.
class WorkerThread final : public QObject
{
    Q_OBJECT

public:
    WorkerThread(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent = nullptr);
    ~WorkerThread() override;
    Q_DISABLE_COPY_MOVE(WorkerThread)

    Worker *worker() const { return m_worker; }

    // Before start(): how the hub (run on the worker thread) writes DNS records.
    void setChallengePublisherFactory(HubService::PublisherFactory factory);

    void start();
    void shutdown();

private:
    QThread m_thread;
    Worker *m_worker;
    bool m_started = false;
};
