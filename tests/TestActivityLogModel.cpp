#include "ui/activity/ActivityFilterModel.h"
#include "ui/activity/ActivityLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestActivityLogModel : public QObject
{
    Q_OBJECT

private:
    static ActivityLog::Entry entry(qint64 id,
                                    ActivityLog::Severity severity,
                                    std::optional<qint64> endpointId,
                                    const QString &message,
                                    const QString &detail = {})
    {
        ActivityLog::Entry entry;
        entry.id = id;
        entry.at = QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC).addSecs(id * 60);
        entry.severity = severity;
        entry.endpointId = endpointId;
        entry.area = QStringLiteral("test");
        entry.message = message;
        entry.detail = detail;
        return entry;
    }

    // Newest first, as ActivityLog::recent answers.
    static QList<ActivityLog::Entry> log()
    {
        return {entry(4,
                      ActivityLog::Severity::Error,
                      7,
                      QStringLiteral("Renewal failed"),
                      QStringLiteral("connection refused\nmore")),
                entry(3, ActivityLog::Severity::Info, 8, QStringLiteral("Certificate deployed.")),
                entry(2, ActivityLog::Severity::Warning, 7, QStringLiteral("Slow CA")),
                entry(1, ActivityLog::Severity::Info, std::nullopt, QStringLiteral("Background worker started."))};
    }

private Q_SLOTS:

    void passesTheModelTester()
    {
        ActivityLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActivityFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(log().mid(2));
        model.setEntries(log());
        model.setEndpointNames({{7, QStringLiteral("www.example.test")}});
        filter.setEndpointId(7);
        filter.setMinimumSeverity(ActivityLog::Severity::Warning);
        filter.setText(QStringLiteral("slow"));
        model.setEntries({});
    }

    void insertsNewEntriesAtTheTopInsteadOfResetting()
    {
        ActivityLogModel model;
        model.setEntries(log().mid(2));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setEntries(log());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(model.rowCount(), 4);
        model.setEntries(log());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void showsSeverityEndpointAndTheFirstLineOfTheDetail()
    {
        ActivityLogModel model;
        model.setEntries(log());
        model.setEndpointNames({{7, QStringLiteral("www.example.test")}});
        QCOMPARE(model.index(0, ActivityLogModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QVERIFY(!model.index(0, ActivityLogModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, ActivityLogModel::EndpointColumn).data().toString(),
                 QStringLiteral("www.example.test"));
        QCOMPARE(model.index(1, ActivityLogModel::EndpointColumn).data().toString(),
                 QStringLiteral("Deleted endpoint"));
        QCOMPARE(model.index(3, ActivityLogModel::EndpointColumn).data().toString(), QString());
        QCOMPARE(model.index(0, ActivityLogModel::MessageColumn).data().toString(),
                 QStringLiteral("Renewal failed — connection refused"));
        QVERIFY(model.index(0, ActivityLogModel::MessageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("more")));
    }

    void filtersByEndpointSeverityAndText()
    {
        ActivityLogModel model;
        model.setEntries(log());
        model.setEndpointNames({{7, QStringLiteral("www.example.test")}, {8, QStringLiteral("api.example.test")}});
        ActivityFilterModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setEndpointId(7);
        QCOMPARE(filter.rowCount(), 2);
        filter.setMinimumSeverity(ActivityLog::Severity::Error);
        QCOMPARE(filter.rowCount(), 1);
        filter.setEndpointId(0);
        filter.setMinimumSeverity(ActivityLog::Severity::Info);
        filter.setText(QStringLiteral("API.example"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, ActivityLogModel::MessageColumn).data().toString(),
                 QStringLiteral("Certificate deployed."));
    }
};

QTEST_MAIN(TestActivityLogModel)
#include "TestActivityLogModel.moc"
