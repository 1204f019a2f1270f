#include "RequiredRecordModel.h"

#include "RecordAdvice.h"

#include <QLocale>

#include <algorithm>

namespace {

using State = RecordStatus::State;

constexpr std::array<State, 7> kStates = {State::Ok,
                                          State::Propagating,
                                          State::Missing,
                                          State::WrongTarget,
                                          State::Conflict,
                                          State::BlockedByCaa,
                                          State::LookupError};

constexpr size_t NotCheckedIcon = kStates.size();

bool sameStatus(const RecordStatus &a, const RecordStatus &b)
{
    return a.state == b.state && a.summary == b.summary && a.evidence == b.evidence && a.actual == b.actual
           && a.record.atApex == b.record.atApex && a.record.note == b.record.note;
}

QString purposeText(RequiredRecord::Purpose purpose)
{
    return purpose == RequiredRecord::Purpose::Challenge
               ? RequiredRecordModel::tr("Lets CertDesk answer the CA's DNS challenges")
               : RequiredRecordModel::tr("Sends the name's traffic to its server or load balancer");
}

} // namespace

RequiredRecordModel::RequiredRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (size_t i = 0; i < kStates.size(); ++i) {
        m_icons.at(i) = RecordAdvice::icon(kStates.at(i));
    }
    m_icons.at(NotCheckedIcon) = RecordAdvice::icon(std::nullopt);
}

QString RequiredRecordModel::keyOf(const RequiredRecord &record)
{
    // The purpose, not the type: a traffic record is a CNAME or, at an apex, an ALIAS, and the
    // live check may find out which only later. The same key the stored checks use.
    return RecordStatusRepository::keyOf(
        record.endpointId, record.owner.ace(), RequiredRecord::purposeName(record.purpose));
}

RequiredRecordModel::Row RequiredRecordModel::makeRow(const RequiredRecord &record, const RequiredRecordSet &set) const
{
    Row row;
    row.record = record;
    row.key = keyOf(record);
    row.endpointName = DnsName::fromNormalised(set.endpointNames.value(record.endpointId)).display();
    const auto stored = set.lastChecks.constFind(row.key);
    if (stored != set.lastChecks.constEnd()) {
        row.stored = *stored;
    }
    row.searchText =
        QStringList{
            row.endpointName, record.owner.ace(), record.owner.display(), record.target.ace(), record.typeText()}
            .join(QLatin1Char('\n'))
            .toLower();
    return row;
}

void RequiredRecordModel::rebuildIndex()
{
    m_rowByKey.clear();
    m_rowByKey.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowByKey.insert(m_rows.at(i).key, i);
    }
}

void RequiredRecordModel::setRecords(const RequiredRecordSet &set)
{
    QList<Row> rows;
    rows.reserve(set.records.size());
    bool sameKeys = set.records.size() == m_rows.size();
    for (int i = 0; i < set.records.size(); ++i) {
        Row row = makeRow(set.records.at(i), set);
        const int old = m_rowByKey.value(row.key, -1);
        // A live result stays valid while the record asks for the same value.
        if (old >= 0 && m_rows.at(old).record.target == row.record.target) {
            row.live = m_rows.at(old).live;
            row.liveAt = m_rows.at(old).liveAt;
            if (row.live) {
                row.record.atApex = row.live->record.atApex;
                row.record.note = row.live->record.note;
            }
        }
        sameKeys = sameKeys && old == i;
        rows << std::move(row);
    }
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        rebuildIndex();
        endResetModel();
        return;
    }
    QList<int> changed;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &before = m_rows.at(i);
        const Row &after = rows.at(i);
        const bool same = before.record == after.record && before.record.note == after.record.note
                          && before.endpointName == after.endpointName && stateOf(before) == stateOf(after)
                          && summaryAtRow(before) == summaryAtRow(after);
        if (!same) {
            changed << i;
        }
    }
    m_rows = std::move(rows);
    emitRanges(changed, 0, ColumnCount - 1);
}

void RequiredRecordModel::applyStatuses(const QList<RecordStatus> &statuses, const QDateTime &checkedAt)
{
    QList<int> changed;
    for (const RecordStatus &status : statuses) {
        const int index = m_rowByKey.value(keyOf(status.record), -1);
        if (index < 0) {
            continue;
        }
        Row &row = m_rows[index];
        if (row.record.target != status.record.target) {
            continue; // a result for the value the record asked for before it was changed
        }
        row.liveAt = checkedAt;
        if (row.live && sameStatus(*row.live, status)) {
            continue;
        }
        row.live = status;
        // The check knows whether a traffic record sits at its zone's apex; the record follows.
        row.record.atApex = status.record.atApex;
        row.record.note = status.record.note;
        changed << index;
    }
    emitRanges(changed, 0, ColumnCount - 1);
}

