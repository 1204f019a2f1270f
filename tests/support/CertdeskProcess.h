#pragma once

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <csignal>
#include <functional>
#include <memory>
#include <optional>

// The real certdesk binary (CERTDESK_BINARY) run on a profile, for tests of the command line,
// and read-only peeks into a profile's database while or after it runs.
namespace CertdeskProcess {

struct Run
{
    int code = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }

    QString all() const { return out + err; }
};

// `input` is written to standard input, which is then closed; `environment` replaces the test's.
inline Run run(const QString &dataDir,
               const QStringList &arguments,
               int timeoutMs = 60000,
               const QByteArray &input = {},
               const std::optional<QProcessEnvironment> &environment = std::nullopt)
{
    QProcess process;
    if (environment) {
        process.setProcessEnvironment(*environment);
    }
    process.start(QStringLiteral(CERTDESK_BINARY), QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline QString databaseOf(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("certdesk.sqlite"));
}

inline const QString ReadOnly = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000");

// Runs `sql` on its own short-lived connection and hands every row to `row`.
inline void query(const QString &database,
                  const QString &sql,
                  const std::function<void(const QSqlQuery &)> &row,
                  const QString &connectOptions = ReadOnly)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(database);
        db.setConnectOptions(connectOptions);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next()) {
                    row(query);
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

// The first column of the first row, or an empty string.
inline QString scalar(const QString &database, const QString &sql, const QString &connectOptions = ReadOnly)
{
    std::optional<QString> value;
    query(
        database,
        sql,
        [&value](const QSqlQuery &q) {
            if (!value) {
                value = q.value(0).toString();
            }
        },
        connectOptions);
    return value.value_or(QString());
}

// Every row, its columns joined by '|'.
inline QStringList rows(const QString &database, const QString &sql)
{
    QStringList result;
    query(database, sql, [&result](const QSqlQuery &q) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i) {
            columns << q.value(i).toString();
        }
        result << columns.join(QLatin1Char('|'));
    });
    return result;
}

// `certdesk --headless` on a profile, with `environment` ("NAME=value" each) added to the test's.
inline std::unique_ptr<QProcess> startHeadless(const QString &dataDir, const QStringList &environment = {})
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : environment) {
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    }
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(CERTDESK_BINARY),
                   {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--headless")});
    return process;
}

// SIGTERM; true when it exited by itself with 0.
inline bool stopHeadless(QProcess &process)
{
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace CertdeskProcess
