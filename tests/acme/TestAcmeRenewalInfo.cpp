#include "tests/support/TestData.h"

#include "core/acme/AcmeRenewalInfo.h"

#include <QJsonDocument>
#include <QTest>

class TestAcmeRenewalInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void readsTheSuggestedWindow()
    {
        const auto info =
            AcmeRenewalInfo::fromJson(QJsonDocument::fromJson(testData("acme/renewal-info.json")).object());
        QVERIFY(info.isValid());
        QCOMPARE(info.windowStart, QDateTime(QDate(2025, 1, 2), QTime(4, 0), Qt::UTC));
        QCOMPARE(info.windowEnd, QDateTime(QDate(2025, 1, 3), QTime(4, 0), Qt::UTC));
        QCOMPARE(info.explanation, QUrl(QStringLiteral("https://acme.example.com/docs/ari")));
    }

    void rejectsAnInvertedWindow()
    {
        const QJsonObject object{{QStringLiteral("suggestedWindow"),
                                  QJsonObject{{QStringLiteral("start"), QStringLiteral("2025-01-03T04:00:00Z")},
                                              {QStringLiteral("end"), QStringLiteral("2025-01-02T04:00:00Z")}}}};
        QVERIFY(!AcmeRenewalInfo::fromJson(object).isValid());
        QVERIFY(!AcmeRenewalInfo::fromJson({}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAcmeRenewalInfo)
#include "TestAcmeRenewalInfo.moc"
