#pragma once

#include "core/Result.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// The profile's SQLite database. Opening it inspects the file read-only first, so a damaged
// file or one written by a newer CertDesk is reported without being touched; then older
// schemas are upgraded in one transaction. Each thread gets its own connection, created on
// first use and closed when that thread finishes.
class Store final : public std::enable_shared_from_this<Store>
{
public:
    struct Inspection
    {
        bool exists = false;
        bool empty = false;    // no tables at all: a new database
        int version = 0;       // schema version recorded in the file
        int minCompatible = 0; // oldest program schema that may still use it
        QString profileId;
    };

    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    static Result<std::shared_ptr<Store>> open(const QString &path);

    // Reads what is needed to decide whether the file can be opened, without changing it.
    static Result<Inspection> inspect(const QString &path);

    static int currentSchemaVersion();

    QString path() const { return m_path; }

    QString profileId() const { return m_profileId; }

    int schemaVersion() const { return m_schemaVersion; }

    // The calling thread's connection, opened (foreign keys on, busy timeout) on first use.
    QSqlDatabase connection() const;

private:
    explicit Store(QString path);

    Result<void> upgrade(const Inspection &inspection);
    QSqlDatabase openConnection(const QString &name) const;
    void forgetConnection(const QString &name) const;

    QString m_path;
    QString m_profileId;
    int m_schemaVersion = 0;
    quint64 m_serial = 0;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
};
