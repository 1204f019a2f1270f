#include "core/store/SchemaMigration.h"
#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

// The state of a file and its folder, to prove that CertDesk left them alone.
struct Snapshot
{
    QByteArray hash;
    QDateTime modified;
    QStringList folder;

    static Snapshot of(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return {QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256),
                QFileInfo(path).lastModified(),
                QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files, QDir::Name)};
    }

    bool operator==(const Snapshot &) const = default;
};

// A plain connection that bypasses Store, for building and inspecting files in tests.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }

    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Q_DISABLE_COPY_MOVE(RawDatabase)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return QStringLiteral("<error: %1>").arg(query.lastError().text());
    }
    return query.value(0).toString();
}

// A database at schema `version`, as an older CertDesk would have left it.
bool buildAtVersion(const QString &path, int version)
{
    RawDatabase raw(path);
    if (version == 0) {
        return true;
    }
    QSqlDatabase db = raw.db();
    return SchemaMigration::migrate(db, 0, version).ok();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QString validDatabaseBytesPath()
    {
        const QString path = m_dir.filePath(QStringLiteral("valid-%1.sqlite").arg(++m_counter));
        {
            RawDatabase raw(path);
            raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            QSqlDatabase db = raw.db();
            if (!SchemaMigration::migrate(db, 0, Store::currentSchemaVersion()).ok()) {
                return {};
            }
            // Enough rows that the file has several pages to damage.
            for (int i = 0; i < 200; ++i) {
                raw.exec(QStringLiteral("INSERT INTO activity_log (at, severity, area, message) VALUES "
                                        "('2026-01-01T00:00:00Z', 'info', 'test', '%1')")
                             .arg(QString(400, QLatin1Char('x'))));
            }
        }
        return path;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:

    void createsAFreshDatabaseWithWalAndForeignKeys()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh/certdesk.sqlite"));
        Result<std::shared_ptr<Store>> store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.problem().message()));
        QCOMPARE(store.value()->schemaVersion(), Store::currentSchemaVersion());
        QVERIFY(!store.value()->profileId().isEmpty());
        const QSqlDatabase db = store.value()->connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), QString::number(Store::currentSchemaVersion()));
        for (const char *table : {"ca_accounts",
                                  "endpoints",
                                  "endpoint_names",
                                  "delegation_zone",
                                  "dns_providers",
                                  "managed_challenges",
                                  "api_tokens",
                                  "orders",
                                  "certificates",
                                  "activity_log"}) {
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                .arg(QLatin1String(table))),
                     QStringLiteral("1"));
        }
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void keepsTheProfileIdAcrossOpens()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        QString first;
        {
            Result<std::shared_ptr<Store>> store = Store::open(path);
            QVERIFY(store.ok());
            first = store.value()->profileId();
        }
        Result<std::shared_ptr<Store>> again = Store::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->profileId(), first);
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("hasFixtureData");
        // Built with the migrations up to each earlier version...
        for (int version = 0; version < Store::currentSchemaVersion(); ++version) {
            const QString path = m_dir.filePath(QStringLiteral("built-v%1.sqlite").arg(version));
            QVERIFY(buildAtVersion(path, version));
            QTest::addRow("built-v%d", version) << path << false;
        }
        // ...and files written by released CertDesk versions, with data in them.
        const QDir data(QStringLiteral(CERTDESK_TEST_DATA_DIR));
        const QStringList fixtures = data.entryList({QStringLiteral("certdesk-v*.sqlite")}, QDir::Files);
        QVERIFY(!fixtures.isEmpty());
        for (const QString &fixture : fixtures) {
            const QString copy = m_dir.filePath(QStringLiteral("copy-") + fixture);
            QFile::remove(copy);
            QVERIFY(QFile::copy(data.filePath(fixture), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QTest::newRow(qPrintable(fixture)) << copy << true;
        }
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(QString, source);
        QFETCH(bool, hasFixtureData);
        const Result<Store::Inspection> before = Store::inspect(source);
        QVERIFY(before.ok());

        Result<std::shared_ptr<Store>> store = Store::open(source);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.problem().message()));
        QCOMPARE(store.value()->schemaVersion(), Store::currentSchemaVersion());
        const QSqlDatabase db = store.value()->connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'schema_version'")),
                 QString::number(Store::currentSchemaVersion()));
        if (hasFixtureData) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM endpoint_names WHERE name = 'app.example.test'")),
                     QStringLiteral("1"));
            QCOMPARE(store.value()->profileId(), before.value().profileId);
        }
        if (before.value().version > 0 && before.value().version < Store::currentSchemaVersion()) {
            QVERIFY(QFileInfo::exists(QStringLiteral("%1.v%2.bak").arg(source).arg(before.value().version)));
        }
    }

    void refusesANewerDatabaseWithoutTouchingIt()
    {
        const QString path = validDatabaseBytesPath();
        const int newer = Store::currentSchemaVersion() + 1;
        {
            RawDatabase raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_meta SET value = '%1' WHERE key IN "
                                            "('schema_version', 'min_compatible_version')")
                                 .arg(newer)));
        }
        const Snapshot before = Snapshot::of(path);
        QTest::qWait(1100); // so a write would show in the modification time

        Result<std::shared_ptr<Store>> store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.problem().code, QStringLiteral("store.newer-schema"));
        QVERIFY(store.problem().detail.contains(QString::number(newer)));
        QVERIFY(!store.problem().hint.isEmpty());
        QCOMPARE(Snapshot::of(path), before);
    }

    void opensANewerDatabaseThatDeclaresItselfCompatible()
    {
        const QString path = validDatabaseBytesPath();
        {
            RawDatabase raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_meta SET value = '%1' WHERE key = 'schema_version'")
                                 .arg(Store::currentSchemaVersion() + 1)));
        }
        Result<std::shared_ptr<Store>> store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.problem().message()));
        QCOMPARE(store.value()->schemaVersion(), Store::currentSchemaVersion() + 1);
    }

    void reportsACorruptFileWithoutTouchingIt_data()
    {
        QTest::addColumn<QString>("path");
        const QString valid = validDatabaseBytesPath();
        QFile file(valid);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 8 * 4096);

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QVERIFY(writeBytes(garbage, QByteArray("this is a text file, not a database\n").repeated(200)));
        QTest::newRow("not a database") << garbage;

        const QString truncated = m_dir.filePath(QStringLiteral("truncated.sqlite"));
        QVERIFY(writeBytes(truncated, bytes.left(bytes.size() / 2 + 100)));
        QTest::newRow("truncated") << truncated;

        QByteArray damagedBytes = bytes;
        for (qsizetype i = 3 * 4096; i < 5 * 4096; ++i) {
            damagedBytes[i] = static_cast<char>(0xA5);
        }
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(writeBytes(damaged, damagedBytes));
        QTest::newRow("damaged pages") << damaged;

        QByteArray headerBytes = bytes;
        headerBytes.replace(0, 16, QByteArray(16, '\0'));
        const QString header = m_dir.filePath(QStringLiteral("header.sqlite"));
        QVERIFY(writeBytes(header, headerBytes));
        QTest::newRow("zeroed header") << header;
    }

    void reportsACorruptFileWithoutTouchingIt()
    {
        QFETCH(QString, path);
        const Snapshot before = Snapshot::of(path);
        Result<std::shared_ptr<Store>> store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.problem().code, QStringLiteral("store.corrupt"));
        QVERIFY(store.problem().detail.contains(QDir::toNativeSeparators(path)));
        QVERIFY(store.problem().detail.contains(QStringLiteral("not changed")));
        QCOMPARE(Snapshot::of(path), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            RawDatabase raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT)")));
        }
        const Snapshot before = Snapshot::of(path);
        Result<std::shared_ptr<Store>> store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.problem().code, QStringLiteral("store.foreign"));
        QCOMPARE(Snapshot::of(path), before);
    }

    void treatsAnEmptyFileAsANewDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(writeBytes(path, {}));
        Result<std::shared_ptr<Store>> store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->schemaVersion(), Store::currentSchemaVersion());
    }

    void givesEachThreadItsOwnConnection()
    {
        Result<std::shared_ptr<Store>> opened = Store::open(m_dir.filePath(QStringLiteral("threads.sqlite")));
        QVERIFY(opened.ok());
        std::shared_ptr<Store> store = opened.value();
        const QString mainName = store->connection().connectionName();
        QCOMPARE(store->connection().connectionName(), mainName); // reused within a thread

        QString workerName;
        QString workerForeignKeys;
        QThread *worker = QThread::create([&] {
            const QSqlDatabase db = store->connection();
            workerName = db.connectionName();
            workerForeignKeys = scalar(db, QStringLiteral("PRAGMA foreign_keys"));
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(workerForeignKeys, QStringLiteral("1"));
        // The worker's connection was closed and forgotten when its thread finished.
        QVERIFY(!QSqlDatabase::contains(workerName));
        QVERIFY(QSqlDatabase::contains(mainName));
    }

    void enforcesForeignKeysAndOneActiveOrderPerEndpoint()
    {
        Result<std::shared_ptr<Store>> opened = Store::open(m_dir.filePath(QStringLiteral("constraints.sqlite")));
        QVERIFY(opened.ok());
        QSqlQuery query(opened.value()->connection());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO endpoint_names (endpoint_id, position, name) "
                                           "VALUES (999, 0, 'orphan.example.test')")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO endpoints (id, created_at, updated_at) VALUES (1, 'now', 'now')")));
        const QString order = QStringLiteral("INSERT INTO orders (endpoint_id, state, created_at, updated_at) "
                                             "VALUES (1, 'pending', 'now', 'now')");
        QVERIFY(query.exec(order));
        QVERIFY(!query.exec(order)); // a second unfinished order for the same endpoint
        QVERIFY(query.exec(QStringLiteral("UPDATE orders SET finished_at = 'now'")));
        QVERIFY(query.exec(order)); // fine once the first one finished
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
