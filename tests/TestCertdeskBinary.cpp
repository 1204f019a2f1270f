#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Drives the real `certdesk` executable the way scripts and service managers do.
class TestCertdeskBinary : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run certdesk(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(CERTDESK_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("timed out");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QStringList workerMessages(const QString &databasePath)
    {
        QStringList messages;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT message FROM activity_log WHERE area = 'worker' ORDER BY id"));
                while (query.next()) {
                    messages << query.value(0).toString();
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return messages;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:

    void printsItsVersion()
    {
        const Run run =
            certdesk({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("v")), QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("CertDesk %1").arg(QStringLiteral(CERTDESK_VERSION_STRING)));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("v"))).exists()); // --version touches nothing
    }

    void headlessCreatesItsDatabaseAndStopsCleanlyOnSigterm()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("headless"));
        const QString database = QDir(dataDir).filePath(QStringLiteral("certdesk.sqlite"));
        QProcess process;
        process.start(QStringLiteral(CERTDESK_BINARY),
                      {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--headless")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(workerMessages(database).contains(QStringLiteral("Background worker started.")),
                                 15000);
        QCOMPARE(process.state(), QProcess::Running);

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(workerMessages(database).constLast(), QStringLiteral("Background worker stopped."));
    }

    void refusesASecondInstanceRunningRenewals()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("twice"));
        const QString database = QDir(dataDir).filePath(QStringLiteral("certdesk.sqlite"));
        QProcess first;
        first.start(QStringLiteral(CERTDESK_BINARY),
                    {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--headless")});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(workerMessages(database).contains(QStringLiteral("Background worker started.")),
                                 15000);

        const Run second = certdesk({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--headless")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("already runs renewals")), qPrintable(second.err));
        QVERIFY(second.err.contains(QString::number(first.processId())));

        first.terminate();
        QVERIFY(first.waitForFinished(15000));
        QCOMPARE(first.exitCode(), 0);
        // Released on exit: the next instance starts.
        // Running means its worker started (and its SIGTERM handler is in place), not "some time passed".
        const qsizetype startsBefore = workerMessages(database).count(QStringLiteral("Background worker started."));
        QProcess third;
        third.start(QStringLiteral(CERTDESK_BINARY),
                    {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--headless")});
        QVERIFY(third.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            workerMessages(database).count(QStringLiteral("Background worker started.")) == startsBefore + 1, 15000);
        QCOMPARE(third.state(), QProcess::Running);
        third.terminate();
        QVERIFY(third.waitForFinished(15000));
        QCOMPARE(third.exitCode(), 0);
    }

    void infoReportsTheProfileAsJson()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("info"));
        const Run run =
            certdesk({QStringLiteral("info"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(object.value(QStringLiteral("dataDir")).toString(), QDir(dataDir).absolutePath());
        QVERIFY(object.value(QStringLiteral("schemaVersion")).toInt() >= 1);
        QVERIFY(QFile::exists(object.value(QStringLiteral("database")).toString()));
    }

    void explainsADamagedDatabaseAndLeavesIt()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(dataDir));
        const QString database = QDir(dataDir).filePath(QStringLiteral("certdesk.sqlite"));
        const QByteArray garbage = QByteArray("definitely not SQLite\n").repeated(100);
        {
            QFile file(database);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        const Run run = certdesk({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--headless")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("backup")));
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);

        const Run json =
            certdesk({QStringLiteral("info"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject error =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("store.corrupt"));
    }

    void rejectsUnknownCommandsWithUsageExitCode()
    {
        const Run run =
            certdesk({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("u")), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
        QVERIFY(run.err.contains(QStringLiteral("--help")));
    }

    void helpListsOptionsAndCommands()
    {
        const Run run = certdesk({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *expected : {"--data-dir", "--headless", "--version", "info"}) {
            QVERIFY2(run.out.contains(QLatin1String(expected)), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestCertdeskBinary)
#include "TestCertdeskBinary.moc"
