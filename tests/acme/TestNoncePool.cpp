#include "core/acme/NoncePool.h"

#include <QTest>

class TestNoncePool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void isEmptyAtFirst()
    {
        NoncePool pool;
        QVERIFY(!pool.take().has_value());
    }

    void usesEachNonceOnceNewestFirst()
    {
        NoncePool pool;
        pool.add("oFvnlFP1wIhRlYS2jTaXbA");
        pool.add("4dZgDq2qKJa9QQwnJFB3Yw");
        QCOMPARE(pool.take(), std::optional<QByteArray>("4dZgDq2qKJa9QQwnJFB3Yw"));
        QCOMPARE(pool.take(), std::optional<QByteArray>("oFvnlFP1wIhRlYS2jTaXbA"));
        QVERIFY(!pool.take().has_value());
    }

    void ignoresDuplicatesAndInvalidNonces()
    {
        NoncePool pool;
        pool.add("abc");
        pool.add("abc");
        pool.add("has space");
        pool.add("padded==");
        pool.add("");
        QCOMPARE(pool.size(), 1);
    }

    void keepsOnlyTheNewestUpToCapacity()
    {
        NoncePool pool;
        for (int i = 0; i < NoncePool::Capacity + 5; ++i) {
            pool.add("nonce" + QByteArray::number(i));
        }
        QCOMPARE(pool.size(), NoncePool::Capacity);
        QCOMPARE(pool.take(), std::optional<QByteArray>("nonce" + QByteArray::number(NoncePool::Capacity + 4)));
    }
};

QTEST_GUILESS_MAIN(TestNoncePool)
#include "TestNoncePool.moc"
