#pragma once

#include "core/Problem.h"
#include "core/endpoints/Endpoint.h"
#include "core/jobs/RecordWatcher.h"

#include <QList>
#include <QObject>

class Profile;
class SecretStore;
class WorkerThread;

// The UI's one door into core. It lives on the GUI thread, returns at once, forwards work
// to the worker thread and re-emits the worker's answers here as queued signals.
class Facade final : public QObject
{
    Q_OBJECT

public:
    explicit Facade(Profile &profile, QObject *parent = nullptr);
    ~Facade() override;
    Q_DISABLE_COPY_MOVE(Facade)

    Profile &profile() const { return m_profile; }

    void start();
    void shutdown();

    void refreshEndpoints();

Q_SIGNALS:
    void endpointsChanged(const QList<Endpoint> &endpoints);
    void problemOccurred(const Problem &problem);
    // A required DNS record that was OK broke, or a missing one appeared (for the list and the tray).
    void requiredRecordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change);

private:
    Profile &m_profile;
    SecretStore *m_secrets;
    WorkerThread *m_worker;
};
