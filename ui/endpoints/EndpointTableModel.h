#pragma once

#include "core/Clock.h"
#include "core/acme/CaAccount.h"
#include "core/dns/RecordStatus.h"
#include "core/dns/RecordStatusRepository.h"
#include "core/endpoints/Endpoint.h"
#include "ui/endpoints/EndpointStatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>

#include <array>

// The endpoint list: one row per endpoint. Display text is for people (Unicode names,
// "in 3 days"); SortRole carries the raw value (dates, not "in 3 days") so sorting by expiry
// is correct. Changes to one endpoint update that row only (dataChanged), never the whole
// model, so selections and scroll positions survive renewals.
class EndpointTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        // What needs attention first, how it is set up after.
        NamesColumn,
        StatusColumn,
        ExpiresColumn,
        NextRenewalColumn,
        ExposureColumn,
        ValidationColumn,
        AccountColumn,
        ColumnCount,
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        EndpointIdRole,
        StateRole,      // EndpointStatus::State as int
        SearchTextRole, // what the filter matches: names (both spellings), target, CA, status
    };

    explicit EndpointTableModel(QObject *parent = nullptr, const Clock &clock = Clock::system());

    // Replaces the list, keeping rows that stay (changed ones get dataChanged), removing and
    // inserting the rest.
    void setEndpoints(const QList<Endpoint> &endpoints);
    void upsertEndpoint(const Endpoint &endpoint);
    void removeEndpoints(const QList<qint64> &endpointIds);
    void setAccounts(const QList<CaAccount> &accounts);
    // An order is queued or running for the endpoint (shown as "Renewing").
    void setOrderRunning(qint64 endpointId, bool running);
    // Time moved on: relative times and time-dependent states are recomputed.
    void refreshTimes();
    // What the stored record checks say (at start): endpoints with a record that needs the
    // administrator show "DNS action needed".
    void setRecordChecks(const QList<RecordStatusRepository::Entry> &checks);
    // A live check covered `endpointIds` and found `statuses`; only rows whose state changes
    // are announced.
    void applyRecordStatuses(const QList<RecordStatus> &statuses, const QList<qint64> &endpointIds);

    bool dnsActionNeeded(qint64 endpointId) const { return m_dnsActionNeeded.contains(endpointId); }

    const Endpoint &endpointAt(int row) const { return m_rows.at(row).endpoint; }

    int rowOf(qint64 endpointId) const { return m_rowById.value(endpointId, -1); }

    EndpointStatus::State stateAt(int row) const { return m_rows.at(row).state; }

    const QString &searchTextAt(int row) const { return m_rows.at(row).searchText; }

    // Compares two rows by a column's raw value; the proxy sorts with it without QVariants.
    bool lessThan(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Endpoint endpoint;
        QString displayNames; // Unicode, comma separated
        QString nameKey;      // displayNames case-folded: sorting compares it as it is
        QString searchText;   // lower case
        EndpointStatus::State state = EndpointStatus::State::New;
    };

    Row makeRow(const Endpoint &endpoint) const;
    void refreshRow(Row &row) const;
    void rebuildIndex();
    // Sets which endpoints need DNS action among `covered` (every row when empty) and announces the
    // status cells that changed.
    void updateDnsAction(const QSet<qint64> &needed, const QSet<qint64> *covered);
    QString accountText(const Endpoint &endpoint) const;
    QString validationText(const Endpoint &endpoint) const;
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    const Clock &m_clock;
    QDateTime m_now;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QSet<qint64> m_running;
    QSet<qint64> m_dnsActionNeeded;
    QHash<qint64, QString> m_accountTitles;
    qint64 m_defaultAccountId = 0;
    std::array<QIcon, 7> m_icons;
};
