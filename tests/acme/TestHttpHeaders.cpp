#include "core/acme/HttpHeaders.h"

#include <QTest>

class TestHttpHeaders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void findsAlternateChainLinks()
    {
        const QUrl base(QStringLiteral("https://ca.test/acme/cert/1"));
        const QList<QByteArray> headers{
            R"(<https://ca.test/acme/directory>;rel="index", </acme/cert/1/1>;rel="alternate")",
            R"(<https://ca.test/acme/cert/1/2>; rel=alternate)",
        };
        QCOMPARE(HttpHeaders::linkTargets(headers, "alternate", base),
                 QList<QUrl>({QUrl(QStringLiteral("https://ca.test/acme/cert/1/1")),
                              QUrl(QStringLiteral("https://ca.test/acme/cert/1/2"))}));
        QCOMPARE(HttpHeaders::linkTargets(headers, "index", base),
                 QList<QUrl>({QUrl(QStringLiteral("https://ca.test/acme/directory"))}));
        QVERIFY(HttpHeaders::linkTargets(headers, "up", base).isEmpty());
    }

    void matchesOneOfSeveralRelations()
    {
        const QList<QByteArray> headers{R"(<https://ca.test/x>; rel="up alternate")"};
        QCOMPARE(HttpHeaders::linkTargets(headers, "alternate", {}).size(), 1);
    }

    void readsRetryAfterSeconds()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(HttpHeaders::retryAfter("120", now), std::optional(now.addSecs(120)));
        QVERIFY(!HttpHeaders::retryAfter("-5", now).has_value());
        QVERIFY(!HttpHeaders::retryAfter("", now).has_value());
    }

    void readsRetryAfterHttpDate()
    {
        const auto when = HttpHeaders::retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", QDateTime::currentDateTimeUtc());
        QVERIFY(when.has_value());
        QCOMPARE(*when, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestHttpHeaders)
#include "TestHttpHeaders.moc"
