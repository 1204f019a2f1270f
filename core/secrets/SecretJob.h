#pragma once

#include "core/Problem.h"
#include "core/secrets/SecretRef.h"

#include <QByteArray>
#include <QObject>

class SecretStore;

// One keychain operation. Create it through SecretStore (from any thread), connect, call start().
// start() never emits synchronously. The job lives in the store's thread: `finished` and then
// `completed` fire exactly once there, after which the job deletes itself (deleteLater). Receivers
// in another thread connect `completed`, which carries the outcome as values. Do not delete it.
class SecretJob final : public QObject
{
    Q_OBJECT

public:
    enum class Operation {
        Write,
        Read,
        Remove,
    };
    Q_ENUM(Operation)

    ~SecretJob() override;
    Q_DISABLE_COPY_MOVE(SecretJob)

    void start();

    Operation operation() const { return m_operation; }

    SecretRef ref() const { return m_ref; }

    // Valid after `finished`.
    bool failed() const { return m_failed; }

    const Problem &problem() const { return m_problem; }

    QByteArray data() const { return m_data; } // the secret, for Read

Q_SIGNALS:
    void finished(SecretJob *job);
    // Emitted right after `finished`, with the outcome as values. A receiver in another thread
    // must use this one: its queued call runs after the job has deleted itself.
    void completed(bool failed, const Problem &problem, const QByteArray &data);

private:
    friend class SecretStore;

    SecretJob(SecretStore *store, Operation operation, SecretRef ref, QByteArray data);
    void complete(bool failed, const Problem &problem, const QByteArray &data);

    SecretStore *m_store;
    Operation m_operation;
    SecretRef m_ref;
    QByteArray m_data;
    bool m_started = false;
    bool m_failed = false;
    Problem m_problem;
};
