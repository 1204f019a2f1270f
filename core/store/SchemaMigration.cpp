#include "SchemaMigration.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

Problem migrationProblem(int version, const QString &detail)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("store.migration-failed"),
                         QCoreApplication::translate("SchemaMigration", "The database could not be upgraded."),
                         QCoreApplication::translate("SchemaMigration",
                                                     "Upgrading to schema version %1 failed; the database was left "
                                                     "as it was.")
                             .arg(version),
                         QCoreApplication::translate("SchemaMigration",
                                                     "Report this to the CertDesk developers with the details "
                                                     "below."))
        .withTechnical(detail);
}

} // namespace

const QList<SchemaMigration> &SchemaMigration::all()
{
    // Append only. Never edit a step that has shipped: add a new one.
    static const QList<SchemaMigration> migrations = {
        {1, 1, QStringLiteral(":/store/migrations/0001_initial.sql")},
        {2, 1, QStringLiteral(":/store/migrations/0002_hub.sql")},
        {3, 1, QStringLiteral(":/store/migrations/0003_dns.sql")},
        {4, 1, QStringLiteral(":/store/migrations/0004_ordering.sql")},
    };
    return migrations;
}

int SchemaMigration::latestVersion()
{
    return all().constLast().version;
}

QStringList SchemaMigration::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    enum class State {
        Code,
        SingleQuote,
        DoubleQuote,
        LineComment,
        BlockComment
    } state = State::Code;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                state = State::LineComment;
                ++i;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::BlockComment;
                ++i;
                continue;
            }
            if (c == QLatin1Char(';')) {
                if (!current.trimmed().isEmpty()) {
                    statements << current.trimmed();
                }
                current.clear();
                continue;
            }
            if (c == QLatin1Char('\'')) {
                state = State::SingleQuote;
            } else if (c == QLatin1Char('"')) {
                state = State::DoubleQuote;
            }
            break;
        case State::SingleQuote:
            if (c == QLatin1Char('\'')) {
                state = State::Code;
            }
            break;
        case State::DoubleQuote:
            if (c == QLatin1Char('"')) {
                state = State::Code;
            }
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n')) {
                state = State::Code;
                current += c;
            }
            continue;
        case State::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                state = State::Code;
                ++i;
            }
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty()) {
        statements << current.trimmed();
    }
    return statements;
}

Result<void> SchemaMigration::apply(QSqlDatabase &db) const
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        return migrationProblem(version, QStringLiteral("missing migration resource %1").arg(resource));
    }
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            return migrationProblem(version,
                                    QStringLiteral("%1\nwhile running: %2").arg(query.lastError().text(), statement));
        }
    }
    return {};
}

Result<void> SchemaMigration::migrate(QSqlDatabase &db, int from, int to)
{
    if (!db.transaction()) {
        return migrationProblem(to, db.lastError().text());
    }
    auto fail = [&db](const Problem &problem) -> Result<void> {
        db.rollback();
        return problem;
    };

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_meta ("
                                   "key TEXT PRIMARY KEY, value TEXT NOT NULL)"))) {
        return fail(migrationProblem(to, query.lastError().text()));
    }

    int minCompatible = to;
    for (const SchemaMigration &step : all()) {
        if (step.version == to) {
            minCompatible = step.minCompatible;
        }
        if (step.version <= from || step.version > to) {
            continue;
        }
        if (Result<void> applied = step.apply(db); !applied) {
            return fail(applied.problem());
        }
    }

    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("schema_version"), QString::number(to)},
        {QStringLiteral("min_compatible_version"), QString::number(minCompatible)},
    };
    for (const auto &[key, value] : values) {
        query.prepare(QStringLiteral("INSERT INTO schema_meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            return fail(migrationProblem(to, query.lastError().text()));
        }
    }
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO schema_meta (key, value) VALUES ('profile_id', ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        return fail(migrationProblem(to, query.lastError().text()));
    }
    // Mirrors the version in the file header so tools like `sqlite3` show it too.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(to))) {
        return fail(migrationProblem(to, query.lastError().text()));
    }
    if (!db.commit()) {
        return fail(migrationProblem(to, db.lastError().text()));
    }
    return {};
}
