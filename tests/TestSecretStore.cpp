#include "core/Profile.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QDirIterator>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Runs against the real Secret Service that tools/with-secret-service.sh starts for this test.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    static QByteArray randomSecret()
    {
        QByteArray bytes(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return "cd-secret-" + bytes.toHex();
    }

    // Starts the job and waits for its single `finished`; returns the job's outcome.
    struct Outcome
    {
        bool failed = true;
        Problem problem;
        QByteArray data;
        int finishedCount = 0;
    };

    static Outcome run(SecretJob *job)
    {
        Outcome outcome;
        QObject::connect(job, &SecretJob::finished, job, [&outcome](SecretJob *done) {
            outcome.failed = done->failed();
            outcome.problem = done->problem();
            outcome.data = done->data();
            ++outcome.finishedCount;
        });
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->start();
        if (!destroyed.wait(10000)) {
            qWarning("keychain job did not finish");
        }
        return outcome;
    }

    SecretRef uniqueRef(const QString &kind) const
    {
        return SecretRef(kind, QString::number(QRandomGenerator::global()->generate()));
    }

    SecretStore m_store{QStringLiteral("test-profile")};

private Q_SLOTS:

    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QFAIL("No D-Bus session: run this test through CTest (tools/with-secret-service.sh starts one)");
        }
    }

    void writesReadsAndRemovesASecret()
    {
        const SecretRef ref = uniqueRef(QStringLiteral("account-key"));
        const QByteArray secret = randomSecret();

        const Outcome written = run(m_store.write(ref, secret));
        QVERIFY2(!written.failed, qPrintable(written.problem.message()));

        const Outcome read = run(m_store.read(ref));
        QVERIFY2(!read.failed, qPrintable(read.problem.message()));
        QCOMPARE(read.data, secret);

        const Outcome removed = run(m_store.remove(ref));
        QVERIFY2(!removed.failed, qPrintable(removed.problem.message()));

        const Outcome gone = run(m_store.read(ref));
        QVERIFY(gone.failed);
        QCOMPARE(gone.problem.code, QStringLiteral("keychain.not-found"));
        QVERIFY(gone.problem.detail.contains(ref.toString()));
    }

    void keepsBinarySecretsIntact()
    {
        const SecretRef ref = uniqueRef(QStringLiteral("data-key"));
        QByteArray secret(32, Qt::Uninitialized);
        for (int i = 0; i < secret.size(); ++i) {
            secret[i] = static_cast<char>(i * 37); // includes NUL and high bytes
        }
        QVERIFY(!run(m_store.write(ref, secret)).failed);
        QCOMPARE(run(m_store.read(ref)).data, secret);
        QVERIFY(!run(m_store.remove(ref)).failed);
    }

    void overwritesAnExistingSecret()
    {
        const SecretRef ref = uniqueRef(QStringLiteral("dns-credential"));
        QVERIFY(!run(m_store.write(ref, "first")).failed);
        QVERIFY(!run(m_store.write(ref, "second")).failed);
        QCOMPARE(run(m_store.read(ref)).data, QByteArray("second"));
        QVERIFY(!run(m_store.remove(ref)).failed);
    }

    void removingAMissingSecretSucceeds()
    {
        const Outcome removed = run(m_store.remove(uniqueRef(QStringLiteral("never-written"))));
        QVERIFY2(!removed.failed, qPrintable(removed.problem.message()));
    }

    void separatesProfiles()
    {
        const SecretRef ref = uniqueRef(QStringLiteral("account-key"));
        QVERIFY(!run(m_store.write(ref, "mine")).failed);
        SecretStore other(QStringLiteral("other-profile"));
        const Outcome read = run(other.read(ref));
        QVERIFY(read.failed);
        QCOMPARE(read.problem.code, QStringLiteral("keychain.not-found"));
        QVERIFY(!run(m_store.remove(ref)).failed);
    }

    void neverFinishesSynchronouslyAndFinishesOnce()
    {
        SecretJob *job = m_store.read(uniqueRef(QStringLiteral("account-key")));
        QSignalSpy finished(job, &SecretJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->start();
        QCOMPARE(finished.count(), 0);
        job->start(); // a second start is ignored
        QVERIFY(destroyed.wait(10000));
        QCOMPARE(finished.count(), 1);
    }

    void rejectsMalformedReferences()
    {
        const Outcome outcome = run(m_store.write(SecretRef(QStringLiteral("bad/kind"), QStringLiteral("1")), "x"));
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.problem.code, QStringLiteral("secrets.bad-reference"));
        QVERIFY(!SecretRef::parse(QStringLiteral("certdesk/../1")).ok());
        QVERIFY(!SecretRef::parse(QStringLiteral("other/kind/1")).ok());
        const Result<SecretRef> parsed = SecretRef::parse(QStringLiteral("certdesk/account-key/7"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), SecretRef(QStringLiteral("account-key"), QStringLiteral("7")));
    }

    void deliversResultsToTheCallingThread()
    {
        const SecretRef ref = uniqueRef(QStringLiteral("account-key"));
        QVERIFY(!run(m_store.write(ref, "from-main")).failed);

        QThread worker;
        worker.start();
        QByteArray seen;
        QThread *deliveredOn = nullptr;
        QObject context;
        context.moveToThread(&worker);
        QSignalSpy done(&worker, &QThread::finished);
        QMetaObject::invokeMethod(&context, [&] {
            m_store.fetch(ref, &context, [&](const Result<QByteArray> &secret) {
                seen = secret ? secret.value() : QByteArray();
                deliveredOn = QThread::currentThread();
                worker.quit();
            });
        });
        QVERIFY(done.wait(10000));
        QCOMPARE(seen, QByteArray("from-main"));
        QCOMPARE(deliveredOn, &worker);
        QVERIFY(!run(m_store.remove(ref)).failed);
    }

    // Found by UBSan and LeakSanitizer: the answer for a context in another thread was read from
    // a job that had already deleted itself, and a job started by a worker that then stopped
    // waited forever (leaked) for that worker to run its events.
    void aJobOutlivesTheWorkerThatStartedIt()
    {
        const SecretRef ref = uniqueRef(QStringLiteral("order-key"));
        QVERIFY(!run(m_store.write(ref, "short-lived")).failed);
        {
            QThread worker;
            worker.start();
            QObject context;
            context.moveToThread(&worker);
            bool answered = false;
            QMetaObject::invokeMethod(
                &context,
                [&] {
                    m_store.erase(ref, &context, [&](const Result<void> &) {
                        answered = true;
                    });
                },
                Qt::BlockingQueuedConnection);
            worker.quit();
            QVERIFY(worker.wait(10000));
            QVERIFY(!answered); // the worker stopped before the keychain could answer
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_store.hasPendingJobs(), 10000);
        const Outcome read = run(m_store.read(ref));
        QCOMPARE(read.problem.code, QStringLiteral("keychain.not-found")); // the removal still happened
    }

    // Found by LeakSanitizer: a window closed while an order was reading its key left the job
    // behind, since the store that would have run it was gone.
    void aStoreGoneBeforeTheKeychainAnswersTakesItsJobsWithIt()
    {
        QPointer<SecretJob> job;
        {
            SecretStore store(QStringLiteral("short-lived-store"));
            job = store.read(uniqueRef(QStringLiteral("account-key")));
            job->start();
        }
        QVERIFY(job.isNull());
    }

    void noSecretReachesTheDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Result<std::unique_ptr<Profile>> profile = Profile::open(dir.path());
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.problem().message()));
        std::shared_ptr<Store> store = profile.value()->store();
        SecretStore secrets(store->profileId());

        const QByteArray accountKey = randomSecret();
        const QByteArray tsigSecret = randomSecret();
        const SecretRef accountRef(QStringLiteral("account-key"), QStringLiteral("1"));
        const SecretRef tsigRef(QStringLiteral("dns-credential"), QStringLiteral("1"));
        QVERIFY(!run(secrets.write(accountRef, accountKey)).failed);
        QVERIFY(!run(secrets.write(tsigRef, tsigSecret)).failed);

        // What CertDesk records is the reference, next to the non-secret settings.
        QSqlQuery query(store->connection());
        QVERIFY(query.exec(
            QStringLiteral(
                "INSERT INTO ca_accounts (title, directory_url, email, key_algorithm, key_ref, created_at, updated_at) "
                "VALUES ('Lab', 'https://127.0.0.1:14000/dir', 'admin@example.test', 'ES256', '%1', "
                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                .arg(accountRef.toString())));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO dns_providers (title, kind, settings, secret_ref, created_at, "
                                          "updated_at) VALUES ('BIND', 'rfc2136', '{}', '%1', "
                                          "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                               .arg(tsigRef.toString())));
        // And it reads the secret back through the reference alone.
        QVERIFY(query.exec(QStringLiteral("SELECT key_ref FROM ca_accounts")) && query.next());
        const Result<SecretRef> stored = SecretRef::parse(query.value(0).toString());
        QVERIFY(stored.ok());
        QCOMPARE(run(secrets.read(stored.value())).data, accountKey);

        // Every byte SQLite wrote (database, WAL, shared memory) is free of both secrets,
        // in any encoding a careless writer might have used.
        int filesScanned = 0;
        QDirIterator files(dir.path(), QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &secret : {accountKey, tsigSecret}) {
                QVERIFY2(!bytes.contains(secret), qPrintable(file.fileName()));
                QVERIFY(!bytes.contains(secret.toBase64()));
                QVERIFY(!bytes.contains(secret.toHex()));
            }
            ++filesScanned;
        }
        QVERIFY(filesScanned >= 2); // the database and its write-ahead log at least
        QVERIFY(!run(secrets.remove(accountRef)).failed);
        QVERIFY(!run(secrets.remove(tsigRef)).failed);
    }

    void failsClearlyWithoutAKeychainAndStoresNothing()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray secret = randomSecret();
        QProcess probe;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path() + QStringLiteral("/run"));
        environment.insert(QStringLiteral("DISPLAY"), QString()); // no autolaunched bus either
        probe.setProcessEnvironment(environment);
        probe.start(QStringLiteral(SECRET_PROBE), {QString::fromLatin1(secret)});
        QVERIFY(probe.waitForFinished(20000));
        const QString output = QString::fromUtf8(probe.readAllStandardOutput());
        QCOMPARE(probe.exitCode(), 1);
        QVERIFY2(output.startsWith(QLatin1String("keychain.unavailable")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("no Secret Service found; install and unlock gnome-keyring or KWallet"),
                                 Qt::CaseInsensitive),
                 qPrintable(output));

        // No plaintext fallback anywhere in the probe's home.
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
