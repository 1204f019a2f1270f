#pragma once

#include "core/store/ActivityLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

// Activity log entries, newest first. New entries arrive as inserted rows at the top, so a
// reader's selection and scroll position stay put while renewals keep logging.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        SeverityColumn,
        EndpointColumn,
        MessageColumn,
        ColumnCount,
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        SeverityRole,   // ActivityLog::Severity as int
        EndpointIdRole, // qint64, 0 for entries about no endpoint
    };

    explicit ActivityLogModel(QObject *parent = nullptr);

    // Entries newest first, as ActivityLog::recent returns them. Entries newer than the
    // newest shown are inserted at the top; anything else replaces the list.
    void setEntries(const QList<ActivityLog::Entry> &entries);
    // How endpoints are named in the Endpoint column.
    void setEndpointNames(const QHash<qint64, QString> &names);

    const ActivityLog::Entry &entryAt(int row) const { return m_entries.at(row); }

    static QString severityText(ActivityLog::Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString endpointName(const ActivityLog::Entry &entry) const;

    QList<ActivityLog::Entry> m_entries;
    QHash<qint64, QString> m_endpointNames;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
    QIcon m_infoIcon;
};
