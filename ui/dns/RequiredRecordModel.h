#pragma once

#include "core/dns/RecordStatus.h"
#include "core/dns/RecordStatusRepository.h"
#include "core/endpoints/RequiredRecordSet.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>

#include <array>
#include <optional>

// The DNS review's table: one row per required record, with what the last live check (or,
// before one ran, the last stored check) found. Display text is for people; ValueRole and
// NameRole carry exactly what goes into a DNS console. A new check result updates only the
// rows it changes, in contiguous ranges, so selections survive the automatic re-checks.
class RequiredRecordModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EndpointColumn, // which endpoint needs it (the all-endpoints view)
        NameColumn,
        TypeColumn,
        ValueColumn,
        CopyColumn, // the copy buttons (CopyButtonDelegate)
        StatusColumn,
        SummaryColumn, // the check's one-sentence finding
        ColumnCount,
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        StateRole, // RecordStatus::State as int, or NotChecked
        EndpointIdRole,
        NameRole,  // the owner as entered in a DNS console (ASCII)
        ValueRole, // the expected value (ASCII)
        SearchTextRole,
    };

    static constexpr int NotChecked = -1;

    explicit RequiredRecordModel(QObject *parent = nullptr);

    // Replaces the records. Rows whose record stays the same keep their live status; when the
    // list is the same as before only the changed rows are announced.
    void setRecords(const RequiredRecordSet &set);
    // Applies a live check's statuses to the rows they belong to (others are ignored).
    void applyStatuses(const QList<RecordStatus> &statuses, const QDateTime &checkedAt);

    const RequiredRecord &recordAt(int row) const { return m_rows.at(row).record; }

    // The live status of a row, if a live check has looked at it since the records were loaded.
    const std::optional<RecordStatus> &liveStatusAt(int row) const { return m_rows.at(row).live; }

    std::optional<RecordStatus::State> stateAt(int row) const;

    const QString &searchTextAt(int row) const { return m_rows.at(row).searchText; }

    QString summaryAt(int row) const;
    QDateTime checkedAt(int row) const;
    int rowOf(qint64 endpointId, const DnsName &owner, RequiredRecord::Purpose purpose) const;

    QList<RequiredRecord> records() const;
    // Every row has been checked and is OK (also true without rows).
    bool allOk() const;
    int count(RecordStatus::State state) const;
    int notCheckedCount() const;
    // Rows without a live status (stored results do not count).
    int withoutLiveStatus() const;
    // The oldest time at which a row was checked (live or stored); invalid if one never was.
    QDateTime oldestCheck() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString keyOf(const RequiredRecord &record);

private:
    struct Row
    {
        RequiredRecord record;
        QString key;
        QString endpointName; // display form
        QString searchText;   // lower case
        std::optional<RecordStatus> live;
        QDateTime liveAt;
        std::optional<RecordStatusRepository::Entry> stored;
    };

    Row makeRow(const RequiredRecord &record, const RequiredRecordSet &set) const;
    void rebuildIndex();
    void emitRanges(QList<int> rows, int firstColumn, int lastColumn);
    QVariant displayData(const Row &row, int column) const;
    static std::optional<RecordStatus::State> stateOf(const Row &row);
    static QString summaryAtRow(const Row &row);

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    std::array<QIcon, 8> m_icons; // by state, the last for "not checked"
};
