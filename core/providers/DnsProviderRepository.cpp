#include "DnsProviderRepository.h"

#include "core/Clock.h"
#include "core/providers/DnsProviderFactory.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsProviderRepository)
};

Problem storageProblem(const QSqlQuery &query)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("provider.storage"),
                         Text::tr("DNS providers could not be read or saved."),
                         {},
                         Text::tr("Check that the data folder is writable and not full."))
        .withTechnical(query.lastError().text());
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

DnsProviderConfig fromRow(const QSqlQuery &query)
{
    DnsProviderConfig config;
    config.id = query.value(0).toLongLong();
    config.title = query.value(1).toString();
    config.kind = query.value(2).toString();
    config.settings = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    config.secretRef = query.value(4).toString();
    config.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    config.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    return config;
}

const QLatin1String kColumns("id, title, kind, settings, secret_ref, created_at, updated_at");

} // namespace

DnsProviderRepository::DnsProviderRepository(std::shared_ptr<Store> store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{
}

SecretRef DnsProviderRepository::secretRefFor(qint64 id)
{
    return SecretRef(QStringLiteral("dns-provider"), QString::number(id));
}

Result<QJsonObject> DnsProviderRepository::checkedSettings(const DnsProviderConfig &config) const
{
    if (config.title.trimmed().isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("provider.no-title"),
                             Text::tr("The DNS provider needs a name."),
                             {},
                             Text::tr("Give it a name you will recognise, such as the DNS service and zone."));
    }
    const Result<ProviderSchema> schema = DnsProviderFactory::schema(config.kind);
    if (!schema) {
        return schema.problem();
    }
    // The secret is not known here (it goes to the keychain): check everything else.
    QList<ProviderField> fields;
    for (const ProviderField &field : schema->fields()) {
        if (field.type != ProviderField::Type::Secret) {
            fields << field;
        }
    }
    return ProviderSchema(schema->kind(), schema->title(), schema->description(), fields).validate(config.settings, {});
}

Result<qint64> DnsProviderRepository::add(const DnsProviderConfig &config, bool withSecret)
{
    const Result<QJsonObject> settings = checkedSettings(config);
    if (!settings) {
        return settings.problem();
    }
    QSqlDatabase db = m_store->connection();
    if (!db.transaction()) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("provider.storage"),
                             Text::tr("DNS providers could not be read or saved."))
            .withTechnical(db.lastError().text());
    }
    const QString now = isoUtc(m_clock.now());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO dns_providers (title, kind, settings, secret_ref, created_at, "
                                 "updated_at) VALUES (?, ?, ?, NULL, ?, ?)"));
    query.addBindValue(config.title.trimmed());
    query.addBindValue(config.kind);
    query.addBindValue(QString::fromUtf8(QJsonDocument(settings.value()).toJson(QJsonDocument::Compact)));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        const Problem problem = storageProblem(query);
        db.rollback();
        return problem;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (withSecret) {
        QSqlQuery ref(db);
        ref.prepare(QStringLiteral("UPDATE dns_providers SET secret_ref = ? WHERE id = ?"));
        ref.addBindValue(secretRefFor(id).toString());
        ref.addBindValue(id);
        if (!ref.exec()) {
            const Problem problem = storageProblem(ref);
            db.rollback();
            return problem;
        }
    }
    if (!db.commit()) {
        return storageProblem(query);
    }
    return id;
}

Result<void> DnsProviderRepository::update(const DnsProviderConfig &config)
{
    const Result<QJsonObject> settings = checkedSettings(config);
    if (!settings) {
        return settings.problem();
    }
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE dns_providers SET title = ?, kind = ?, settings = ?, updated_at = ? "
                                 "WHERE id = ?"));
    query.addBindValue(config.title.trimmed());
    query.addBindValue(config.kind);
    query.addBindValue(QString::fromUtf8(QJsonDocument(settings.value()).toJson(QJsonDocument::Compact)));
    query.addBindValue(isoUtc(m_clock.now()));
    query.addBindValue(config.id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    if (query.numRowsAffected() == 0) {
        return find(config.id).problem();
    }
    return {};
}

Result<void> DnsProviderRepository::setSecretStored(qint64 id, bool stored)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE dns_providers SET secret_ref = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(stored ? QVariant(secretRefFor(id).toString()) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(isoUtc(m_clock.now()));
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    if (query.numRowsAffected() == 0) {
        return find(id).problem();
    }
    return {};
}

Result<void> DnsProviderRepository::remove(qint64 id)
{
    QSqlQuery users(m_store->connection());
    users.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM delegation_zone WHERE provider_id = ?) + "
                                 "(SELECT COUNT(*) FROM managed_challenges WHERE provider_id = ?)"));
    users.addBindValue(id);
    users.addBindValue(id);
    if (!users.exec() || !users.next()) {
        return storageProblem(users);
    }
    if (users.value(0).toInt() > 0) {
        return Problem::make(Problem::Category::Conflict,
                             QStringLiteral("provider.in-use"),
                             Text::tr("The DNS provider is still in use."),
                             Text::tr("The delegation zone or a managed challenge writes through it."),
                             Text::tr("Choose another provider there first."));
    }
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("DELETE FROM dns_providers WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}

Result<DnsProviderConfig> DnsProviderRepository::find(qint64 id) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM dns_providers WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    if (!query.next()) {
        return Problem::make(Problem::Category::NotFound,
                             QStringLiteral("provider.not-found"),
                             Text::tr("The DNS provider does not exist."),
                             Text::tr("There is no DNS provider with id %1.").arg(id));
    }
    return fromRow(query);
}

Result<QList<DnsProviderConfig>> DnsProviderRepository::all() const
{
    QSqlQuery query(m_store->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM dns_providers ORDER BY id").arg(kColumns))) {
        return storageProblem(query);
    }
    QList<DnsProviderConfig> configs;
    while (query.next()) {
        configs << fromRow(query);
    }
    return configs;
}
