#include "core/store/SchemaMigration.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSchemaMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QSqlDatabase openRaw(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(name + QStringLiteral(".sqlite")));
        db.open();
        return db;
    }

    static int count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:

    void splitsStatementsOutsideQuotesAndComments()
    {
        const QStringList statements = SchemaMigration::splitStatements(
            QStringLiteral("-- a comment; with a semicolon\n"
                           "CREATE TABLE a (x TEXT DEFAULT ';');\n"
                           "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
                           "CREATE TABLE \"b;c\" (y)"));
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';')"));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("VALUES ('it''s; fine')")));
        QCOMPARE(statements.at(2), QStringLiteral("CREATE TABLE \"b;c\" (y)"));
    }

    void numbersStepsWithoutGaps()
    {
        int expected = 1;
        for (const SchemaMigration &step : SchemaMigration::all()) {
            QCOMPARE(step.version, expected++);
            QVERIFY(step.minCompatible >= 1 && step.minCompatible <= step.version);
            QVERIFY(QFile::exists(step.resource));
        }
        QCOMPARE(SchemaMigration::latestVersion(), expected - 1);
    }

    void recordsVersionMinimumAndProfileId()
    {
        QSqlDatabase db = openRaw(QStringLiteral("records"));
        QVERIFY(SchemaMigration::migrate(db, 0, SchemaMigration::latestVersion()).ok());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT key, value FROM schema_meta ORDER BY key")));
        QMap<QString, QString> meta;
        while (query.next()) {
            meta.insert(query.value(0).toString(), query.value(1).toString());
        }
        QCOMPARE(meta.value(QStringLiteral("schema_version")), QString::number(SchemaMigration::latestVersion()));
        QCOMPARE(meta.value(QStringLiteral("min_compatible_version")),
                 QString::number(SchemaMigration::all().constLast().minCompatible));
        QCOMPARE(meta.value(QStringLiteral("profile_id")).size(), 36);
    }

    void aFailedStepLeavesTheDatabaseAsItWas()
    {
        QSqlDatabase db = openRaw(QStringLiteral("conflict"));
        QSqlQuery query(db);
        // A table that the first migration also creates makes that step fail part-way.
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE certificates (keep TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO certificates VALUES ('precious')")));
        const int tablesBefore = count(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));

        const Result<void> migrated = SchemaMigration::migrate(db, 0, SchemaMigration::latestVersion());
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.problem().code, QStringLiteral("store.migration-failed"));
        QVERIFY(migrated.problem().technical.contains(QStringLiteral("certificates")));

        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master")), tablesBefore);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM certificates WHERE keep = 'precious'")), 1);
        QCOMPARE(count(db, QStringLiteral("PRAGMA user_version")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "TestSchemaMigration.moc"
