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
    if (!query.exec(
            QStringLiteral("SELECT e.id, e.title, e.exposure, e.target_host, e.challenge_type, e.key_type, e.status, "
                           "e.next_renewal_at, (SELECT max(c.not_after) FROM certificates c "
                           "WHERE c.endpoint_id = e.id AND c.revoked_at IS NULL) FROM endpoints e ORDER BY e.id"))) {
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

Result<Endpoint> EndpointRepository::add(Endpoint endpoint)
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
            return Problem::make(Problem::Category::Input,
                                 QStringLiteral("endpoint.bad-target"),
                                 QCoreApplication::translate("EndpointRepository",
                                                             "An external endpoint needs a target host name."),
                                 QCoreApplication::translate("EndpointRepository", "\"%1\" is not a host name.")
                                     .arg(endpoint.targetHost),
                                 QCoreApplication::translate("EndpointRepository",
                                                             "Give the host the name should point at, for example "
                                                             "--target lb1.example.net."));
        }
        endpoint.targetHost = target.value().ace();
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

    QSqlDatabase db = m_store->connection();
    QSqlQuery query(db);
    // One name belongs to one endpoint: two endpoints renewing the same name would fight.
    for (const QString &name : std::as_const(normalised)) {
        query.prepare(QStringLiteral("SELECT endpoint_id FROM endpoint_names WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec()) {
            return endpointStorageProblem(query);
        }
        if (query.next()) {
            return Problem::make(Problem::Category::Conflict,
                                 QStringLiteral("endpoint.name-taken"),
                                 QCoreApplication::translate("EndpointRepository", "%1 already belongs to an endpoint.")
                                     .arg(name),
                                 {},
                                 QCoreApplication::translate("EndpointRepository",
                                                             "Each name can belong to one endpoint only; edit that "
                                                             "endpoint instead."));
        }
    }
    db.transaction();
    query.prepare(QStringLiteral("INSERT INTO endpoints (title, exposure, target_host, challenge_type, key_type, "
                                 "account_id, solver_settings, deploy_settings, status, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)"));
    query.addBindValue(endpoint.title.isEmpty() ? normalised.first() : endpoint.title);
    query.addBindValue(Endpoint::exposureName(endpoint.exposure));
    query.addBindValue(endpoint.targetHost.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(endpoint.targetHost));
    query.addBindValue(endpoint.challengeType);
    query.addBindValue(endpoint.keyType);
    query.addBindValue(endpoint.accountId > 0 ? QVariant(endpoint.accountId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(QString::fromUtf8(QJsonDocument(endpoint.solverSettings).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(endpoint.deploySettings).toJson(QJsonDocument::Compact)));
    query.addBindValue(nowText());
    query.addBindValue(nowText());
    if (!query.exec()) {
        db.rollback();
        return endpointStorageProblem(query);
    }
    endpoint.id = query.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < normalised.size(); ++i) {
        query.prepare(QStringLiteral("INSERT INTO endpoint_names (endpoint_id, position, name) VALUES (?, ?, ?)"));
        query.addBindValue(endpoint.id);
        query.addBindValue(i);
        query.addBindValue(normalised.at(i));
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
