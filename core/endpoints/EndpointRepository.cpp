#include "EndpointRepository.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

EndpointRepository::EndpointRepository(std::shared_ptr<Store> store)
    : m_store(std::move(store))
{
}

Result<QList<Endpoint>> EndpointRepository::list() const
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
        indexById.insert(endpoint.id, endpoints.size());
        endpoints << endpoint;
    }

    if (!query.exec(QStringLiteral("SELECT endpoint_id, name FROM endpoint_names ORDER BY endpoint_id, position"))) {
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
