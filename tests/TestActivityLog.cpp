#include "core/store/ActivityLog.h"
#include "core/store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestActivityLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Store> m_store;

private Q_SLOTS:

    void initTestCase()
    {
        Result<std::shared_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("log.sqlite")));
        QVERIFY(store.ok());
        m_store = store.value();
        QSqlQuery query(m_store->connection());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO endpoints (id, created_at, updated_at) VALUES (7, 'now', 'now')")));
    }

    void listsNewestFirstWithEveryField()
    {
        ActivityLog log(m_store);
        QVERIFY(log.append(ActivityLog::Severity::Info, QStringLiteral("acme"), QStringLiteral("first")).ok());
        const Result<qint64> second = log.append(ActivityLog::Severity::Error,
                                                 QStringLiteral("deploy"),
                                                 QStringLiteral("second"),
                                                 QStringLiteral("post-deploy command exited with 3"),
                                                 7);
        QVERIFY(second.ok());
        const Result<QList<ActivityLog::Entry>> entries = log.recent(10);
        QVERIFY(entries.ok());
        QVERIFY(entries.value().size() >= 2);
        const ActivityLog::Entry &newest = entries.value().first();
        QCOMPARE(newest.id, second.value());
        QCOMPARE(newest.severity, ActivityLog::Severity::Error);
        QCOMPARE(newest.area, QStringLiteral("deploy"));
        QCOMPARE(newest.detail, QStringLiteral("post-deploy command exited with 3"));
        QCOMPARE(newest.endpointId, std::optional<qint64>(7));
        QVERIFY(newest.at.isValid());
        QVERIFY(qAbs(newest.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void filtersByEndpointAndHonoursTheLimit()
    {
        ActivityLog log(m_store);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(
                log.append(ActivityLog::Severity::Warning, QStringLiteral("dns"), QStringLiteral("n%1").arg(i), {}, 7)
                    .ok());
        }
        const Result<QList<ActivityLog::Entry>> limited = log.recent(3, 7);
        QVERIFY(limited.ok());
        QCOMPARE(limited.value().size(), 3);
        for (const ActivityLog::Entry &entry : limited.value()) {
            QCOMPARE(entry.endpointId, std::optional<qint64>(7));
        }
        QCOMPARE(limited.value().first().message, QStringLiteral("n4"));
    }

    void rejectsAnEndpointThatDoesNotExist()
    {
        ActivityLog log(m_store);
        const Result<qint64> appended =
            log.append(ActivityLog::Severity::Info, QStringLiteral("acme"), QStringLiteral("x"), {}, 12345);
        QVERIFY(!appended.ok());
        QCOMPARE(appended.problem().code, QStringLiteral("store.write-failed"));
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "TestActivityLog.moc"
