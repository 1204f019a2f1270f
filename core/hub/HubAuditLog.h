#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class Clock;
class Store;

// One line per hub request: who asked (client id, address), through which API, to do what,
// for which name, and whether and why it was allowed or denied. Never holds a secret; the
// reason is the precise one (e.g. "wrong secret") that the HTTP answer deliberately hides.
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

    HubAuditLog(std::shared_ptr<Store> store, const Clock &clock);

    Result<qint64> append(const Entry &entry);

    // Newest first; `clientId` empty for all clients.
    Result<QList<Entry>> recent(int limit, const QString &clientId = {}) const;

private:
    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
};
