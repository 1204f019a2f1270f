#include "ActivityFilterModel.h"

#include "ActivityLogModel.h"

ActivityFilterModel::ActivityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActivityLogModel::SortRole);
}

void ActivityFilterModel::setEndpointId(qint64 endpointId)
{
    if (endpointId != m_endpointId) {
        m_endpointId = endpointId;
        invalidateFilter();
    }
}

void ActivityFilterModel::setMinimumSeverity(ActivityLog::Severity severity)
{
    if (severity != m_minimum) {
        m_minimum = severity;
        invalidateFilter();
    }
}

void ActivityFilterModel::setText(const QString &text)
{
    if (text.trimmed() != m_text) {
        m_text = text.trimmed();
        invalidateFilter();
    }
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_endpointId != 0 && first.data(ActivityLogModel::EndpointIdRole).toLongLong() != m_endpointId) {
        return false;
    }
    if (first.data(ActivityLogModel::SeverityRole).toInt() < static_cast<int>(m_minimum)) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (int column : {ActivityLogModel::EndpointColumn, ActivityLogModel::MessageColumn}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}
