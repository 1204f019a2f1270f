#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class QLockFile;

// Only one process per profile runs renewals: the GUI's worker or `certdesk --headless`,
// never both, or every certificate would be ordered twice. The lock is a file in the data
// folder holding the owner's PID; a lock left by a process that died is taken over.
class RenewalLock final
{
public:
    explicit RenewalLock(const QString &dataDir);
    ~RenewalLock();
    Q_DISABLE_COPY_MOVE(RenewalLock)

    // Succeeds at once or explains who holds the lock; never waits.
    Result<void> acquire();
    bool isHeld() const;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};
