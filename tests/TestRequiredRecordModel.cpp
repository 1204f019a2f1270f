#include "core/endpoints/RequiredRecords.h"
#include "ui/dns/RequiredRecordFilterModel.h"
#include "ui/dns/RequiredRecordModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

// The DNS review's table model: one row per required record, statuses applied precisely, and
// the status filter of the all-endpoints view.
class TestRequiredRecordModel : public QObject
{
    Q_OBJECT

private:
    using State = RecordStatus::State;

    static DelegationZone delegation()
    {
        DelegationZone zone;
        zone.zone = DnsName::parse(QStringLiteral("acme-delegation.test")).value();
        zone.providerId = 1;
        return zone;
    }

    // Endpoint 1: internal, two names (two challenge records). Endpoint 2: external, one name
    // (a challenge and a traffic record).
    static RequiredRecordSet sample()
    {
        Endpoint internal;
        internal.id = 1;
        internal.names = {QStringLiteral("app.example.test"), QStringLiteral("api.example.test")};
        Endpoint external;
        external.id = 2;
        external.names = {QStringLiteral("www.example.test")};
        external.exposure = Endpoint::Exposure::External;
        external.targetHost = QStringLiteral("lb.example.net");
        return RequiredRecordSet::derive({internal, external}, delegation());
    }

    static RecordStatus statusFor(const RequiredRecord &record, State state, const QString &summary = {})
    {
        RecordStatus status;
        status.record = record;
        status.state = state;
        status.summary = summary.isEmpty() ? RecordStatus::stateLabel(state) : summary;
        status.evidence = {QStringLiteral("authoritative 127.0.0.1:53: …")};
        return status;
    }

