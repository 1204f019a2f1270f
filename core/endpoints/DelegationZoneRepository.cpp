#include "DelegationZoneRepository.h"

#include "core/Clock.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DelegationZoneRepository)
};

Problem storageProblem(const QSqlQuery &query)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("delegation.storage"),
                         Text::tr("The delegation zone could not be read or saved."),
                         {},
                         Text::tr("Check that the data folder is writable and not full."))
        .withTechnical(query.lastError().text());
}

} // namespace

DelegationZoneRepository::DelegationZoneRepository(std::shared_ptr<Store> store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{
}

Result<std::optional<DelegationZone>> DelegationZoneRepository::current() const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("SELECT d.zone, d.provider_id, d.updated_at, p.kind, p.settings "
                                   "FROM delegation_zone d JOIN dns_providers p ON p.id = d.provider_id "
                                   "WHERE d.id = 1"))) {
        return storageProblem(query);
    }
    if (!query.next()) {
        return std::optional<DelegationZone>();
    }
    DelegationZone zone;
    zone.zone = DnsName::fromNormalised(query.value(0).toString());
    zone.providerId = query.value(1).toLongLong();
    zone.updatedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    zone.providerKind = query.value(3).toString();
    if (zone.providerKind == QLatin1String("acme-dns")) {
        const QJsonObject settings = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        zone.fixedTarget = DnsName::fromNormalised(settings.value(QStringLiteral("fulldomain")).toString());
    }
    return std::optional<DelegationZone>(zone);
}

Result<void> DelegationZoneRepository::set(const DnsName &zone, qint64 providerId)
{
    if (Result<void> checked = DelegationZone::checkZone(zone); !checked) {
        return checked;
    }
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("INSERT INTO delegation_zone (id, zone, provider_id, updated_at) VALUES (1, ?, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET zone = excluded.zone, "
                                 "provider_id = excluded.provider_id, updated_at = excluded.updated_at"));
    query.addBindValue(zone.ace());
    query.addBindValue(providerId);
    query.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}

Result<void> DelegationZoneRepository::clear()
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("DELETE FROM delegation_zone"))) {
        return storageProblem(query);
    }
    return {};
}
