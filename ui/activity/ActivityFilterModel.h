#pragma once

#include "core/store/ActivityLog.h"

#include <QSortFilterProxyModel>

// Narrows the activity log to one endpoint, a minimum severity and some text.
class ActivityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilterModel(QObject *parent = nullptr);

    // 0: every endpoint (and entries about none).
    void setEndpointId(qint64 endpointId);
    void setMinimumSeverity(ActivityLog::Severity severity);
    void setText(const QString &text);

    qint64 endpointId() const { return m_endpointId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_endpointId = 0;
    ActivityLog::Severity m_minimum = ActivityLog::Severity::Debug;
    QString m_text;
};
