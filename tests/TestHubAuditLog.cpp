#include "support/HubFixture.h"

class TestHubAuditLog : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;

private Q_SLOTS:

    void initTestCase() { QVERIFY(m_hub.setUp()); }

    void recordsWhoWhatNameDecisionAndWhy()
    {
        HubAuditLog::Entry entry;
        entry.clientId = QStringLiteral("client-1");
        entry.remote = QStringLiteral("127.0.0.1");
        entry.api = QStringLiteral("httpreq");
        entry.action = QStringLiteral("present");
        entry.name = QStringLiteral("a.example.test");
        entry.allowed = false;
        entry.reason = QStringLiteral("wrong secret");
        QVERIFY(m_hub.audit->append(entry).ok());

        const QList<HubAuditLog::Entry> entries = m_hub.auditEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().clientId, QStringLiteral("client-1"));
        QCOMPARE(entries.first().api, QStringLiteral("httpreq"));
        QCOMPARE(entries.first().action, QStringLiteral("present"));
        QCOMPARE(entries.first().name, QStringLiteral("a.example.test"));
        QCOMPARE(entries.first().allowed, false);
        QCOMPARE(entries.first().reason, QStringLiteral("wrong secret"));
        QCOMPARE(entries.first().at, m_hub.clock.now());
    }

    void newestFirstAndFilteredByClient()
    {
        for (const QString &client : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}) {
            m_hub.clock.advance(1);
            HubAuditLog::Entry entry;
            entry.clientId = client;
            entry.api = QStringLiteral("certify");
            entry.action = QStringLiteral("cleanup");
            entry.allowed = true;
            QVERIFY(m_hub.audit->append(entry).ok());
        }
        const Result<QList<HubAuditLog::Entry>> forA = m_hub.audit->recent(10, QStringLiteral("a"));
        QVERIFY(forA.ok());
        QCOMPARE(forA->size(), 2);
        QVERIFY(forA->at(0).at > forA->at(1).at);
    }

    void keepsClientSuppliedTextOnOneLine()
    {
        HubAuditLog::Entry injected;
        injected.clientId = QStringLiteral("x\ny");
        injected.api = QStringLiteral("hub");
        injected.action = QStringLiteral("present");
        injected.name = QStringLiteral("a\r\nb");
        QVERIFY(m_hub.audit->append(injected).ok());
        const HubAuditLog::Entry entry = m_hub.auditEntries().first();
        QVERIFY(!entry.clientId.contains(QLatin1Char('\n')));
        QVERIFY(!entry.name.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestHubAuditLog)
#include "TestHubAuditLog.moc"
