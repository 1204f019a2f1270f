#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class Store;

// The orders table: every step of an order is written down as it happens, so an order cut
// short by a crash or a kill resumes from its URL at the next start instead of starting over.
class OrderRepository final
{
public:
    struct Order
    {
        qint64 id = 0;
        qint64 endpointId = 0;
        qint64 accountId = 0;
        QUrl url;
        QString state;
        QString replaces;
        QString problem; // why it failed, for the administrator
        QDateTime createdAt;
        QDateTime finishedAt; // invalid while the order is unfinished
    };

    explicit OrderRepository(std::shared_ptr<Store> store);

    // Fails with "order.in-progress" when the endpoint already has an unfinished order: the
    // database's partial unique index makes that check race-free across threads and processes.
    Result<qint64> begin(qint64 endpointId, qint64 accountId, const QString &replaces);
    Result<void> update(qint64 id, const QUrl &url, const QString &state);
    Result<void> finish(qint64 id, const QString &state, const QString &problem = {});
    Result<QList<Order>> unfinished() const;
    // An endpoint's orders, newest first.
    Result<QList<Order>> history(qint64 endpointId, int limit) const;

private:
    std::shared_ptr<Store> m_store;
};
