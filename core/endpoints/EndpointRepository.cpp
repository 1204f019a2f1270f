#include "EndpointRepository.h"

#include "core/dns/DnsName.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

EndpointRepository::EndpointRepository(std::shared_ptr<Store> store)
    : m_store(std::move(store))
{
}

Result<QList<Endpoint>> EndpointRepository::list() const
{
    return load(std::nullopt);
}

Result<QList<Endpoint>> EndpointRepository::load(std::optional<qint64> onlyId) const
{
    const QSqlDatabase db = m_store->connection();
    auto readProblem = [](const QSqlQuery &query) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("store.read-failed"),
                             QCoreApplication::translate("EndpointRepository", "The endpoint list could not be read."))
            .withTechnical(query.lastError().text());
    };

    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Two scans instead of one query per endpoint: this stays fast with thousands of rows.
    const QString filter = onlyId ? QStringLiteral(" WHERE e.id = %1").arg(*onlyId) : QString();
    if (!query.exec(QStringLiteral("SELECT e.id, e.title, e.exposure, e.target_host, e.challenge_type, e.key_type, "
                                   "e.status, e.next_renewal_at, (SELECT max(c.not_after) FROM certificates c "
                                   "WHERE c.endpoint_id = e.id AND c.revoked_at IS NULL), e.account_id, "
                                   "e.solver_settings, e.deploy_settings, e.ordering FROM endpoints e%1 ORDER BY e.id")
                        .arg(filter))) {
        return readProblem(query);
    }
    QList<Endpoint> endpoints;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Endpoint endpoint;
        endpoint.id = query.value(0).toLongLong();
        endpoint.title = query.value(1).toString();
        endpoint.exposure = Endpoint::exposureFromName(query.value(2).toString());
        endpoint.targetHost = query.value(3).toString();
        endpoint.challengeType = query.value(4).toString();
        endpoint.keyType = query.value(5).toString();
        endpoint.status = query.value(6).toString();
        endpoint.nextRenewalAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        endpoint.certificateExpiresAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        endpoint.accountId = query.value(9).toLongLong();
        endpoint.solverSettings = QJsonDocument::fromJson(query.value(10).toByteArray()).object();
        endpoint.deploySettings = QJsonDocument::fromJson(query.value(11).toByteArray()).object();
        endpoint.orderAutomatically = query.value(12).toString() != QLatin1String("manual");
        indexById.insert(endpoint.id, endpoints.size());
        endpoints << endpoint;
    }

    const QString nameFilter = onlyId ? QStringLiteral(" WHERE endpoint_id = %1").arg(*onlyId) : QString();
    if (!query.exec(QStringLiteral("SELECT endpoint_id, name FROM endpoint_names%1 ORDER BY endpoint_id, position")
                        .arg(nameFilter))) {
        return readProblem(query);
    }
    while (query.next()) {
        const auto found = indexById.constFind(query.value(0).toLongLong());
        if (found != indexById.constEnd()) {
            endpoints[*found].names << query.value(1).toString();
        }
    }
    return endpoints;
}

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Problem endpointStorageProblem(const QSqlQuery &query)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("store.endpoints"),
                         QCoreApplication::translate("EndpointRepository", "The endpoint could not be saved."))
        .withTechnical(query.lastError().text());
}

Problem notFound(const QString &what)
{
    return Problem::make(Problem::Category::NotFound,
                         QStringLiteral("endpoint.not-found"),
                         QCoreApplication::translate("EndpointRepository", "There is no endpoint %1.").arg(what),
                         {},
                         QCoreApplication::translate("EndpointRepository",
                                                     "List the endpoints with: certdesk certs, or add it with: "
                                                     "certdesk endpoint add NAME"));
}

} // namespace

Result<Endpoint> EndpointRepository::normalised(Endpoint endpoint)
{
    if (endpoint.names.isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("endpoint.no-names"),
                             QCoreApplication::translate("EndpointRepository", "An endpoint needs at least one name."));
    }
    QStringList normalised;
    QSet<QString> seen;
    for (const QString &name : std::as_const(endpoint.names)) {
        const Result<DnsName> parsed = DnsName::parse(name);
        if (!parsed) {
            return parsed.problem();
        }
        if (!seen.contains(parsed.value().ace())) {
            seen.insert(parsed.value().ace());
            normalised << parsed.value().ace();
        }
    }
    if (endpoint.exposure == Endpoint::Exposure::External) {
        const Result<DnsName> target = DnsName::parse(endpoint.targetHost);
        if (!target || target.value().isWildcard()) {
            return Problem::make(
                Problem::Category::Input,
                QStringLiteral("endpoint.bad-target"),
                QCoreApplication::translate("EndpointRepository", "An external endpoint needs a target host name."),
                QCoreApplication::translate("EndpointRepository", "\"%1\" is not a host name.")
                    .arg(endpoint.targetHost),
                QCoreApplication::translate("EndpointRepository",
                                            "Give the host the name should point at, for example "
                                            "--target lb1.example.net."));
        }
        endpoint.targetHost = target.value().ace();
    } else {
        endpoint.targetHost.clear();
    }
    if (endpoint.challengeType == QLatin1String("http-01")) {
        for (const QString &name : std::as_const(normalised)) {
            if (name.startsWith(QLatin1String("*."))) {
                return Problem::make(Problem::Category::Input,
                                     QStringLiteral("endpoint.wildcard-needs-dns"),
                                     QCoreApplication::translate("EndpointRepository",
                                                                 "Wildcard names can only be validated with dns-01."),
                                     QCoreApplication::translate("EndpointRepository",
                                                                 "%1 cannot be proven over HTTP (RFC 8555 §7.1.3).")
                                         .arg(name),
                                     QCoreApplication::translate("EndpointRepository", "Use --challenge dns-01."));
            }
        }
    }
    endpoint.names = normalised;
    return endpoint;
}

