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

} // namespace

HubAuditLog::HubAuditLog(std::shared_ptr<Store> store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{
}

Result<qint64> HubAuditLog::append(const Entry &entry)
{
    const QDateTime at = entry.at.isValid() ? entry.at : m_clock.now();
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("INSERT INTO hub_audit_log (at, client_id, remote, api, action, name, allowed, "
                                 "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(notNull(bounded(entry.clientId, 64)));
    query.addBindValue(notNull(bounded(entry.remote, 64)));
    query.addBindValue(notNull(entry.api));
    query.addBindValue(notNull(entry.action));
    query.addBindValue(notNull(bounded(entry.name)));
    query.addBindValue(entry.allowed ? 1 : 0);
    query.addBindValue(notNull(bounded(entry.reason, 1024)));
    qCInfo(lcAudit).noquote() << entry.api << entry.action << (entry.allowed ? "allowed" : "denied") << "client"
                              << bounded(entry.clientId, 64) << "name" << bounded(entry.name) << "-"
                              << bounded(entry.reason, 1024);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return query.lastInsertId().toLongLong();
}

Result<QList<HubAuditLog::Entry>> HubAuditLog::recent(int limit, const QString &clientId) const
{
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
