#include "EndpointTableModel.h"

#include <QLocale>

EndpointTableModel::EndpointTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EndpointTableModel::setEndpoints(const QList<Endpoint> &endpoints)
{
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

int EndpointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_endpoints.size());
}

int EndpointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NamesColumn:
        return tr("Names");
    case ExposureColumn:
        return tr("Reach", "internal or external endpoint");
    case ValidationColumn:
        return tr("Validation");
    case ExpiresColumn:
        return tr("Certificate expires");
    case NextRenewalColumn:
        return tr("Next renewal");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariant EndpointTableModel::displayData(const Endpoint &endpoint, int column) const
{
    const QLocale locale;
    switch (column) {
    case NamesColumn:
        return endpoint.names.join(QStringLiteral(", "));
    case ExposureColumn:
        return endpoint.exposure == Endpoint::Exposure::External ? tr("External") : tr("Internal");
    case ValidationColumn:
        return endpoint.challengeType;
    case ExpiresColumn:
        return endpoint.certificateExpiresAt.isValid()
                   ? locale.toString(endpoint.certificateExpiresAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("No certificate yet");
    case NextRenewalColumn:
        return endpoint.nextRenewalAt.isValid()
                   ? locale.toString(endpoint.nextRenewalAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case StatusColumn:
        return endpoint.status;
    default:
        return {};
    }
}

QVariant EndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Endpoint &endpoint = m_endpoints.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(endpoint, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NamesColumn) {
            return endpoint.names.join(QLatin1Char('\n'));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ExpiresColumn:
            return endpoint.certificateExpiresAt;
        case NextRenewalColumn:
            return endpoint.nextRenewalAt;
        default:
            return displayData(endpoint, index.column());
        }
    case EndpointIdRole:
        return endpoint.id;
    default:
        return {};
    }
}
