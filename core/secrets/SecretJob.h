#pragma once

#include "core/Problem.h"
#include "core/secrets/SecretRef.h"

#include <QByteArray>
#include <QObject>

class SecretStore;

// One keychain operation. Create it through SecretStore, connect `finished`, call start().
// start() never emits synchronously; `finished` fires exactly once, in the thread the job
// lives in, after which the job deletes itself (deleteLater). Do not delete it yourself.
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
