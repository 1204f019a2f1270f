#include "tests/support/TestData.h"

#include "core/acme/AcmeOrder.h"

#include <QJsonDocument>
#include <QTest>

class TestAcmeOrder final : public QObject
{
    Q_OBJECT

private:
    static AcmeOrder load(const char *fixture)
    {
        return AcmeOrder::fromJson(QJsonDocument::fromJson(testData(fixture)).object(),
                                   QUrl(QStringLiteral("https://example.com/acme/order/TOlocE8rfgo")));
    }

private Q_SLOTS:

    void readsRfc8555Example()
    {
        const AcmeOrder order = load("acme/order-pending.json");
        QCOMPARE(order.status, QStringLiteral("pending"));
        QCOMPARE(order.url, QUrl(QStringLiteral("https://example.com/acme/order/TOlocE8rfgo")));
        QCOMPARE(order.identifiers.size(), 2);
        QCOMPARE(order.identifiers.at(1), AcmeIdentifier::dns(QStringLiteral("example.org")));
        QCOMPARE(order.authorizations.size(), 2);
        QCOMPARE(order.finalize, QUrl(QStringLiteral("https://example.com/acme/order/TOlocE8rfgo/finalize")));
        QCOMPARE(order.expires, QDateTime(QDate(2016, 1, 5), QTime(14, 9, 7, 990), Qt::UTC));
        QCOMPARE(order.profile, QStringLiteral("shortlived"));
        QVERIFY(order.certificate.isEmpty());
        QVERIFY(order.isInProgress());
        QVERIFY(!order.error.has_value());
    }

    void carriesTheErrorOfAnInvalidOrder()
    {
        const AcmeOrder order = load("acme/order-invalid.json");
        QVERIFY(!order.isInProgress());
        QVERIFY(order.error.has_value());
        QCOMPARE(order.error->code, QStringLiteral("acme.unauthorized"));
    }
};

QTEST_GUILESS_MAIN(TestAcmeOrder)
#include "TestAcmeOrder.moc"
