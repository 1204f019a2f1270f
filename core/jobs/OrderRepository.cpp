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
    query.prepare(
        QStringLiteral("INSERT INTO orders (endpoint_id, account_id, state, replaces, created_at, updated_at) "
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
                                 QCoreApplication::translate(
                                     "OrderRepository", "A certificate order for this endpoint is already running."),
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
    query.prepare(
        QStringLiteral("UPDATE orders SET state = ?, problem = ?, updated_at = ?, finished_at = ? WHERE id = ?"));
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

namespace {

constexpr auto orderColumns =
    "id, endpoint_id, account_id, order_url, state, replaces, problem, created_at, finished_at";

OrderRepository::Order orderFrom(const QSqlQuery &query)
{
    OrderRepository::Order order;
    order.id = query.value(0).toLongLong();
    order.endpointId = query.value(1).toLongLong();
    order.accountId = query.value(2).toLongLong();
    order.url = QUrl(query.value(3).toString());
    order.state = query.value(4).toString();
    order.replaces = query.value(5).toString();
    order.problem = query.value(6).toString();
    order.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    order.finishedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return order;
}

} // namespace

Result<QList<OrderRepository::Order>> OrderRepository::unfinished() const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM orders WHERE finished_at IS NULL ORDER BY id")
                        .arg(QLatin1String(orderColumns)))) {
        return storageProblem(query);
    }
    QList<Order> orders;
    while (query.next()) {
        orders << orderFrom(query);
    }
    return orders;
}

Result<QList<OrderRepository::Order>> OrderRepository::history(qint64 endpointId, int limit) const
{
    QSqlQuery query(m_store->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM orders WHERE endpoint_id = ? ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(orderColumns)));
    query.addBindValue(endpointId);
    query.addBindValue(limit);
    if (!query.exec()) {
        return storageProblem(query);
    }
    QList<Order> orders;
    while (query.next()) {
        orders << orderFrom(query);
    }
    return orders;
}
