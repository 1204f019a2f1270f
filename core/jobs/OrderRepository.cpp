#include "OrderRepository.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Problem storageProblem(const QSqlQuery &query)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("store.orders"),
                         QCoreApplication::translate("OrderRepository", "The order could not be recorded."))
        .withTechnical(query.lastError().text());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

OrderRepository::OrderRepository(std::shared_ptr<Store> store)
    : m_store(std::move(store))
{
}

Result<qint64> OrderRepository::begin(qint64 endpointId, qint64 accountId, const QString &replaces)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("INSERT INTO orders (endpoint_id, account_id, state, replaces, created_at, updated_at) "
                                 "VALUES (?, ?, 'new', ?, ?, ?)"));
    query.addBindValue(endpointId);
    query.addBindValue(accountId);
    query.addBindValue(replaces.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(replaces));
    query.addBindValue(now());
    query.addBindValue(now());
    if (!query.exec()) {
        if (query.lastError().text().contains(QLatin1String("UNIQUE"))) {
            return Problem::make(Problem::Category::Conflict,
                                 QStringLiteral("order.in-progress"),
                                 QCoreApplication::translate("OrderRepository",
                                                             "A certificate order for this endpoint is already running."),
                                 {},
                                 QCoreApplication::translate("OrderRepository",
                                                             "Wait for it to finish; its progress is in the activity "
                                                             "log."));
        }
        return storageProblem(query);
    }
    return query.lastInsertId().toLongLong();
}

Result<void> OrderRepository::update(qint64 id, const QUrl &url, const QString &state)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE orders SET order_url = coalesce(?, order_url), state = ?, updated_at = ? "
                                 "WHERE id = ?"));
    query.addBindValue(url.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(url.toString()));
    query.addBindValue(state);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}

Result<void> OrderRepository::finish(qint64 id, const QString &state, const QString &problem)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE orders SET state = ?, problem = ?, updated_at = ?, finished_at = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(problem.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(problem));
    query.addBindValue(now());
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}

Result<QList<OrderRepository::Order>> OrderRepository::unfinished() const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("SELECT id, endpoint_id, account_id, order_url, state, replaces FROM orders "
                                   "WHERE finished_at IS NULL ORDER BY id"))) {
        return storageProblem(query);
    }
    QList<Order> orders;
    while (query.next()) {
        orders << Order{query.value(0).toLongLong(),
                        query.value(1).toLongLong(),
                        query.value(2).toLongLong(),
                        QUrl(query.value(3).toString()),
                        query.value(4).toString(),
                        query.value(5).toString()};
    }
    return orders;
}
