#include "ActivityLog.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Problem writeProblem(const QString &evidence)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("store.write-failed"),
                         QCoreApplication::translate("ActivityLog", "The activity log could not be written."),
                         {},
                         QCoreApplication::translate("ActivityLog", "Check that the data folder is writable."))
        .withTechnical(evidence);
}

} // namespace

ActivityLog::ActivityLog(std::shared_ptr<Store> store)
    : m_store(std::move(store))
{
}

QString ActivityLog::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Debug:
        return QStringLiteral("debug");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

ActivityLog::Severity ActivityLog::severityFromName(const QString &name)
{
    for (Severity severity : {Severity::Debug, Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityName(severity) == name) {
            return severity;
        }
    }
    return Severity::Info;
}

Result<qint64> ActivityLog::append(Severity severity,
                                   const QString &area,
                                   const QString &message,
                                   const QString &detail,
                                   std::optional<qint64> endpointId)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("INSERT INTO activity_log (at, severity, endpoint_id, area, message, detail) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(severityName(severity));
    query.addBindValue(endpointId ? QVariant(*endpointId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(area);
    query.addBindValue(message);
    query.addBindValue(detail.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(detail));
    if (!query.exec()) {
        return writeProblem(query.lastError().text());
    }
    return query.lastInsertId().toLongLong();
}

Result<QList<ActivityLog::Entry>> ActivityLog::recent(int limit, std::optional<qint64> endpointId) const
{
    QSqlQuery query(m_store->connection());
    query.setForwardOnly(true);
    if (endpointId) {
        query.prepare(QStringLiteral("SELECT id, at, severity, endpoint_id, area, message, detail FROM activity_log "
                                     "WHERE endpoint_id = ? ORDER BY id DESC LIMIT ?"));
        query.addBindValue(*endpointId);
    } else {
        query.prepare(QStringLiteral("SELECT id, at, severity, endpoint_id, area, message, detail FROM activity_log "
                                     "ORDER BY id DESC LIMIT ?"));
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("store.read-failed"),
                             QCoreApplication::translate("ActivityLog", "The activity log could not be read."))
            .withTechnical(query.lastError().text());
    }
    QList<Entry> entries;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.severity = severityFromName(query.value(2).toString());
        if (!query.value(3).isNull()) {
            entry.endpointId = query.value(3).toLongLong();
        }
        entry.area = query.value(4).toString();
        entry.message = query.value(5).toString();
        entry.detail = query.value(6).toString();
        entries << entry;
    }
    return entries;
}
