#include "Lab.h"
#include "LabVerify.h"
#include "support/ManualClock.h"

#include "core/dns/RecordStatusRepository.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderQueue.h"
#include "core/jobs/RecordWatcher.h"
#include "core/jobs/RenewalScheduler.h"
#include "core/jobs/Worker.h"
#include "core/jobs/WorkerThread.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ActivityLog.h"
#include "core/store/Store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>
#include <tuple>

// The worker's eye on required records: checks at an interval and before every renewal, keeps
// the last state, and announces a record that broke or appeared, against the lab's BIND
// changed for real.
class TestRecordWatcher final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::shared_ptr<Store> m_store;
    qint64 m_endpoint = 0;
    DelegationZone m_delegation;

    QString name() const { return QStringLiteral("watched.") + m_lab.customerZone(); }

    QString challengeName() const { return QStringLiteral("_acme-challenge.") + name(); }

    QString target() const { return m_delegation.targetFor(DnsName::parse(name()).value()).fqdn(); }

    QList<RecordStatus> checkNow(RecordWatcher &watcher)
    {
        QSignalSpy checked(&watcher, &RecordWatcher::checked);
        std::optional<Result<RecordWatcher::Report>> report;
        m_clock.advance(60);
        watcher.check({}, [&report](const Result<RecordWatcher::Report> &done) {
            report = done;
        });
        if (!checked.wait(10000) || !report || !report->ok()) {
            return {};
        }
        // The caller hears the same statuses as everyone else, with the endpoints they cover.
        const QList<RecordStatus> statuses = checked.first().first().value<QList<RecordStatus>>();
        if (report->value().statuses.size() != statuses.size()
            || checked.first().at(1).value<QList<qint64>>() != QList<qint64>{m_endpoint}
            || report->value().endpointIds != QList<qint64>{m_endpoint} || report->value().checkedAt != m_clock.now()) {
            qWarning() << "the report and the signal disagree";
            return {};
        }
        return statuses;
    }

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        m_store = Store::open(m_dir.filePath(QStringLiteral("certdesk.sqlite"))).value();
        QSqlQuery provider(m_store->connection());
        QVERIFY(provider.exec(QStringLiteral("INSERT INTO dns_providers (title, kind, created_at, updated_at) "
                                             "VALUES ('lab', 'rfc2136', '2026-01-01', '2026-01-01')")));
        m_delegation.zone = DnsName::parse(m_lab.delegationZone()).value();
        LAB_VERIFY_OK(
            DelegationZoneRepository(m_store, m_clock).set(m_delegation.zone, provider.lastInsertId().toLongLong()));
        DnsSettings settings;
        settings.resolvers = {DnsServer{QHostAddress::LocalHost, m_lab.bindPort()}};
        settings.authoritativePort = m_lab.bindPort();
        LAB_VERIFY_OK(settings.save(m_store));
        Endpoint endpoint;
        endpoint.names = {name()};
        const Result<Endpoint> added = EndpointRepository(m_store).add(endpoint);
        LAB_VERIFY_OK(added);
        m_endpoint = added->id;
    }

    void firstLookIsRecordedWithoutAnAnnouncement()
    {
        RecordWatcher watcher(m_store, m_clock);
        QSignalSpy changed(&watcher, &RecordWatcher::recordChanged);
        const QList<RecordStatus> statuses = checkNow(watcher);
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses.first().state, RecordStatus::State::Missing);
        QCOMPARE(changed.count(), 0);
        const auto stored = RecordStatusRepository(m_store).forEndpoint(m_endpoint);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().state, RecordStatus::State::Missing);
        QCOMPARE(stored->first().owner, challengeName());
    }

    void aMissingRecordThatAppearsIsAnnounced()
    {
        LAB_VERIFY_OK(m_lab.bindAddRecord(challengeName(), QStringLiteral("CNAME"), target()));
        RecordWatcher watcher(m_store, m_clock);
        QSignalSpy changed(&watcher, &RecordWatcher::recordChanged);
        const QList<RecordStatus> statuses = checkNow(watcher);
        QCOMPARE(statuses.first().state, RecordStatus::State::Ok);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), m_endpoint);
        QCOMPARE(changed.first().at(2).value<RecordWatcher::Change>(), RecordWatcher::Change::Appeared);
        QCOMPARE(RecordStatusRepository(m_store).forEndpoint(m_endpoint)->first().changedAt, m_clock.now());
        // Checking again with nothing changed announces nothing.
        QSignalSpy again(&watcher, &RecordWatcher::recordChanged);
        checkNow(watcher);
        QCOMPARE(again.count(), 0);
    }

    void anOkRecordThatBreaksIsAnnouncedAndLogged()
    {
        LAB_VERIFY_OK(
            m_lab.bindReplaceRecords(challengeName(),
                                     QStringLiteral("CNAME"),
                                     QStringLiteral("elsewhere.") + m_lab.delegationZone() + QLatin1Char('.')));
        RecordWatcher watcher(m_store, m_clock);
        QSignalSpy changed(&watcher, &RecordWatcher::recordChanged);
        const QList<RecordStatus> statuses = checkNow(watcher);
        QCOMPARE(statuses.first().state, RecordStatus::State::WrongTarget);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(2).value<RecordWatcher::Change>(), RecordWatcher::Change::Broke);
        QCOMPARE(changed.first().at(1).value<RecordStatus>().actual,
                 QStringLiteral("elsewhere.") + m_lab.delegationZone());
        const auto logged = ActivityLog(m_store).recent(5, m_endpoint);
        QVERIFY(logged.ok() && !logged->isEmpty());
        QCOMPARE(logged->first().severity, ActivityLog::Severity::Warning);
        QVERIFY2(logged->first().message.contains(QStringLiteral("broke")), qPrintable(logged->first().message));
        LAB_VERIFY_OK(m_lab.bindReplaceRecords(challengeName(), QStringLiteral("CNAME"), target()));
    }

    void checksAtItsInterval()
    {
        RecordWatcher watcher(m_store, m_clock);
        QSignalSpy checked(&watcher, &RecordWatcher::checked);
        watcher.start(1);
        QVERIFY(checked.wait(5000));
        QVERIFY(checked.wait(5000));
        watcher.stop();
        QVERIFY(checked.count() >= 2);
    }

    void theWorkerThreadAnnouncesChangesToTheGuiThread()
    {
        // The worker's watcher at a one-second interval; its announcement crosses threads.
        qputenv("CERTDESK_RECORD_CHECK_SECONDS", "1");
        SecretStore secrets(m_store->profileId());
        WorkerThread worker(m_store, &secrets);
        QList<std::tuple<qint64, RecordStatus, RecordWatcher::Change, bool>> received;
        connect(worker.worker(),
                &Worker::recordChanged,
                this,
                [this, &received](qint64 id, const RecordStatus &status, RecordWatcher::Change change) {
                    received.append({id, status, change, QThread::currentThread() == thread()});
                });
        int checks = 0;
        connect(worker.worker(), &Worker::recordsChecked, this, [&checks] {
            ++checks;
        });
        worker.start();
        // Once it has seen the current (OK) state, break the record for real.
        QTRY_VERIFY_WITH_TIMEOUT(checks > 0, 30000);
        LAB_VERIFY_OK(m_lab.bindRemoveRecords(challengeName(), QStringLiteral("CNAME")));
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 10000);
        worker.shutdown();
        qunsetenv("CERTDESK_RECORD_CHECK_SECONDS");
        const auto &[id, status, change, onGuiThread] = received.first();
        QCOMPARE(id, m_endpoint);
        QCOMPARE(change, RecordWatcher::Change::Broke);
        QCOMPARE(status.state, RecordStatus::State::Missing);
        QVERIFY(onGuiThread);
        LAB_VERIFY_OK(m_lab.bindAddRecord(challengeName(), QStringLiteral("CNAME"), target()));
    }

    void checksTheRecordsBeforeEveryRenewal()
    {
        // A certificate at the end of its life: the scheduler renews it, but looks first.
        QSqlQuery certificate(m_store->connection());
        certificate.prepare(QStringLiteral(
            "INSERT INTO certificates (endpoint_id, serial, subject_names, not_before, not_after, key_type, "
            "fingerprint_sha256, chain_pem, created_at) VALUES (?, '01', ?, ?, ?, 'ec-p256', 'ff', 'x', ?)"));
        certificate.addBindValue(m_endpoint);
        certificate.addBindValue(name());
        certificate.addBindValue(m_clock.now().addDays(-80).toString(Qt::ISODateWithMs));
        certificate.addBindValue(m_clock.now().addDays(2).toString(Qt::ISODateWithMs));
        certificate.addBindValue(m_clock.now().addDays(-80).toString(Qt::ISODateWithMs));
        QVERIFY(certificate.exec());

        SecretStore secrets(m_store->profileId());
        OrderQueue queue(m_store, &secrets);
        RecordWatcher watcher(m_store, m_clock);
        RenewalScheduler scheduler(m_store, &queue, m_clock);
        scheduler.setRecordWatcher(&watcher);
        QStringList events;
        connect(&watcher, &RecordWatcher::checked, this, [&events](const QList<RecordStatus> &statuses) {
            events << QStringLiteral("checked %1").arg(statuses.size());
        });
        connect(&queue, &OrderQueue::orderFinished, this, [&events](qint64 id) {
            events << QStringLiteral("order %1").arg(id);
        });
        scheduler.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, 15000);
        QCOMPARE(events, (QStringList{QStringLiteral("checked 1"), QStringLiteral("order %1").arg(m_endpoint)}));
    }
};

QTEST_GUILESS_MAIN(TestRecordWatcher)
#include "TestRecordWatcher.moc"
