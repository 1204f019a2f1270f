#include "ui/endpoints/OrderHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestOrderHistoryModel : public QObject
{
    Q_OBJECT

private:
    static QList<OrderRepository::Order> orders()
    {
        const QDateTime start(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC);
        OrderRepository::Order running;
        running.id = 3;
        running.state = QStringLiteral("processing");
        running.createdAt = start.addDays(2);
        OrderRepository::Order failed;
        failed.id = 2;
        failed.state = QStringLiteral("failed");
        failed.problem = QStringLiteral("acme.unauthorized");
        failed.createdAt = start.addDays(1);
        failed.finishedAt = start.addDays(1).addSecs(30);
        OrderRepository::Order issued;
        issued.id = 1;
        issued.state = QStringLiteral("valid");
        issued.url = QUrl(QStringLiteral("https://ca.test/order/1"));
        issued.createdAt = start;
        issued.finishedAt = start.addSecs(20);
        return {running, failed, issued};
    }

private Q_SLOTS:

    void passesTheModelTester()
    {
        OrderHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders(orders());
        model.setOrders({});
        model.setOrders(orders().mid(1));
    }

    void saysHowEachOrderEnded()
    {
        OrderHistoryModel model;
        model.setOrders(orders());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, OrderHistoryModel::ResultColumn).data().toString(),
                 QStringLiteral("In progress (processing)"));
        QCOMPARE(model.index(0, OrderHistoryModel::FinishedColumn).data().toString(), QString());
        QCOMPARE(model.index(1, OrderHistoryModel::ResultColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(1, OrderHistoryModel::ProblemColumn).data().toString(),
                 QStringLiteral("acme.unauthorized"));
        QCOMPARE(model.index(2, OrderHistoryModel::ResultColumn).data().toString(),
                 QStringLiteral("Certificate issued"));
        QCOMPARE(model.index(2, OrderHistoryModel::ResultColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("https://ca.test/order/1"));
        for (int column = 0; column < OrderHistoryModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        }
    }
};

QTEST_MAIN(TestOrderHistoryModel)
#include "TestOrderHistoryModel.moc"
