#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class RequiredRecordModel;

// Sorts the required records and narrows them to a status (or to every record that needs the
// administrator) and to what is typed: every word must appear in the endpoint, the name, the
// value or the type. Reads the model's rows directly, so a keystroke stays fast with tens of
// thousands of records.
class RequiredRecordFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // Besides RecordStatus::State values (as int) and RequiredRecordModel::NotChecked:
    static constexpr int AnyStatus = -100;
    static constexpr int NeedsAction = -101; // not OK and not just propagating, or not checked yet

    explicit RequiredRecordFilterModel(RequiredRecordModel *model, QObject *parent = nullptr);

    void setStatusFilter(int status);

    int statusFilter() const { return m_status; }

    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RequiredRecordModel *m_model;
    int m_status = AnyStatus;
    QString m_text; // lower case
    QStringList m_words;
};
