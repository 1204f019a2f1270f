#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimer>

#include <memory>

class Clock;
class Store;

// One line per hub request: who asked (client id, address), through which API, to do what,
// for which name, and whether and why it was allowed or denied. Never holds a secret; the
// reason is the precise one (e.g. "wrong secret") that the HTTP answer deliberately hides.
//
// The hub records through record(): entries are stamped at once and written a few milliseconds
// later, many in one transaction, so a busy hub does not pay one SQLite commit (and its share
// of WAL checkpoints) per request. A crash can lose at most the last FlushDelayMs of entries;
// destruction and recent() write everything queued first.
class HubAuditLog final
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString clientId;
        QString remote;
        QString api;    // "acme-dns", "httpreq", "certify", "hub"
        QString action; // "present", "cleanup", "register", "status", ...
        QString name;
        bool allowed = false;
        QString reason;
    };

    static constexpr int FlushDelayMs = 20;
    static constexpr int FlushBatch = 256;

    HubAuditLog(std::shared_ptr<Store> store, const Clock &clock);
    ~HubAuditLog();
    Q_DISABLE_COPY_MOVE(HubAuditLog)

    // Writes one entry now and returns its id.
    Result<qint64> append(const Entry &entry);

    // Queues one entry (stamped now) for the next flush; lives on the thread that created the log.
    void record(const Entry &entry);

    // Writes every queued entry in one transaction.
    Result<void> flush() const;

    int queued() const { return int(m_queue.size()); }

    // Newest first; `clientId` empty for all clients.
    Result<QList<Entry>> recent(int limit, const QString &clientId = {}) const;

private:
    static void log(const Entry &entry);

    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
    mutable QList<Entry> m_queue;
    QTimer m_flushTimer;
};
