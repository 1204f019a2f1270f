#include "EndpointTableModel.h"

#include "core/dns/DnsName.h"
#include "ui/common/RelativeTime.h"

#include <QLocale>

#include <algorithm>

namespace {

using State = EndpointStatus::State;

constexpr std::array<State, 7> kStates = {
    State::Failed, State::Expired, State::Expiring, State::DnsActionNeeded, State::Renewing, State::New, State::Ok};

// Compares times with "never" after every real time.
int compareTimes(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid()) {
        return a.isValid() ? -1 : 1;
    }
    if (!a.isValid() || a == b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

bool sameEndpoint(const Endpoint &a, const Endpoint &b)
{
    return a.id == b.id && a.title == b.title && a.names == b.names && a.exposure == b.exposure
           && a.targetHost == b.targetHost && a.challengeType == b.challengeType && a.keyType == b.keyType
           && a.accountId == b.accountId && a.solverSettings == b.solverSettings && a.deploySettings == b.deploySettings
           && a.status == b.status && a.certificateExpiresAt == b.certificateExpiresAt
           && a.nextRenewalAt == b.nextRenewalAt;
}

} // namespace

EndpointTableModel::EndpointTableModel(QObject *parent, const Clock &clock)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_now(clock.now())
{
    for (State state : kStates) {
        m_icons.at(static_cast<size_t>(state)) = EndpointStatus::icon(state);
    }
}

QString EndpointTableModel::accountText(const Endpoint &endpoint) const
{
    if (endpoint.accountId > 0) {
        return m_accountTitles.value(endpoint.accountId, tr("Account %1").arg(endpoint.accountId));
    }
    // The default account by its name; the tooltip says that it is the default.
    if (m_defaultAccountId > 0) {
        return m_accountTitles.value(m_defaultAccountId);
    }
    return tr("Default account");
}

QString EndpointTableModel::validationText(const Endpoint &endpoint) const
{
    if (endpoint.challengeType == QLatin1String("http-01")) {
        return endpoint.solverSettings.contains(QStringLiteral("webroot")) ? tr("HTTP-01, webroot") : tr("HTTP-01");
    }
    if (endpoint.challengeType == QLatin1String("dns-01")) {
        return tr("DNS-01");
    }
    return endpoint.challengeType;
}

EndpointTableModel::Row EndpointTableModel::makeRow(const Endpoint &endpoint) const
{
    Row row;
    row.endpoint = endpoint;
    QStringList display;
    display.reserve(endpoint.names.size());
    for (const QString &name : endpoint.names) {
        display << DnsName::fromNormalised(name).display();
    }
    row.displayNames = display.join(QStringLiteral(", "));
    // Widening the filter re-sorts thousands of rows by name; a case-insensitive comparison
    // each time was most of a keystroke's cost.
    row.nameKey = row.displayNames.toCaseFolded();
    refreshRow(row);
    return row;
}

void EndpointTableModel::refreshRow(Row &row) const
{
    row.state = EndpointStatus::derive(
        row.endpoint, m_running.contains(row.endpoint.id), m_now, m_dnsActionNeeded.contains(row.endpoint.id));
    const Endpoint &endpoint = row.endpoint;
    QStringList parts{row.displayNames,
                      endpoint.names.join(QLatin1Char(' ')),
                      endpoint.title,
                      endpoint.targetHost,
                      validationText(endpoint),
                      accountText(endpoint),
                      EndpointStatus::text(row.state)};
    row.searchText = parts.join(QLatin1Char('\n')).toLower();
}

void EndpointTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).endpoint.id, i);
    }
}

void EndpointTableModel::setEndpoints(const QList<Endpoint> &endpoints)
{
    m_now = m_clock.now();
    if (m_rows.isEmpty()) {
        if (endpoints.isEmpty()) {
            return;
        }
        beginResetModel();
        m_rows.reserve(endpoints.size());
        for (const Endpoint &endpoint : endpoints) {
            m_rows << makeRow(endpoint);
        }
        rebuildIndex();
        endResetModel();
        return;
    }
    QSet<qint64> keep;
    keep.reserve(endpoints.size());
    for (const Endpoint &endpoint : endpoints) {
        keep.insert(endpoint.id);
    }
    QList<qint64> gone;
    for (const Row &row : std::as_const(m_rows)) {
        if (!keep.contains(row.endpoint.id)) {
            gone << row.endpoint.id;
        }
    }
    removeEndpoints(gone);
    for (const Endpoint &endpoint : endpoints) {
        upsertEndpoint(endpoint);
    }
}

