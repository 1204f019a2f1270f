#pragma once

#include "core/Problem.h"
#include "core/endpoints/Endpoint.h"

#include <QObject>

#include <memory>

class Store;

// The background side of CertDesk. It lives on its own QThread (see WorkerThread) and owns
// everything that waits on the network, the disk or crypto; the GUI talks to it only through
// queued signals and slots.
class Worker final : public QObject
{
    Q_OBJECT

public:
    explicit Worker(std::shared_ptr<Store> store, QObject *parent = nullptr);
    ~Worker() override;
    Q_DISABLE_COPY_MOVE(Worker)

    std::shared_ptr<Store> store() const { return m_store; }

public Q_SLOTS:
    // Both run on the worker thread.
    void start();
    void stop();
    // Reads the endpoint list and answers with endpointsLoaded (or failed).
    void loadEndpoints();

Q_SIGNALS:
    void started();
    void failed(const Problem &problem);
    void stopped();
    void endpointsLoaded(const QList<Endpoint> &endpoints);

private:
    std::shared_ptr<Store> m_store;
    bool m_running = false;
};
