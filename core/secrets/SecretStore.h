#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/secrets/SecretJob.h"
#include "core/secrets/SecretRef.h"

#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>

namespace QKeychain {
class Job;
}

// The OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) behind one
// asynchronous interface. Jobs may be created from any thread; the keychain calls themselves
// run in the thread this object lives in (QtKeychain's job queue is not thread-safe), and
// results travel back as queued calls. There is deliberately no plaintext fallback.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    // `profileId` keeps two profiles (two --data-dir folders) from seeing each other's secrets.
    explicit SecretStore(const QString &profileId, QObject *parent = nullptr);
    ~SecretStore() override;
    Q_DISABLE_COPY_MOVE(SecretStore)

    SecretJob *write(const SecretRef &ref, const QByteArray &secret);
    SecretJob *read(const SecretRef &ref);
    SecretJob *remove(const SecretRef &ref);

    // Conveniences for chained work: start the job at once and call `done` in `context`'s
    // thread (never if `context` is gone by then).
    void fetch(const SecretRef &ref, QObject *context, std::function<void(Result<QByteArray>)> done);
    void
    store(const SecretRef &ref, const QByteArray &secret, QObject *context, std::function<void(Result<void>)> done);
    void erase(const SecretRef &ref, QObject *context, std::function<void(Result<void>)> done);

    // Jobs started and not yet finished, from any thread. A process about to exit waits for
    // them, or a write or removal it started without waiting would be lost.
    bool hasPendingJobs() const { return m_pending.load() > 0; }

    // The keychain service name entries are filed under.
    QString service() const { return m_service; }

    // Turns a QtKeychain failure into something an administrator can act on.
    static Problem problemFor(int keychainError, const QString &errorString, const SecretRef &ref);

private:
    friend class SecretJob;

    void run(SecretJob *job);

    QString m_service;
    std::atomic<int> m_pending{0};
    // Every job not yet deleted: a store that goes first (at shutdown, before the keychain
    // answered) deletes them, since nothing else ever will.
    QMutex m_jobsMutex;
    QSet<SecretJob *> m_jobs;
};