Result<void> EndpointRepository::checkNamesFree(const QStringList &names, qint64 ownId) const
{
    QSqlQuery query(m_store->connection());
    // One name belongs to one endpoint: two endpoints renewing the same name would fight.
    for (const QString &name : names) {
        query.prepare(QStringLiteral("SELECT endpoint_id FROM endpoint_names WHERE name = ? AND endpoint_id <> ?"));
        query.addBindValue(name);
        query.addBindValue(ownId);
        if (!query.exec()) {
            return endpointStorageProblem(query);
        }
        if (query.next()) {
            return Problem::make(
                Problem::Category::Conflict,
                QStringLiteral("endpoint.name-taken"),
                QCoreApplication::translate("EndpointRepository", "%1 already belongs to an endpoint.").arg(name),
                {},
                QCoreApplication::translate("EndpointRepository",
                                            "Each name can belong to one endpoint only; edit that "
                                            "endpoint instead."));
        }
    }
    return {};
}

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<qint64> EndpointRepository::insert(const Endpoint &endpoint) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(
        QStringLiteral("INSERT INTO endpoints (title, exposure, target_host, challenge_type, key_type, "
                       "account_id, solver_settings, deploy_settings, ordering, status, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)"));
    query.addBindValue(endpoint.title.isEmpty() ? endpoint.names.first() : endpoint.title);
    query.addBindValue(Endpoint::exposureName(endpoint.exposure));
    query.addBindValue(nullableText(endpoint.targetHost));
    query.addBindValue(endpoint.challengeType);
    query.addBindValue(endpoint.keyType);
    query.addBindValue(endpoint.accountId > 0 ? QVariant(endpoint.accountId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(jsonText(endpoint.solverSettings));
    query.addBindValue(jsonText(endpoint.deploySettings));
    query.addBindValue(Endpoint::orderingName(endpoint.orderAutomatically));
    query.addBindValue(nowText());
    query.addBindValue(nowText());
    if (!query.exec()) {
        return endpointStorageProblem(query);
    }
    const qint64 id = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO endpoint_names (endpoint_id, position, name) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < endpoint.names.size(); ++i) {
        query.bindValue(0, id);
        query.bindValue(1, i);
        query.bindValue(2, endpoint.names.at(i));
        if (!query.exec()) {
            return endpointStorageProblem(query);
        }
    }
    return id;
}

Result<Endpoint> EndpointRepository::add(Endpoint endpoint)
{
    Result<Endpoint> checked = normalised(std::move(endpoint));
    if (!checked) {
        return checked.problem();
    }
    endpoint = std::move(checked).value();
    if (Result<void> free = checkNamesFree(endpoint.names, 0); !free) {
        return free.problem();
    }

    QSqlDatabase db = m_store->connection();
    db.transaction();
    const Result<qint64> id = insert(endpoint);
    if (!id) {
        db.rollback();
        return id.problem();
    }
    if (!db.commit()) {
        return endpointStorageProblem(QSqlQuery(db)).withTechnical(db.lastError().text());
    }
    return find(id.value());
}

Result<int> EndpointRepository::addAll(const QList<Endpoint> &endpoints)
{
    QList<Endpoint> checked;
    checked.reserve(endpoints.size());
    QSet<QString> names;
    for (const Endpoint &endpoint : endpoints) {
        Result<Endpoint> one = normalised(endpoint);
        if (!one) {
            return one.problem();
        }
        for (const QString &name : std::as_const(one->names)) {
            if (names.contains(name)) {
                return Problem::make(
                    Problem::Category::Conflict,
                    QStringLiteral("endpoint.name-taken"),
                    QCoreApplication::translate("EndpointRepository", "%1 is given to two endpoints.").arg(name),
                    {},
                    QCoreApplication::translate("EndpointRepository", "Each name can belong to one endpoint only."));
            }
            names.insert(name);
        }
        if (Result<void> free = checkNamesFree(one->names, 0); !free) {
            return free.problem();
        }
        checked << std::move(one).value();
    }
    QSqlDatabase db = m_store->connection();
    if (!db.transaction()) {
        return endpointStorageProblem(QSqlQuery(db)).withTechnical(db.lastError().text());
    }
    for (const Endpoint &endpoint : std::as_const(checked)) {
        if (const Result<qint64> id = insert(endpoint); !id) {
            db.rollback();
            return id.problem();
        }
    }
    if (!db.commit()) {
        return endpointStorageProblem(QSqlQuery(db)).withTechnical(db.lastError().text());
    }
    return int(checked.size());
}

