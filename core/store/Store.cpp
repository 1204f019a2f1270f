#include "Store.h"

#include "SchemaMigration.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

Q_LOGGING_CATEGORY(lcStore, "certdesk.core.store")

namespace {

QAtomicInteger<quint64> s_nextSerial = 1;

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

Problem corruptProblem(const QString &path, const QString &evidence)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("store.corrupt"),
                         Text::tr("The CertDesk database is damaged."),
                         Text::tr("%1 could not be read as a database. CertDesk has not changed the file.")
                             .arg(QDir::toNativeSeparators(path)),
                         Text::tr("Restore the file from a backup, or move it aside to start with an empty profile."))
        .withTechnical(evidence);
}

// A scratch connection that can only read. With no write-ahead log present the file is
// opened `immutable`, so SQLite creates no -wal/-shm files beside it either.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(QStringLiteral("certdesk-inspect-%1").arg(s_nextSerial.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(hasWal ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        m_opened = db.open();
    }

    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    bool opened() const { return m_opened; }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
};

} // namespace

Store::Store(QString path)
    : m_path(std::move(path))
    , m_serial(s_nextSerial.fetchAndAddRelaxed(1))
{
}

Store::~Store()
{
    QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int Store::currentSchemaVersion()
{
    return SchemaMigration::latestVersion();
}

Result<Store::Inspection> Store::inspect(const QString &path)
{
    Inspection inspection;
    const QFileInfo info(path);
    if (!info.exists()) {
        inspection.empty = true;
        return inspection;
    }
    inspection.exists = true;
    if (!info.isFile() || !info.isReadable()) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("store.unreadable"),
                             Text::tr("The CertDesk database cannot be read."),
                             Text::tr("%1 is not a readable file.").arg(QDir::toNativeSeparators(path)),
                             Text::tr("Check the file's permissions, or choose another data folder with --data-dir."));
    }
    if (info.size() == 0) {
        inspection.empty = true;
        return inspection;
    }

    ReadOnlyConnection connection(path);
    if (!connection.opened()) {
        return corruptProblem(path, connection.db().lastError().text());
    }
    QSqlDatabase db = connection.db();
    QSqlQuery query(db);
    // quick_check reads every page: a damaged file fails here rather than halfway
    // through a migration. It costs milliseconds at the sizes a profile reaches.
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()) {
        return corruptProblem(path, query.lastError().text());
    }
    if (query.value(0).toString() != QLatin1String("ok")) {
        return corruptProblem(path, query.value(0).toString());
    }
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        return corruptProblem(path, query.lastError().text());
    }
    if (query.value(0).toInt() == 0) {
        inspection.empty = true;
        return inspection;
    }
    if (!query.exec(QStringLiteral("SELECT key, value FROM schema_meta"))) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("store.foreign"),
                             Text::tr("This is not a CertDesk database."),
                             Text::tr("%1 is an SQLite database, but not one CertDesk created. It was left as it was.")
                                 .arg(QDir::toNativeSeparators(path)),
                             Text::tr("Point --data-dir at an empty folder or at a CertDesk profile."))
            .withTechnical(query.lastError().text());
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String("schema_version")) {
            inspection.version = query.value(1).toInt();
        } else if (key == QLatin1String("min_compatible_version")) {
            inspection.minCompatible = query.value(1).toInt();
        } else if (key == QLatin1String("profile_id")) {
            inspection.profileId = query.value(1).toString();
        }
    }
    if (inspection.version <= 0) {
        return corruptProblem(path, QStringLiteral("schema_meta has no schema_version"));
    }
    return inspection;
}