void RequiredRecordModel::emitRanges(QList<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // One signal per run of adjacent rows: precise, and cheap for the proxy when a check of
    // thousands of records changes most of them.
    int first = rows.first();
    int last = first;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == last + 1) {
            last = rows.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn));
        if (i < rows.size()) {
            first = last = rows.at(i);
        }
    }
}

std::optional<RecordStatus::State> RequiredRecordModel::stateOf(const Row &row)
{
    if (row.live) {
        return row.live->state;
    }
    if (row.stored) {
        return row.stored->state;
    }
    return std::nullopt;
}

std::optional<RecordStatus::State> RequiredRecordModel::stateAt(int row) const
{
    return stateOf(m_rows.at(row));
}

QString RequiredRecordModel::summaryAtRow(const Row &row)
{
    if (row.live) {
        return row.live->summary;
    }
    if (row.stored) {
        return row.stored->summary;
    }
    return {};
}

QString RequiredRecordModel::summaryAt(int row) const
{
    return summaryAtRow(m_rows.at(row));
}

QDateTime RequiredRecordModel::checkedAt(int row) const
{
    const Row &entry = m_rows.at(row);
    if (entry.live) {
        return entry.liveAt;
    }
    return entry.stored ? entry.stored->checkedAt : QDateTime();
}

int RequiredRecordModel::rowOf(qint64 endpointId, const DnsName &owner, RequiredRecord::Purpose purpose) const
{
    return m_rowByKey.value(
        RecordStatusRepository::keyOf(endpointId, owner.ace(), RequiredRecord::purposeName(purpose)), -1);
}

QList<RequiredRecord> RequiredRecordModel::records() const
{
    QList<RequiredRecord> records;
    records.reserve(m_rows.size());
    for (const Row &row : m_rows) {
        records << row.record;
    }
    return records;
}

bool RequiredRecordModel::allOk() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return stateOf(row) == State::Ok;
    });
}

int RequiredRecordModel::count(RecordStatus::State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row &row) {
        return stateOf(row) == state;
    }));
}

int RequiredRecordModel::notCheckedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return !stateOf(row).has_value();
    }));
}

int RequiredRecordModel::withoutLiveStatus() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return !row.live.has_value();
    }));
}

QDateTime RequiredRecordModel::oldestCheck() const
{
    QDateTime oldest;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QDateTime at = checkedAt(i);
        if (!at.isValid()) {
            return {};
        }
        if (!oldest.isValid() || at < oldest) {
            oldest = at;
        }
    }
    return oldest;
}

int RequiredRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequiredRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequiredRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type", "DNS record type");
    case ValueColumn:
        return tr("Value", "what a DNS record points at");
    case CopyColumn:
        return tr("Copy");
    case StatusColumn:
        return tr("Status");
    case SummaryColumn:
        return tr("Finding");
    default:
        return {};
    }
}

QVariant RequiredRecordModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case EndpointColumn:
        return row.endpointName;
    case NameColumn:
        return row.record.owner.display();
    case TypeColumn:
        return row.record.typeText();
    case ValueColumn:
        return row.record.target.display();
    case StatusColumn:
        return RecordAdvice::label(stateOf(row));
    case SummaryColumn: {
        const QString summary = summaryAtRow(row);
        return summary.isEmpty() ? tr("No live check has looked at this record yet.") : summary;
    }
    default:
        return {};
    }
}

QVariant RequiredRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const std::optional<State> state = stateOf(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            return m_icons.at(state ? size_t(*state) : NotCheckedIcon);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return row.record.owner.display() != row.record.owner.ace()
                       ? tr("%1 (in a DNS console: %2)").arg(row.record.owner.display(), row.record.owner.ace())
                       : purposeText(row.record.purpose);
        case TypeColumn:
        case ValueColumn:
            return row.record.note;
        case StatusColumn:
        case SummaryColumn: {
            const QDateTime at = row.live ? row.liveAt : row.stored ? row.stored->checkedAt : QDateTime();
            return at.isValid() ? tr("Checked %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                                : QVariant();
        }
        default:
            return {};
        }
    case SortRole:
        if (index.column() == StatusColumn) {
            return state ? int(*state) : NotChecked;
        }
        return displayData(row, index.column());
    case StateRole:
        return state ? int(*state) : NotChecked;
    case EndpointIdRole:
        return row.record.endpointId;
    case NameRole:
        return row.record.owner.ace();
    case ValueRole:
        return row.record.target.ace();
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}