    static QString text(const RequiredRecordModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:

    void passesTheModelTesterThroughEveryKindOfChange()
    {
        RequiredRecordModel model;
        RequiredRecordFilterModel proxy(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequiredRecordSet set = sample();
        model.setRecords(set);
        model.applyStatuses({statusFor(set.records.at(0), State::Missing)}, QDateTime::currentDateTimeUtc());
        proxy.setStatusFilter(RequiredRecordFilterModel::NeedsAction);
        proxy.sort(RequiredRecordModel::StatusColumn);
        set.records.removeLast();
        model.setRecords(set);
        proxy.setFilterText(QStringLiteral("api"));
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void showsEveryRecordAsItIsEnteredInADnsConsole()
    {
        RequiredRecordModel model;
        const RequiredRecordSet set = sample();
        model.setRecords(set);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(RequiredRecordModel::ColumnCount));
        const DnsName app = DnsName::parse(QStringLiteral("app.example.test")).value();
        const int row = model.rowOf(1, app.challengeName(), RequiredRecord::Purpose::Challenge);
        QVERIFY(row >= 0);
        QCOMPARE(text(model, row, RequiredRecordModel::NameColumn), QStringLiteral("_acme-challenge.app.example.test"));
        QCOMPARE(text(model, row, RequiredRecordModel::TypeColumn), QStringLiteral("CNAME"));
        QCOMPARE(text(model, row, RequiredRecordModel::EndpointColumn), QStringLiteral("app.example.test"));
        const QString target = delegation().targetFor(app).ace();
        QCOMPARE(model.index(row, 0).data(RequiredRecordModel::ValueRole).toString(), target);
        QCOMPARE(model.index(row, 0).data(RequiredRecordModel::NameRole).toString(),
                 QStringLiteral("_acme-challenge.app.example.test"));
        QCOMPARE(text(model, row, RequiredRecordModel::StatusColumn), QStringLiteral("Not checked yet"));
        QCOMPARE(model.index(row, 0).data(RequiredRecordModel::StateRole).toInt(), RequiredRecordModel::NotChecked);
        QVERIFY(!model.index(row, RequiredRecordModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        // The traffic record says what it is for in its tooltip (core's note).
        const DnsName www = DnsName::parse(QStringLiteral("www.example.test")).value();
        const int traffic = model.rowOf(2, www, RequiredRecord::Purpose::Traffic);
        QCOMPARE(model.index(traffic, 0).data(RequiredRecordModel::ValueRole).toString(),
                 QStringLiteral("lb.example.net"));
        QVERIFY(model.index(traffic, RequiredRecordModel::ValueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("lb.example.net")));
        QCOMPARE(model.records(), set.records);
    }

    void showsTheStoredCheckUntilALiveOneArrives()
    {
        RequiredRecordSet set = sample();
        const RequiredRecord &first = set.records.first();
        RecordStatusRepository::Entry stored;
        stored.endpointId = first.endpointId;
        stored.owner = first.owner.ace();
        stored.type = RequiredRecord::purposeName(first.purpose);
        stored.state = State::Missing;
        stored.summary = QStringLiteral("stored finding");
        stored.checkedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        set.lastChecks.insert(RequiredRecordModel::keyOf(first), stored);
        RequiredRecordModel model;
        model.setRecords(set);
        QCOMPARE(text(model, 0, RequiredRecordModel::StatusColumn), QStringLiteral("Missing"));
        QCOMPARE(text(model, 0, RequiredRecordModel::SummaryColumn), QStringLiteral("stored finding"));
        QVERIFY(!model.liveStatusAt(0).has_value());
        QCOMPARE(model.withoutLiveStatus(), 4);
        QCOMPARE(model.notCheckedCount(), 3);
        QCOMPARE(model.checkedAt(0), stored.checkedAt);
        QVERIFY(!model.oldestCheck().isValid()); // three were never checked
    }

    void updatesOnlyTheRowsAStatusChanges()
    {
        RequiredRecordModel model;
        const RequiredRecordSet set = sample();
        model.setRecords(set);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        model.applyStatuses({statusFor(set.records.at(2), State::Missing, QStringLiteral("no CNAME yet"))}, now);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        QCOMPARE(text(model, 2, RequiredRecordModel::StatusColumn), QStringLiteral("Missing"));
        QCOMPARE(text(model, 2, RequiredRecordModel::SummaryColumn), QStringLiteral("no CNAME yet"));
        QCOMPARE(model.stateAt(2), State::Missing);
        QCOMPARE(model.checkedAt(2), now);

        // The same finding again changes nothing on screen.
        changed.clear();
        model.applyStatuses({statusFor(set.records.at(2), State::Missing, QStringLiteral("no CNAME yet"))}, now);
        QCOMPARE(changed.count(), 0);

        // Adjacent rows come as one range; a status of a record not shown is ignored.
        changed.clear();
        RequiredRecord stranger = set.records.at(0);
        stranger.endpointId = 99;
        model.applyStatuses({statusFor(set.records.at(0), State::Ok),
                             statusFor(set.records.at(1), State::Ok),
                             statusFor(stranger, State::Missing)},
                            now);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(reset.count(), 0);

        // A result for the value a record asked for before it changed is not this record's.
        changed.clear();
        RecordStatus old = statusFor(set.records.at(3), State::Ok);
        old.record.target = DnsName::parse(QStringLiteral("old-lb.example.net")).value();
        model.applyStatuses({old}, now);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!model.stateAt(3).has_value());
    }

    void followsTheApexTheCheckFound()
    {
        Endpoint apex;
        apex.id = 3;
        apex.names = {QStringLiteral("shop.example.test")}; // three labels: guessed not an apex
        apex.exposure = Endpoint::Exposure::External;
        apex.challengeType = QStringLiteral("http-01");
        apex.targetHost = QStringLiteral("lb.example.net");
        const RequiredRecordSet set = RequiredRecordSet::derive({apex}, std::nullopt);
        RequiredRecordModel model;
        model.setRecords(set);
        QCOMPARE(text(model, 0, RequiredRecordModel::TypeColumn), QStringLiteral("CNAME"));
        RecordStatus found = statusFor(set.records.first(), State::Missing);
        RequiredRecords::confirmApex(found.record, true);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyStatuses({found}, QDateTime::currentDateTimeUtc());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(model, 0, RequiredRecordModel::TypeColumn), QStringLiteral("ALIAS"));
        QVERIFY(model.recordAt(0).note.contains(QStringLiteral("ALIAS or ANAME")));
        // Reading the records again keeps what the check found.
        model.setRecords(set);
        QCOMPARE(text(model, 0, RequiredRecordModel::TypeColumn), QStringLiteral("ALIAS"));
    }

    void keepsLiveStatusesWhenTheSameRecordsArriveAgain()
    {
        RequiredRecordModel model;
        RequiredRecordSet set = sample();
        model.setRecords(set);
        model.applyStatuses({statusFor(set.records.at(1), State::Ok)}, QDateTime::currentDateTimeUtc());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRecords(set);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.stateAt(1), State::Ok);

        // A changed endpoint: different records, a fresh table; the record that stayed keeps
        // its status, the one whose value changed loses it.
        set.records[1].target = DnsName::parse(QStringLiteral("elsewhere.acme-delegation.test")).value();
        set.records.removeFirst();
        model.setRecords(set);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.stateAt(0).has_value());
    }