Result<std::shared_ptr<Store>> Store::open(const QString &path)
{
    Result<Inspection> inspected = inspect(path);
    if (!inspected) {
        return inspected.problem();
    }
    const Inspection &inspection = inspected.value();
    const int current = currentSchemaVersion();
    if (inspection.version > current && inspection.minCompatible > current) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("store.newer-schema"),
                             Text::tr("This database was written by a newer CertDesk."),
                             Text::tr("%1 uses schema version %2; this CertDesk understands up to version %3. The file "
                                      "was not changed.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(inspection.version)
                                 .arg(current),
                             Text::tr("Install the newer CertDesk again, or use another data folder with --data-dir."));
    }

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Problem::make(
            Problem::Category::Storage,
            QStringLiteral("store.no-folder"),
            Text::tr("The data folder cannot be created."),
            Text::tr("CertDesk could not create %1.").arg(QDir::toNativeSeparators(info.absolutePath())),
            Text::tr("Check the permissions of its parent folder, or choose another with --data-dir."));
    }

    std::shared_ptr<Store> store(new Store(info.absoluteFilePath()));
    if (Result<void> upgraded = store->upgrade(inspection); !upgraded) {
        return upgraded.problem();
    }
    QFile::setPermissions(store->path(), QFile::ReadOwner | QFile::WriteOwner);
    return store;
}

Result<void> Store::upgrade(const Inspection &inspection)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("store.open-failed"),
                             Text::tr("The CertDesk database cannot be opened."),
                             Text::tr("SQLite could not open %1 for writing.").arg(QDir::toNativeSeparators(m_path)),
                             Text::tr("Check that the folder is writable and not on a read-only medium."))
            .withTechnical(db.lastError().text());
    }
    QSqlQuery query(db);
    // WAL lets the worker write while the GUI reads; NORMAL sync is durable at each
    // checkpoint and is what WAL is designed for.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("store.open-failed"),
                             Text::tr("The CertDesk database cannot be opened."),
                             Text::tr("SQLite refused to switch %1 to write-ahead logging.")
                                 .arg(QDir::toNativeSeparators(m_path)),
                             Text::tr("Check that the folder is writable and not on a network share."))
            .withTechnical(query.lastError().text());
    }

    const int current = currentSchemaVersion();
    const int from = inspection.empty ? 0 : inspection.version;
    if (from < current) {
        if (from > 0) {
            // A consistent copy of the old schema, taken before anything changes.
            const QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(from);
            QFile::remove(backup);
            QSqlQuery vacuum(db);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(backup);
            if (!vacuum.exec()) {
                qCWarning(lcStore) << "could not back up the database before upgrading:" << vacuum.lastError().text();
            }
        }
        qCInfo(lcStore) << "upgrading" << m_path << "from schema" << from << "to" << current;
        if (Result<void> migrated = SchemaMigration::migrate(db, from, current); !migrated) {
            return migrated.problem();
        }
    }

    if (!query.exec(QStringLiteral("SELECT value FROM schema_meta WHERE key = 'profile_id'")) || !query.next()) {
        return corruptProblem(m_path, query.lastError().text());
    }
    m_profileId = query.value(0).toString();
    m_schemaVersion = std::max(from, current);
    return {};
}

QSqlDatabase Store::connection() const
{
    const QString name =
        QStringLiteral("certdesk-%1-%2").arg(m_serial).arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
    {
        QMutexLocker locker(&m_mutex);
        if (m_connections.contains(name)) {
            return QSqlDatabase::database(name, false);
        }
        m_connections.insert(name);
    }
    return openConnection(name);
}

QSqlDatabase Store::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        qCWarning(lcStore) << "cannot enable foreign keys" << query.lastError().text();
    }

    QThread *thread = QThread::currentThread();
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || thread != app->thread()) {
        // Runs in the finishing thread itself, which owns the connection.
        std::weak_ptr<const Store> weak = weak_from_this();
        QObject::connect(
            thread,
            &QThread::finished,
            thread,
            [weak, name] {
                if (const std::shared_ptr<const Store> self = weak.lock()) {
                    self->forgetConnection(name);
                }
            },
            Qt::DirectConnection);
    }
    return db;
}

void Store::forgetConnection(const QString &name) const
{
    {
        QMutexLocker locker(&m_mutex);
        if (!m_connections.remove(name)) {
            return;
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
