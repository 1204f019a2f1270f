#include "ui/endpoints/EndpointTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestEndpointTableModel : public QObject
{
    Q_OBJECT

private:
    static QList<Endpoint> sample()
    {
        Endpoint internal;
        internal.id = 1;
        internal.names = {QStringLiteral("intranet.example.test"), QStringLiteral("*.intranet.example.test")};
        internal.certificateExpiresAt = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
        internal.status = QStringLiteral("ok");
        Endpoint external;
        external.id = 2;
        external.names = {QStringLiteral("www.example.test")};
        external.exposure = Endpoint::Exposure::External;
        external.challengeType = QStringLiteral("http-01");
        return {internal, external};
    }

private Q_SLOTS:

    void passesTheModelTester()
    {
        EndpointTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEndpoints(sample());
        model.setEndpoints({});
        model.setEndpoints(sample());
    }

    void showsOneRowPerEndpoint()
    {
        EndpointTableModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEndpoints(sample());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EndpointTableModel::ColumnCount));
        QCOMPARE(model.index(0, EndpointTableModel::NamesColumn).data().toString(),
                 QStringLiteral("intranet.example.test, *.intranet.example.test"));
        QCOMPARE(model.index(1, EndpointTableModel::ExposureColumn).data().toString(), QStringLiteral("External"));
        QCOMPARE(model.index(1, EndpointTableModel::ValidationColumn).data().toString(), QStringLiteral("http-01"));
        QCOMPARE(model.index(1, EndpointTableModel::ExpiresColumn).data().toString(),
                 QStringLiteral("No certificate yet"));
        QCOMPARE(model.index(1, 0).data(EndpointTableModel::EndpointIdRole).toLongLong(), 2);
    }

    void sortsExpiryByDateNotByText()
    {
        EndpointTableModel model;
        model.setEndpoints(sample());
        const QVariant raw = model.index(0, EndpointTableModel::ExpiresColumn).data(EndpointTableModel::SortRole);
        QCOMPARE(raw.metaType(), QMetaType::fromType<QDateTime>());
        QCOMPARE(raw.toDateTime(), QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC));
    }

    void namesEveryColumn()
    {
        EndpointTableModel model;
        for (int column = 0; column < EndpointTableModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        }
    }
};

QTEST_MAIN(TestEndpointTableModel)
#include "TestEndpointTableModel.moc"