Result<Endpoint> EndpointRepository::update(Endpoint endpoint)
{
    const Result<Endpoint> existing = find(endpoint.id);
    if (!existing) {
        return existing.problem();
    }
    Result<Endpoint> checked = normalised(std::move(endpoint));
    if (!checked) {
        return checked.problem();
    }
    endpoint = std::move(checked).value();
    if (Result<void> free = checkNamesFree(endpoint.names, endpoint.id); !free) {
        return free.problem();
    }

    QSqlDatabase db = m_store->connection();
    QSqlQuery query(db);
    db.transaction();
    // Status, renewal time and certificates stay: they describe what happened, not the settings.
    query.prepare(QStringLiteral("UPDATE endpoints SET title = ?, exposure = ?, target_host = ?, challenge_type = ?, "
                                 "key_type = ?, account_id = ?, solver_settings = ?, deploy_settings = ?, "
                                 "ordering = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(endpoint.title.isEmpty() ? endpoint.names.first() : endpoint.title);
    query.addBindValue(Endpoint::exposureName(endpoint.exposure));
    query.addBindValue(nullableText(endpoint.targetHost));
    query.addBindValue(endpoint.challengeType);
    query.addBindValue(endpoint.keyType);
    query.addBindValue(endpoint.accountId > 0 ? QVariant(endpoint.accountId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(jsonText(endpoint.solverSettings));
    query.addBindValue(jsonText(endpoint.deploySettings));
    query.addBindValue(Endpoint::orderingName(endpoint.orderAutomatically));
    query.addBindValue(nowText());
    query.addBindValue(endpoint.id);
    if (!query.exec()) {
        db.rollback();
        return endpointStorageProblem(query);
    }
    // Names that stay keep their rows (and so anything recorded against them, such as a
    // delegation label); removed names go, new ones are added, and every position follows
    // the new order.
    const QStringList &names = endpoint.names;
    for (const QString &old : existing->names) {
        if (!names.contains(old)) {
            query.prepare(QStringLiteral("DELETE FROM endpoint_names WHERE endpoint_id = ? AND name = ?"));
            query.addBindValue(endpoint.id);
            query.addBindValue(old);
            if (!query.exec()) {
                db.rollback();
                return endpointStorageProblem(query);
            }
        }
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (existing->names.contains(names.at(i))) {
            query.prepare(QStringLiteral("UPDATE endpoint_names SET position = ? WHERE endpoint_id = ? AND name = ?"));
            query.addBindValue(i);
            query.addBindValue(endpoint.id);
            query.addBindValue(names.at(i));
        } else {
            query.prepare(QStringLiteral("INSERT INTO endpoint_names (endpoint_id, position, name) VALUES (?, ?, ?)"));
            query.addBindValue(endpoint.id);
            query.addBindValue(i);
            query.addBindValue(names.at(i));
        }
        if (!query.exec()) {
            db.rollback();
            return endpointStorageProblem(query);
        }
    }
    if (!db.commit()) {
        return endpointStorageProblem(query);
    }
    return find(endpoint.id);
}

Result<void> EndpointRepository::remove(qint64 id)
{
    QSqlQuery query(m_store->connection());
    // Names, orders and certificates go with it (ON DELETE CASCADE); the activity log keeps
    // its entries, detached from the endpoint, as the record of what happened.
    query.prepare(QStringLiteral("DELETE FROM endpoints WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return endpointStorageProblem(query);
    }
    if (query.numRowsAffected() == 0) {
        return notFound(QString::number(id));
    }
    return {};
}

Result<Endpoint> EndpointRepository::find(qint64 id) const
{
    Result<QList<Endpoint>> found = load(id);
    if (!found) {
        return found.problem();
    }
    if (found.value().isEmpty()) {
        return notFound(QString::number(id));
    }
    return found.value().first();
}

Result<Endpoint> EndpointRepository::findByName(const QString &name) const
{
    const Result<DnsName> parsed = DnsName::parse(name);
    if (!parsed) {
        return parsed.problem();
    }
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT endpoint_id FROM endpoint_names WHERE name = ?"));
    query.addBindValue(parsed.value().ace());
    if (!query.exec()) {
        return endpointStorageProblem(query);
    }
    if (!query.next()) {
        return notFound(parsed.value().display());
    }
    return find(query.value(0).toLongLong());
}

Result<void> EndpointRepository::setStatus(qint64 id, const QString &status, const QDateTime &nextRenewalAt)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE endpoints SET status = ?, next_renewal_at = coalesce(?, next_renewal_at), "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(nextRenewalAt.isValid() ? QVariant(nextRenewalAt.toUTC().toString(Qt::ISODateWithMs))
                                               : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(nowText());
    query.addBindValue(id);
    if (!query.exec()) {
        return endpointStorageProblem(query);
    }
    return {};
}
