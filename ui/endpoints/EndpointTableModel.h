#pragma once

#include "core/endpoints/Endpoint.h"

#include <QAbstractTableModel>
#include <QList>

// The endpoint list: one row per endpoint. Display text is for people; SortRole carries the
// raw value (dates, not "in 3 days") so sorting by expiry is correct.
class EndpointTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NamesColumn,
        ExposureColumn,
        ValidationColumn,
        ExpiresColumn,
        NextRenewalColumn,
        StatusColumn,
        ColumnCount,
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        EndpointIdRole,
    };

    explicit EndpointTableModel(QObject *parent = nullptr);

    void setEndpoints(const QList<Endpoint> &endpoints);

    const Endpoint &endpointAt(int row) const { return m_endpoints.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Endpoint &endpoint, int column) const;

    QList<Endpoint> m_endpoints;
};
