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

    static qint64 rows(Store &store)
    {
        QSqlQuery query(store.connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM hub_audit_log")) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

    void recordedEntriesAreWrittenTogetherShortlyAfter()
    {
        const qint64 before = rows(*m_hub.store);
        for (int i = 0; i < 5; ++i) {
            HubAuditLog::Entry entry;
            entry.clientId = QStringLiteral("batch");
            entry.api = QStringLiteral("httpreq");
            entry.action = QStringLiteral("present");
            entry.name = QStringLiteral("n%1.example.test").arg(i);
            m_hub.audit->record(entry);
        }
        QCOMPARE(m_hub.audit->queued(), 5);
        QCOMPARE(rows(*m_hub.store), before); // nothing written yet
        QTRY_COMPARE(rows(*m_hub.store), before + 5);
        QCOMPARE(m_hub.audit->queued(), 0);
        // Stamped when recorded, not when written.
        QCOMPARE(m_hub.audit->recent(1, QStringLiteral("batch")).value().first().at, m_hub.clock.now());
    }

    void recentAndDestructionWriteWhatIsQueued()
    {
        HubAuditLog::Entry entry;
        entry.clientId = QStringLiteral("queued");
        entry.api = QStringLiteral("hub");
        entry.action = QStringLiteral("present");
        m_hub.audit->record(entry);
        QCOMPARE(m_hub.audit->recent(5, QStringLiteral("queued")).value().size(), 1);
        {
            HubAuditLog other(m_hub.store, m_hub.clock);
            entry.clientId = QStringLiteral("at-exit");
            other.record(entry);
        }
        QCOMPARE(m_hub.audit->recent(5, QStringLiteral("at-exit")).value().size(), 1);
    }

    void aFullBatchIsWrittenAtOnce()
    {
        const qint64 before = rows(*m_hub.store);
        HubAuditLog::Entry entry;
        entry.api = QStringLiteral("hub");
        entry.action = QStringLiteral("present");
        for (int i = 0; i < HubAuditLog::FlushBatch; ++i) {
            m_hub.audit->record(entry);
        }
        QCOMPARE(m_hub.audit->queued(), 0);
        QCOMPARE(rows(*m_hub.store), before + HubAuditLog::FlushBatch);
    }
};

QTEST_GUILESS_MAIN(TestHubAuditLog)
#include "TestHubAuditLog.moc"
