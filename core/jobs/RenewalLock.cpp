#include "RenewalLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>

RenewalLock::RenewalLock(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("renewals.lock")))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // Never treat a live holder's lock as stale, however long it runs; only a dead PID frees it.
    m_lock->setStaleLockTime(0);
}

RenewalLock::~RenewalLock() = default;

bool RenewalLock::isHeld() const
{
    return m_lock->isLocked();
}

Result<void> RenewalLock::acquire()
{
    if (m_lock->isLocked() || m_lock->tryLock(0)) {
        return {};
    }
    qint64 pid = 0;
    QString host;
    QString application;
    m_lock->getLockInfo(&pid, &host, &application);
    if (m_lock->error() == QLockFile::LockFailedError) {
        return Problem::make(
            Problem::Category::Conflict,
            QStringLiteral("renewals.locked"),
            QCoreApplication::translate("RenewalLock", "Another CertDesk already runs renewals for this profile."),
            QCoreApplication::translate("RenewalLock", "Process %1 on %2 holds %3.")
                .arg(pid)
                .arg(host, QDir::toNativeSeparators(m_path)),
            QCoreApplication::translate("RenewalLock",
                                        "Stop the other instance (for example the certdesk "
                                        "service) or use it; one instance renews for all."));
    }
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("renewals.lock-failed"),
                         QCoreApplication::translate("RenewalLock", "The renewal lock cannot be created."),
                         QDir::toNativeSeparators(m_path),
                         QCoreApplication::translate("RenewalLock", "Check that the data folder is writable."));
}
