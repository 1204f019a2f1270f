#include "ActivityLogModel.h"

#include <QLocale>

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_errorIcon(QStringLiteral(":/icons/status-failed.svg"))
    , m_warningIcon(QStringLiteral(":/icons/status-attention.svg"))
    , m_infoIcon(QStringLiteral(":/icons/status-info.svg"))
{
}

void ActivityLogModel::setEntries(const QList<ActivityLog::Entry> &entries)
{
    if (!m_entries.isEmpty() && !entries.isEmpty()) {
        // The usual refresh: the same log with a few new entries on top.
        const qint64 newestShown = m_entries.first().id;
        qsizetype fresh = 0;
        while (fresh < entries.size() && entries.at(fresh).id > newestShown) {
            ++fresh;
        }
        if (fresh < entries.size() && entries.at(fresh).id == newestShown) {
            if (fresh > 0) {
                beginInsertRows({}, 0, static_cast<int>(fresh) - 1);
                m_entries = entries.mid(0, fresh) + m_entries;
                endInsertRows();
            }
            return;
        }
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ActivityLogModel::setEndpointNames(const QHash<qint64, QString> &names)
{
    m_endpointNames = names;
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, EndpointColumn), index(rowCount() - 1, EndpointColumn));
    }
}

QString ActivityLogModel::severityText(ActivityLog::Severity severity)
{
    switch (severity) {
    case ActivityLog::Severity::Debug:
        return tr("Debug");
    case ActivityLog::Severity::Info:
        return tr("Information");
    case ActivityLog::Severity::Warning:
        return tr("Warning");
    case ActivityLog::Severity::Error:
        return tr("Error");
    }
    return {};
}

QString ActivityLogModel::endpointName(const ActivityLog::Entry &entry) const
{
    if (!entry.endpointId) {
        return {};
    }
    return m_endpointNames.value(*entry.endpointId, tr("Deleted endpoint"));
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case EndpointColumn:
        return tr("Endpoint");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ActivityLog::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case SeverityColumn:
            return severityText(entry.severity);
        case EndpointColumn:
            return endpointName(entry);
        case MessageColumn:
            return entry.detail.isEmpty() ? entry.message
                                          : tr("%1 — %2", "message — detail")
                                                .arg(entry.message, entry.detail.section(QLatin1Char('\n'), 0, 0));
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn) {
            return {};
        }
        switch (entry.severity) {
        case ActivityLog::Severity::Error:
            return m_errorIcon;
        case ActivityLog::Severity::Warning:
            return m_warningIcon;
        default:
            return m_infoIcon;
        }
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == TimeColumn) {
            QString text =
                QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat) + QLatin1Char('\n') + entry.message;
            if (!entry.detail.isEmpty()) {
                text += QLatin1Char('\n') + entry.detail;
            }
            return text;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.id; // ids grow with time and never tie
        case SeverityColumn:
            return static_cast<int>(entry.severity);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SeverityRole:
        return static_cast<int>(entry.severity);
    case EndpointIdRole:
        return entry.endpointId.value_or(0);
    default:
        return {};
    }
}