void EndpointTableModel::upsertEndpoint(const Endpoint &endpoint)
{
    const int row = rowOf(endpoint.id);
    if (row < 0) {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows << makeRow(endpoint);
        m_rowById.insert(endpoint.id, at);
        endInsertRows();
        return;
    }
    Row updated = makeRow(endpoint);
    const Row &current = m_rows.at(row);
    // A full refresh sends every endpoint again; only rows that really changed are announced,
    // so the proxy does not re-sort ten thousand rows for nothing.
    const bool same = current.state == updated.state && sameEndpoint(current.endpoint, endpoint);
    m_rows[row] = std::move(updated);
    if (!same) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void EndpointTableModel::removeEndpoints(const QList<qint64> &endpointIds)
{
    QList<int> rows;
    for (qint64 id : endpointIds) {
        if (const int row = rowOf(id); row >= 0) {
            rows << row;
            m_running.remove(id);
            m_dnsActionNeeded.remove(id);
        }
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs, from the bottom up, so the indexes above stay valid.
    int i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            first = rows.at(++i);
        }
        ++i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    rebuildIndex();
}

void EndpointTableModel::setAccounts(const QList<CaAccount> &accounts)
{
    m_accountTitles.clear();
    m_defaultAccountId = 0;
    for (const CaAccount &account : accounts) {
        m_accountTitles.insert(account.id, account.title);
        // The repository's rule: the newest registered account is the default.
        if (account.status == QLatin1String("valid") && account.id > m_defaultAccountId) {
            m_defaultAccountId = account.id;
        }
    }
    for (Row &row : m_rows) {
        refreshRow(row);
    }
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
    }
}

void EndpointTableModel::setOrderRunning(qint64 endpointId, bool running)
{
    if (running == m_running.contains(endpointId)) {
        return;
    }
    if (running) {
        m_running.insert(endpointId);
    } else {
        m_running.remove(endpointId);
    }
    const int row = rowOf(endpointId);
    if (row < 0) {
        return;
    }
    refreshRow(m_rows[row]);
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void EndpointTableModel::refreshTimes()
{
    m_now = m_clock.now();
    if (m_rows.isEmpty()) {
        return;
    }
    for (Row &row : m_rows) {
        refreshRow(row);
    }
    // Status, expiry and next renewal sit side by side: one range covers them.
    static_assert(StatusColumn + 1 == ExpiresColumn && ExpiresColumn + 1 == NextRenewalColumn);
    Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, NextRenewalColumn));
}

void EndpointTableModel::setRecordChecks(const QList<RecordStatusRepository::Entry> &checks)
{
    QSet<qint64> needed;
    for (const RecordStatusRepository::Entry &entry : checks) {
        if (EndpointStatus::needsDnsAction(entry.state)) {
            needed.insert(entry.endpointId);
        }
    }
    updateDnsAction(needed, nullptr);
}

void EndpointTableModel::applyRecordStatuses(const QList<RecordStatus> &statuses, const QList<qint64> &endpointIds)
{
    QSet<qint64> needed;
    for (const RecordStatus &status : statuses) {
        if (EndpointStatus::needsDnsAction(status.state)) {
            needed.insert(status.record.endpointId);
        }
    }
    const QSet<qint64> covered(endpointIds.cbegin(), endpointIds.cend());
    updateDnsAction(needed, &covered);
}

void EndpointTableModel::updateDnsAction(const QSet<qint64> &needed, const QSet<qint64> *covered)
{
    QSet<qint64> touched = needed;
    if (covered) {
        touched.unite(*covered);
        for (const qint64 id : *covered) {
            m_dnsActionNeeded.remove(id);
        }
    } else {
        touched.unite(m_dnsActionNeeded);
        m_dnsActionNeeded.clear();
    }
    m_dnsActionNeeded.unite(needed);
    for (const qint64 id : std::as_const(touched)) {
        const int row = rowOf(id);
        if (row < 0) {
            continue;
        }
        Row &changed = m_rows[row];
        const State before = changed.state;
        refreshRow(changed);
        if (changed.state != before) {
            Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
        }
    }
}

int EndpointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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
    case AccountColumn:
        return tr("CA account");
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

QVariant EndpointTableModel::displayData(const Row &row, int column) const
{
    const Endpoint &endpoint = row.endpoint;
    switch (column) {
    case NamesColumn:
        return row.displayNames;
    case ExposureColumn:
        return endpoint.exposure == Endpoint::Exposure::External ? tr("External") : tr("Internal");
    case ValidationColumn:
        return validationText(endpoint);
    case AccountColumn:
        return accountText(endpoint);
    case ExpiresColumn:
        return endpoint.certificateExpiresAt.isValid()
                   ? RelativeTime::describeWithDate(endpoint.certificateExpiresAt, m_now)
                   : tr("No certificate yet");
    case NextRenewalColumn:
        if (row.state == EndpointStatus::State::Renewing) {
            return tr("Now");
        }
        return endpoint.nextRenewalAt.isValid() ? RelativeTime::describeWithDate(endpoint.nextRenewalAt, m_now)
                                                : QString();
    case StatusColumn:
        return EndpointStatus::text(row.state);
    default:
        return {};
    }
}

QVariant EndpointTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case ExpiresColumn:
        return row.endpoint.certificateExpiresAt;
    case NextRenewalColumn:
        return row.endpoint.nextRenewalAt;
    case StatusColumn:
        return static_cast<int>(row.state);
    default:
        return displayData(row, column);
    }
}

bool EndpointTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row &left = m_rows.at(leftRow);
    const Row &right = m_rows.at(rightRow);
    int order = 0;
    switch (column) {
    case ExpiresColumn:
        order = compareTimes(left.endpoint.certificateExpiresAt, right.endpoint.certificateExpiresAt);
        break;
    case NextRenewalColumn:
        order = compareTimes(left.endpoint.nextRenewalAt, right.endpoint.nextRenewalAt);
        break;
    case StatusColumn:
        order = static_cast<int>(left.state) - static_cast<int>(right.state);
        break;
    case NamesColumn:
        order = left.nameKey.compare(right.nameKey);
        break;
    default:
        order =
            displayData(left, column).toString().compare(displayData(right, column).toString(), Qt::CaseInsensitive);
        break;
    }
    if (order == 0) {
        // A stable tie-break keeps equal rows from jumping around when one of them changes.
        return left.endpoint.id < right.endpoint.id;
    }
    return order < 0;
}

QVariant EndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Endpoint &endpoint = row.endpoint;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            return m_icons.at(static_cast<size_t>(row.state));
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NamesColumn:
            return QStringList{endpoint.title, row.displayNames}.join(QLatin1Char('\n'));
        case ExposureColumn:
            return endpoint.exposure == Endpoint::Exposure::External
                       ? tr("Reachable from the internet; its names point at %1.").arg(endpoint.targetHost)
                       : tr("Reachable only inside your network; validated through DNS.");
        case AccountColumn:
            return endpoint.accountId > 0 ? QVariant() : tr("The default account: the newest one registered");
        case ValidationColumn:
            if (endpoint.challengeType == QLatin1String("http-01")) {
                const QString webroot = endpoint.solverSettings.value(QStringLiteral("webroot")).toString();
                return webroot.isEmpty() ? tr("HTTP-01 through CertDesk's own responder on %1")
                                               .arg(endpoint.solverSettings.value(QStringLiteral("listen"))
                                                        .toString(QStringLiteral("0.0.0.0:80")))
                                         : tr("HTTP-01 through files in %1").arg(webroot);
            }
            return tr("DNS-01 through the delegation zone");
        case StatusColumn:
            return EndpointStatus::explanation(row.state, endpoint, m_now);
        case ExpiresColumn:
            return endpoint.certificateExpiresAt.isValid()
                       ? QLocale().toString(endpoint.certificateExpiresAt.toLocalTime(), QLocale::LongFormat)
                       : QVariant();
        case NextRenewalColumn:
            return endpoint.nextRenewalAt.isValid()
                       ? QLocale().toString(endpoint.nextRenewalAt.toLocalTime(), QLocale::LongFormat)
                       : QVariant();
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case EndpointIdRole:
        return endpoint.id;
    case StateRole:
        return static_cast<int>(row.state);
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}
