#include "HubAuditLog.h"

#include "core/Clock.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAudit, "certdesk.hub.audit")

namespace {

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Problem storageProblem(const QSqlQuery &query)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("hub.audit-storage"),
                         QCoreApplication::translate("HubAuditLog", "The hub audit log could not be read or written."),
                         {},
                         QCoreApplication::translate("HubAuditLog", "Check that the data folder is writable."))
        .withTechnical(query.lastError().text());
}

// Audit fields come from outside clients: keep them short and on one line.
QString bounded(const QString &text, int limit = 256)
{
    QString clean = text.left(limit);
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control) {
            c = QLatin1Char('?');
        }
    }
    return clean;
}

const QLatin1String kInsert("INSERT INTO hub_audit_log (at, client_id, remote, api, action, name, allowed, reason) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

void bind(QSqlQuery &query, const HubAuditLog::Entry &entry)
{
    query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(notNull(bounded(entry.clientId, 64)));
    query.addBindValue(notNull(bounded(entry.remote, 64)));
    query.addBindValue(notNull(entry.api));
    query.addBindValue(notNull(entry.action));
    query.addBindValue(notNull(bounded(entry.name)));
    query.addBindValue(entry.allowed ? 1 : 0);
    query.addBindValue(notNull(bounded(entry.reason, 1024)));
}

} // namespace

HubAuditLog::HubAuditLog(std::shared_ptr<Store> store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushDelayMs);
    m_flushTimer.callOnTimeout([this] {
        if (Result<void> flushed = flush(); !flushed) {
            qCWarning(lcAudit) << "audit entries lost:" << flushed.problem().technical;
        }
    });
}

HubAuditLog::~HubAuditLog()
{
    if (Result<void> flushed = flush(); !flushed) {
        qCWarning(lcAudit) << "audit entries lost:" << flushed.problem().technical;
    }
}

void HubAuditLog::log(const Entry &entry)
{
    qCInfo(lcAudit).noquote() << entry.api << entry.action << (entry.allowed ? "allowed" : "denied") << "client"
                              << bounded(entry.clientId, 64) << "name" << bounded(entry.name) << "-"
                              << bounded(entry.reason, 1024);
}

Result<qint64> HubAuditLog::append(const Entry &entry)
{
    Entry stamped = entry;
    if (!stamped.at.isValid()) {
        stamped.at = m_clock.now();
    }
    QSqlQuery query(m_store->connection());
    query.prepare(kInsert);
    bind(query, stamped);
    log(stamped);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return query.lastInsertId().toLongLong();
}

void HubAuditLog::record(const Entry &entry)
{
    Entry stamped = entry;
    if (!stamped.at.isValid()) {
        stamped.at = m_clock.now();
    }
    log(stamped);
    m_queue << stamped;
    if (m_queue.size() >= FlushBatch) {
        m_flushTimer.stop();
        if (Result<void> flushed = flush(); !flushed) {
            qCWarning(lcAudit) << "audit entries lost:" << flushed.problem().technical;
        }
    } else if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

Result<void> HubAuditLog::flush() const
{
    if (m_queue.isEmpty()) {
        return {};
    }
    const QList<Entry> entries = std::exchange(m_queue, {});
    QSqlDatabase db = m_store->connection();
    const bool transaction = db.transaction();
    QSqlQuery query(db);
    query.prepare(kInsert);
    for (const Entry &entry : entries) {
        bind(query, entry);
        if (!query.exec()) {
            const Problem problem = storageProblem(query);
            if (transaction) {
                db.rollback();
            }
            return problem;
        }
    }
    if (transaction && !db.commit()) {
        return Problem::make(
                   Problem::Category::Storage,
                   QStringLiteral("hub.audit-storage"),
                   QCoreApplication::translate("HubAuditLog", "The hub audit log could not be read or written."),
                   {},
                   QCoreApplication::translate("HubAuditLog", "Check that the data folder is writable."))
            .withTechnical(db.lastError().text());
    }
    return {};
}

Result<QList<HubAuditLog::Entry>> HubAuditLog::recent(int limit, const QString &clientId) const
{
    if (Result<void> flushed = flush(); !flushed) {
        return flushed.problem();
    }
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT id, at, client_id, remote, api, action, name, allowed, reason "
                                 "FROM hub_audit_log WHERE (? = '' OR client_id = ?) ORDER BY id DESC LIMIT ?"));
    query.addBindValue(notNull(clientId));
    query.addBindValue(notNull(clientId));
    query.addBindValue(limit);
    if (!query.exec()) {
        return storageProblem(query);
    }
    QList<Entry> entries;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.clientId = query.value(2).toString();
        entry.remote = query.value(3).toString();
        entry.api = query.value(4).toString();
        entry.action = query.value(5).toString();
        entry.name = query.value(6).toString();
        entry.allowed = query.value(7).toInt() == 1;
        entry.reason = query.value(8).toString();
        entries << entry;
    }
    return entries;
}
