#pragma once

#include "core/jobs/OrderRepository.h"

#include <QAbstractTableModel>
#include <QList>

// An endpoint's certificate orders, newest first: when, how it ended, and why it failed.
class OrderHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        ResultColumn,
        FinishedColumn,
        ProblemColumn,
        ColumnCount,
    };

    explicit OrderHistoryModel(QObject *parent = nullptr);

    void setOrders(const QList<OrderRepository::Order> &orders);

    static QString resultText(const OrderRepository::Order &order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrderRepository::Order> m_orders;
};
