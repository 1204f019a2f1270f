#include "support/ManualClock.h"

#include "ui/endpoints/EndpointFilterModel.h"
#include "ui/endpoints/EndpointTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using State = EndpointStatus::State;

class TestEndpointTableModel : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC);
    ManualClock m_clock{m_now};

    static QList<Endpoint> sample(const QDateTime &now)
    {
        Endpoint internal;
        internal.id = 1;
        internal.names = {QStringLiteral("intranet.example.test"), QStringLiteral("*.intranet.example.test")};
        internal.certificateExpiresAt = now.addDays(59);
        internal.nextRenewalAt = now.addDays(29);
        internal.status = QStringLiteral("ok");
        Endpoint external;
        external.id = 2;
        external.names = {QStringLiteral("www.example.test")};
        external.exposure = Endpoint::Exposure::External;
        external.targetHost = QStringLiteral("lb1.example.net");
        external.challengeType = QStringLiteral("http-01");
        Endpoint idn;
        idn.id = 3;
        idn.names = {QStringLiteral("xn--bcher-kva.example.test")};
        idn.challengeType = QStringLiteral("http-01");
        idn.solverSettings.insert(QStringLiteral("webroot"), QStringLiteral("/srv/www"));
        idn.accountId = 7;
        return {internal, external, idn};
    }

    static CaAccount account(qint64 id, const QString &title)
    {
        CaAccount account;
        account.id = id;
        account.title = title;
        account.directoryUrl = QUrl(QStringLiteral("https://ca.test/dir"));
        account.status = QStringLiteral("valid");
        return account;
    }

    QString text(const EndpointTableModel &model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:

    void init() { m_clock.set(m_now); }

    void passesTheModelTesterThroughEveryKindOfChange()
    {
        EndpointTableModel model(nullptr, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Endpoint> endpoints = sample(m_now);
        model.setEndpoints(endpoints);
        endpoints[1].status = QStringLiteral("failed");
        model.upsertEndpoint(endpoints[1]);
        Endpoint added;
        added.id = 9;
        added.names = {QStringLiteral("new.example.test")};
        model.upsertEndpoint(added);
        model.setOrderRunning(9, true);
        model.setAccounts({account(7, QStringLiteral("Staging"))});
        model.removeEndpoints({1, 9});
        model.setEndpoints(sample(m_now));
        m_clock.advance(3600);
        model.refreshTimes();
        model.setEndpoints({});
        model.setEndpoints(sample(m_now));
    }

    void showsOneRowPerEndpointInWordsForPeople()
    {
        EndpointTableModel model(nullptr, m_clock);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEndpoints(sample(m_now));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(EndpointTableModel::ColumnCount));
        QCOMPARE(text(model, 0, EndpointTableModel::NamesColumn),
                 QStringLiteral("intranet.example.test, *.intranet.example.test"));
        QCOMPARE(text(model, 0, EndpointTableModel::ExposureColumn), QStringLiteral("Internal"));
        QCOMPARE(text(model, 1, EndpointTableModel::ExposureColumn), QStringLiteral("External"));
        QCOMPARE(text(model, 0, EndpointTableModel::ValidationColumn), QStringLiteral("DNS-01"));
        QCOMPARE(text(model, 1, EndpointTableModel::ValidationColumn), QStringLiteral("HTTP-01"));
        QCOMPARE(text(model, 2, EndpointTableModel::ValidationColumn), QStringLiteral("HTTP-01, webroot"));
        QCOMPARE(text(model, 1, EndpointTableModel::ExpiresColumn), QStringLiteral("No certificate yet"));
        QCOMPARE(model.index(1, 0).data(EndpointTableModel::EndpointIdRole).toLongLong(), 2);
    }

    void showsExpiryAndRenewalRelativeAndAbsolute()
    {
        EndpointTableModel model(nullptr, m_clock);
        model.setEndpoints(sample(m_now));
        const QString expires = text(model, 0, EndpointTableModel::ExpiresColumn);
        QVERIFY2(expires.startsWith(QStringLiteral("in 59 day(s) (")), qPrintable(expires));
        QVERIFY2(expires.contains(QLocale().toString(m_now.addDays(59).toLocalTime().date(), QLocale::ShortFormat)),
                 qPrintable(expires));
        QVERIFY(text(model, 0, EndpointTableModel::NextRenewalColumn).startsWith(QStringLiteral("in 29 day(s) (")));
        // Within a day the time of day is what matters.
        Endpoint soon = sample(m_now).first();
        soon.nextRenewalAt = m_now.addSecs(5 * 3600);
        model.upsertEndpoint(soon);
        const QString renewal = text(model, 0, EndpointTableModel::NextRenewalColumn);
        QVERIFY2(renewal.startsWith(QStringLiteral("in 5 hour(s) (")), qPrintable(renewal));
        QVERIFY2(
            renewal.contains(QLocale().toString(m_now.addSecs(5 * 3600).toLocalTime().time(), QLocale::ShortFormat)),
            qPrintable(renewal));

        // Time passes: the words follow without new data.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_clock.advance(10 * 24 * 3600);
        model.refreshTimes();
        QCOMPARE(changed.count(), 1);
        QVERIFY(text(model, 0, EndpointTableModel::ExpiresColumn).startsWith(QStringLiteral("in 49 day(s) (")));
    }

    void derivesTheStatusFromStoredStateExpiryAndRunningOrders()
    {
        EndpointTableModel model(nullptr, m_clock);
        QList<Endpoint> endpoints = sample(m_now);
        Endpoint expiring = endpoints[0];
        expiring.id = 4;
        expiring.names = {QStringLiteral("expiring.example.test")};
        expiring.certificateExpiresAt = m_now.addDays(3);
        expiring.nextRenewalAt = m_now.addDays(-2);
        Endpoint expired = expiring;
        expired.id = 5;
        expired.names = {QStringLiteral("expired.example.test")};
        expired.certificateExpiresAt = m_now.addDays(-1);
        Endpoint failed = endpoints[0];
        failed.id = 6;
        failed.names = {QStringLiteral("failed.example.test")};
        failed.status = QStringLiteral("failed");
        model.setEndpoints(endpoints + QList<Endpoint>{expiring, expired, failed});

        auto state = [&model](qint64 id) {
            return static_cast<State>(model.index(model.rowOf(id), 0).data(EndpointTableModel::StateRole).toInt());
        };
        QCOMPARE(state(1), State::Ok);
        QCOMPARE(state(2), State::New);
        QCOMPARE(state(4), State::Expiring);
        QCOMPARE(state(5), State::Expired);
        QCOMPARE(state(6), State::Failed);
        QCOMPARE(text(model, model.rowOf(6), EndpointTableModel::StatusColumn), QStringLiteral("Failed"));
        QVERIFY(!model.index(model.rowOf(6), EndpointTableModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(
            !model.index(model.rowOf(6), EndpointTableModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOrderRunning(1, true);
        QCOMPARE(state(1), State::Renewing);
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.first().at(0).toModelIndex();
        const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
        QCOMPARE(topLeft.row(), model.rowOf(1));
        QCOMPARE(bottomRight.row(), model.rowOf(1));
        QCOMPARE(topLeft.column(), int(EndpointTableModel::StatusColumn));
        model.setOrderRunning(1, false);
        QCOMPARE(state(1), State::Ok);
    }

    void saysDnsActionNeededFromRecordChecks()
    {
        EndpointTableModel model(nullptr, m_clock);
        const QList<Endpoint> endpoints = sample(m_now); // 1: OK, 2: new
        model.setEndpoints(endpoints);
        auto state = [&model](qint64 id) {
            return static_cast<State>(model.index(model.rowOf(id), 0).data(EndpointTableModel::StateRole).toInt());
        };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // What the last stored check found: a missing record for 2, a propagating one for 1.
        RecordStatusRepository::Entry missing;
        missing.endpointId = 2;
        missing.state = RecordStatus::State::Missing;
        RecordStatusRepository::Entry propagating;
        propagating.endpointId = 1;
        propagating.state = RecordStatus::State::Propagating;
        model.setRecordChecks({missing, propagating});
        QCOMPARE(state(2), State::DnsActionNeeded);
        QCOMPARE(state(1), State::Ok); // propagating only needs time
        QCOMPARE(text(model, model.rowOf(2), EndpointTableModel::StatusColumn), QStringLiteral("DNS action needed"));
        QVERIFY(model.index(model.rowOf(2), EndpointTableModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("DNS Records")));
        QVERIFY(model.searchTextAt(model.rowOf(2)).contains(QStringLiteral("dns action needed")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(2));
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(EndpointTableModel::StatusColumn));

        // A live check of endpoint 1 finds a broken record; 2 was not covered and stays.
        changed.clear();
        RecordStatus broken;
        broken.record.endpointId = 1;
        broken.state = RecordStatus::State::WrongTarget;
        model.applyRecordStatuses({broken}, {1});
        QCOMPARE(state(1), State::DnsActionNeeded);
        QCOMPARE(state(2), State::DnsActionNeeded);
        QCOMPARE(changed.count(), 1);

        // Both fixed: 2's records are all OK now, 1 has no records left to check.
        changed.clear();
        RecordStatus fixed;
        fixed.record.endpointId = 2;
        fixed.state = RecordStatus::State::Ok;
        model.applyRecordStatuses({fixed}, {1, 2});
        QCOMPARE(state(1), State::Ok);
        QCOMPARE(state(2), State::New);
        QCOMPARE(changed.count(), 2);
        // The same result again announces nothing.
        changed.clear();
        model.applyRecordStatuses({fixed}, {1, 2});
        QCOMPARE(changed.count(), 0);
    }

    void updatesOnlyTheRowThatChanged()
    {
        EndpointTableModel model(nullptr, m_clock);
        QList<Endpoint> endpoints = sample(m_now);
        model.setEndpoints(endpoints);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        endpoints[1].certificateExpiresAt = m_now.addDays(90);
        endpoints[1].status = QStringLiteral("ok");
        model.upsertEndpoint(endpoints[1]);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);

        // A full refresh with one endpoint gone, one new and the rest unchanged.
        changed.clear();
        Endpoint fresh;
        fresh.id = 10;
        fresh.names = {QStringLiteral("fresh.example.test")};
        model.setEndpoints({endpoints[1], endpoints[2], fresh});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(1), -1);
        QCOMPARE(text(model, model.rowOf(10), 0), QStringLiteral("fresh.example.test"));

        model.removeEndpoints({2, 10});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(3), 0);
    }

    void showsInternationalNamesInUnicodeAndFindsBothSpellings()
    {
        EndpointTableModel model(nullptr, m_clock);
        model.setEndpoints(sample(m_now));
        QCOMPARE(text(model, 2, EndpointTableModel::NamesColumn), QStringLiteral("bücher.example.test"));
        EndpointFilterModel proxy(&model);
        proxy.setFilterText(QStringLiteral("BÜCHER"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("xn--bcher"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void filtersOnEveryWordInAnyField()
    {
        EndpointTableModel model(nullptr, m_clock);
        model.setEndpoints(sample(m_now));
        EndpointFilterModel proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(QStringLiteral("example"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilterText(QStringLiteral("lb1"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(EndpointTableModel::EndpointIdRole).toLongLong(), 2);
        proxy.setFilterText(QStringLiteral("example  webroot"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("new"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void sortsExpiryByDateWithNoCertificateLast()
    {
        EndpointTableModel model(nullptr, m_clock);
        QList<Endpoint> endpoints = sample(m_now);
        endpoints[2].certificateExpiresAt = m_now.addDays(5); // sooner than row 0, later in text order
        model.setEndpoints(endpoints);
        const QVariant raw = model.index(0, EndpointTableModel::ExpiresColumn).data(EndpointTableModel::SortRole);
        QCOMPARE(raw.metaType(), QMetaType::fromType<QDateTime>());
        EndpointFilterModel proxy(&model);
        proxy.sort(EndpointTableModel::ExpiresColumn, Qt::AscendingOrder);
        auto idAt = [&proxy](int row) {
            return proxy.index(row, 0).data(EndpointTableModel::EndpointIdRole).toLongLong();
        };
        QCOMPARE(idAt(0), 3);
        QCOMPARE(idAt(1), 1);
        QCOMPARE(idAt(2), 2);
        proxy.sort(EndpointTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(idAt(2), 1); // OK comes after "no certificate yet"
    }

    void namesTheCaAccountAndTheDefault()
    {
        EndpointTableModel model(nullptr, m_clock);
        model.setEndpoints(sample(m_now));
        QCOMPARE(text(model, 0, EndpointTableModel::AccountColumn), QStringLiteral("Default account"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAccounts({account(7, QStringLiteral("Staging")), account(8, QStringLiteral("Production"))});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(model, 0, EndpointTableModel::AccountColumn), QStringLiteral("Production"));
        QCOMPARE(text(model, 2, EndpointTableModel::AccountColumn), QStringLiteral("Staging"));
    }

    void namesEveryColumn()
    {
        EndpointTableModel model(nullptr, m_clock);
        for (int column = 0; column < EndpointTableModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        }
    }
};

QTEST_MAIN(TestEndpointTableModel)
#include "TestEndpointTableModel.moc"
