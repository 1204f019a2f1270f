#include "RecordStatusRepository.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Problem storageProblem(const QString &technical)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("dns.check.storage"),
                         QCoreApplication::translate("RecordStatusRepository",
                                                     "The record check results could not be read or saved."),
                         {},
                         QCoreApplication::translate("RecordStatusRepository",
                                                     "Check that the data folder is writable and not full."))
        .withTechnical(technical);
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

RecordStatusRepository::Entry fromRow(const QSqlQuery &query)
{
    RecordStatusRepository::Entry entry;
    entry.endpointId = query.value(0).toLongLong();
    entry.owner = query.value(1).toString();
    entry.type = query.value(2).toString();
    entry.expected = query.value(3).toString();
    entry.state = RecordStatus::stateFromName(query.value(4).toString()).value_or(RecordStatus::State::LookupError);
    entry.summary = query.value(5).toString();
    entry.checkedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    entry.changedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return entry;
}

const QLatin1String kColumns("endpoint_id, owner, type, expected, status, evidence, checked_at, changed_at");

} // namespace

RecordStatusRepository::RecordStatusRepository(std::shared_ptr<Store> store)
    : m_store(std::move(store))
{
}

QString RecordStatusRepository::keyOf(qint64 endpointId, const QString &owner, const QString &type)
{
    return QStringLiteral("%1|%2|%3").arg(endpointId).arg(owner, type);
}

QString RecordStatusRepository::keyOf(const RecordStatus &status)
{
    return keyOf(
        status.record.endpointId, status.record.owner.ace(), RequiredRecord::purposeName(status.record.purpose));
}

Result<QHash<QString, RecordStatusRepository::Entry>> RecordStatusRepository::all() const
{
    QSqlQuery query(m_store->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM record_checks").arg(kColumns))) {
        return storageProblem(query.lastError().text());
    }
    QHash<QString, Entry> entries;
    while (query.next()) {
        const Entry entry = fromRow(query);
        entries.insert(keyOf(entry.endpointId, entry.owner, entry.type), entry);
    }
    return entries;
}

Result<QList<RecordStatusRepository::Entry>> RecordStatusRepository::forEndpoint(qint64 endpointId) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM record_checks WHERE endpoint_id = ? ORDER BY type, owner").arg(kColumns));
    query.addBindValue(endpointId);
    if (!query.exec()) {
        return storageProblem(query.lastError().text());
    }
    QList<Entry> entries;
    while (query.next()) {
        entries << fromRow(query);
    }
    return entries;
}

Result<void>
RecordStatusRepository::save(const QList<RecordStatus> &statuses, const QSet<qint64> &endpoints, const QDateTime &now)
{
    QSqlDatabase db = m_store->connection();
    if (!db.transaction()) {
        return storageProblem(db.lastError().text());
    }
    const auto rollback = [&db](const QSqlQuery &query) {
        const QString error = query.lastError().text();
        db.rollback();
        return storageProblem(error);
    };
    // Each statement is prepared once: a check of ten thousand records stores them in one go.
    QSqlQuery upsert(db);
    // The type column holds the purpose ("challenge"/"traffic"): one record of each per owner.
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO record_checks (endpoint_id, owner, type, expected, status, evidence, checked_at, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (endpoint_id, owner, type) DO UPDATE SET "
            "expected = excluded.expected, evidence = excluded.evidence, checked_at = excluded.checked_at, "
            "changed_at = CASE WHEN record_checks.status = excluded.status THEN record_checks.changed_at "
            "ELSE excluded.changed_at END, status = excluded.status"))) {
        return rollback(upsert);
    }
    const QString at = iso(now);
    for (const RecordStatus &status : statuses) {
        if (status.record.endpointId <= 0) {
            continue; // a name checked on its own, not an endpoint's record
        }
        upsert.bindValue(0, status.record.endpointId);
        upsert.bindValue(1, status.record.owner.ace());
        upsert.bindValue(2, RequiredRecord::purposeName(status.record.purpose));
        upsert.bindValue(3, QString(status.record.typeText() + QLatin1Char(' ') + status.record.target.ace()));
        upsert.bindValue(4, RecordStatus::stateName(status.state));
        upsert.bindValue(5, status.summary);
        upsert.bindValue(6, at);
        upsert.bindValue(7, at);
        if (!upsert.exec()) {
            return rollback(upsert);
        }
    }
    // Rows of these endpoints that this check did not refresh are records no longer required.
    QSqlQuery forget(db);
    if (!forget.prepare(QStringLiteral("DELETE FROM record_checks WHERE endpoint_id = ? AND checked_at <> ?"))) {
        return rollback(forget);
    }
    for (const qint64 endpointId : endpoints) {
        forget.bindValue(0, endpointId);
        forget.bindValue(1, at);
        if (!forget.exec()) {
            return rollback(forget);
        }
    }
    if (!db.commit()) {
        return storageProblem(db.lastError().text());
    }
    return {};
}
