#include "core/jobs/OrderQueue.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The queue's bookkeeping, without a CA: endpoints that no longer exist fail at once, which is
// the path where one finished order starts the next inside the same call.
class TestOrderQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Store> m_store;

private Q_SLOTS:

    void initTestCase()
    {
        Result<std::shared_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("queue.sqlite")));
        QVERIFY(store.ok());
        m_store = store.value();
    }

    void reportsIdleOnceAfterOrdersThatFailAtOnce()
    {
        SecretStore secrets(QStringLiteral("test-order-queue"));
        OrderQueue queue(m_store, &secrets);
        queue.setConcurrency(1);
        QSignalSpy idle(&queue, &OrderQueue::idle);
        QSignalSpy finished(&queue, &OrderQueue::orderFinished);
        queue.issue({901, 902, 903});
        QVERIFY(idle.wait(5000));
        QTest::qWait(50); // anything emitted late would be here now
        QCOMPARE(finished.count(), 3);
        for (const QList<QVariant> &order : std::as_const(finished)) {
            QCOMPARE(order.at(1).toBool(), false);
        }
        QCOMPARE(idle.count(), 1);
        QCOMPARE(queue.runningCount(), 0);
        QCOMPARE(queue.queuedCount(), 0);
    }

    void reportsIdleForAnEmptyRequest()
    {
        // `certdesk issue --all` with no endpoints must still come to an end.
        SecretStore secrets(QStringLiteral("test-order-queue"));
        OrderQueue queue(m_store, &secrets);
        QSignalSpy idle(&queue, &OrderQueue::idle);
        queue.issue({});
        QVERIFY(idle.wait(5000));
        QTest::qWait(50);
        QCOMPARE(idle.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrderQueue)
#include "TestOrderQueue.moc"
