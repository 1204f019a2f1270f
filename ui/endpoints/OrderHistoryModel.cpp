#include "OrderHistoryModel.h"

#include <QLocale>

OrderHistoryModel::OrderHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrderHistoryModel::setOrders(const QList<OrderRepository::Order> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

QString OrderHistoryModel::resultText(const OrderRepository::Order &order)
{
    if (!order.finishedAt.isValid()) {
        return tr("In progress (%1)", "order state as the CA names it").arg(order.state);
    }
    if (order.state == QLatin1String("valid")) {
        return tr("Certificate issued");
    }
    return tr("Failed");
}

int OrderHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_orders.size());
}

int OrderHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case ResultColumn:
        return tr("Result");
    case FinishedColumn:
        return tr("Finished");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

QVariant OrderHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrderRepository::Order &order = m_orders.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ProblemColumn && !order.problem.isEmpty()) {
        return order.problem;
    }
    if (role == Qt::ToolTipRole && index.column() == ResultColumn && order.url.isValid()) {
        return order.url.toString();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case StartedColumn:
        return locale.toString(order.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ResultColumn:
        return resultText(order);
    case FinishedColumn:
        return order.finishedAt.isValid() ? locale.toString(order.finishedAt.toLocalTime(), QLocale::ShortFormat)
                                          : QString();
    case ProblemColumn:
        return order.problem;
    default:
        return {};
    }
}