    void tellsWhenEveryRecordIsOk()
    {
        RequiredRecordModel model;
        QVERIFY(model.allOk()); // nothing to create
        const RequiredRecordSet set = sample();
        model.setRecords(set);
        QVERIFY(!model.allOk());
        QList<RecordStatus> statuses;
        for (const RequiredRecord &record : set.records) {
            statuses << statusFor(record, State::Ok);
        }
        statuses.last().state = State::Propagating;
        model.applyStatuses(statuses, QDateTime::currentDateTimeUtc());
        QVERIFY(!model.allOk());
        QCOMPARE(model.count(State::Ok), 3);
        QCOMPARE(model.count(State::Propagating), 1);
        statuses.last().state = State::Ok;
        model.applyStatuses(statuses, QDateTime::currentDateTimeUtc());
        QVERIFY(model.allOk());
        QVERIFY(model.oldestCheck().isValid());
    }

    void filtersByStatusAndText()
    {
        RequiredRecordModel model;
        RequiredRecordFilterModel proxy(&model);
        const RequiredRecordSet set = sample();
        model.setRecords(set);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.applyStatuses({statusFor(set.records.at(0), State::Ok),
                             statusFor(set.records.at(1), State::Propagating),
                             statusFor(set.records.at(2), State::WrongTarget)},
                            now);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setStatusFilter(RequiredRecordFilterModel::NeedsAction);
        QCOMPARE(proxy.rowCount(), 2); // wrong target, and the one not checked yet
        proxy.setStatusFilter(int(State::Ok));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(RequiredRecordModel::NotChecked);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, RequiredRecordModel::TypeColumn).data().toString(), QStringLiteral("CNAME"));
        QCOMPARE(proxy.index(0, 0).data(RequiredRecordModel::ValueRole).toString(), QStringLiteral("lb.example.net"));

        // A record that gets fixed leaves "needs action" by itself.
        proxy.setStatusFilter(RequiredRecordFilterModel::NeedsAction);
        model.applyStatuses({statusFor(set.records.at(2), State::Ok)}, now);
        QCOMPARE(proxy.rowCount(), 1);

        proxy.setStatusFilter(RequiredRecordFilterModel::AnyStatus);
        proxy.setFilterText(QStringLiteral("WWW lb.example"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("example.test"));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setFilterText(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortsByStatusWithWhatNeedsActionLast()
    {
        RequiredRecordModel model;
        RequiredRecordFilterModel proxy(&model);
        const RequiredRecordSet set = sample();
        model.setRecords(set);
        model.applyStatuses({statusFor(set.records.at(0), State::LookupError), statusFor(set.records.at(1), State::Ok)},
                            QDateTime::currentDateTimeUtc());
        proxy.sort(RequiredRecordModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, RequiredRecordModel::StatusColumn).data().toString(),
                 RecordStatus::stateLabel(State::LookupError));
        QCOMPARE(proxy.index(3, RequiredRecordModel::StatusColumn).data().toString(),
                 QStringLiteral("Not checked yet"));
    }
};

QTEST_MAIN(TestRequiredRecordModel)
#include "TestRequiredRecordModel.moc"
