#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One append-only step of the schema. `minCompatible` is the oldest program schema version
// that can still work with a database at `version` (Mixxx's scheme): an older CertDesk
// refuses the file only when it is below that.
struct SchemaMigration
{
    int version = 0;
    int minCompatible = 0;
    QString resource; // Qt resource holding the SQL

    static const QList<SchemaMigration> &all();
    static int latestVersion();

    // Runs the statements of this step on an open connection inside the caller's transaction.
    Result<void> apply(QSqlDatabase &db) const;

    // Brings a database from schema `from` to `to` in one transaction, recording the new
    // version, its minimum compatible version and (when missing) a fresh profile id.
    // Nothing is changed when any step fails.
    static Result<void> migrate(QSqlDatabase &db, int from, int to);

    // Splits a migration script into statements: ';' ends a statement outside quotes and
    // comments. Migrations use no triggers, so no statement contains a bare ';'.
    static QStringList splitStatements(const QString &script);
};
