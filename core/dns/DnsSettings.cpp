#include "DnsSettings.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDnsSettings, "certdesk.core.dns.settings")

namespace {

const QString kResolvers = QStringLiteral("resolvers");
const QString kAuthoritativePort = QStringLiteral("authoritative_port");
const QString kConfirmTimeout = QStringLiteral("confirm_timeout_seconds");
const QString kCaaIdentities = QStringLiteral("caa_identities");
const QString kWatchInterval = QStringLiteral("watch_interval_seconds");

Problem storageProblem(const QString &technical)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("dns.settings.storage"),
                         QCoreApplication::translate("DnsSettings", "The DNS settings could not be read or saved."),
                         {},
                         QCoreApplication::translate("DnsSettings", "Check that the data folder is writable."))
        .withTechnical(technical);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list) {
        array.append(item);
    }
    return array;
}

} // namespace

DnsSettings DnsSettings::defaults()
{
    DnsSettings settings;
    settings.resolvers = systemResolvers();
    return settings;
}

QList<DnsServer> DnsSettings::systemResolvers(const QString &resolvConfPath)
{
    QList<DnsServer> servers;
    QString path = resolvConfPath;
    if (path.isEmpty()) {
        path = qEnvironmentVariable("CERTDESK_RESOLV_CONF", QStringLiteral("/etc/resolv.conf"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return servers;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).simplified();
        if (!line.startsWith(QLatin1String("nameserver "))) {
            continue;
        }
        // glibc allows a zone index on link-local IPv6 addresses ("fe80::1%eth0").
        const Result<DnsServer> server = DnsServer::parse(line.section(QLatin1Char(' '), 1, 1));
        if (server && !servers.contains(server.value())) {
            servers << server.value();
        }
    }
    return servers;
}

Result<DnsSettings> DnsSettings::load(const std::shared_ptr<Store> &store)
{
    DnsSettings settings = defaults();
    QSqlQuery query(store->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM dns_settings"))) {
        return storageProblem(query.lastError().text());
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QJsonValue value = QJsonDocument::fromJson("[" + query.value(1).toString().toUtf8() + "]").array().at(0);
        if (key == kResolvers && value.isArray()) {
            QList<DnsServer> resolvers;
            for (const QJsonValue &item : value.toArray()) {
                const Result<DnsServer> server = DnsServer::parse(item.toString());
                if (server) {
                    resolvers << server.value();
                } else {
                    qCWarning(lcDnsSettings) << "ignoring stored resolver" << item.toString();
                }
            }
            settings.resolvers = resolvers;
        } else if (key == kAuthoritativePort && value.isDouble()) {
            const int port = value.toInt();
            if (port > 0 && port <= 65535) {
                settings.authoritativePort = quint16(port);
            }
        } else if (key == kConfirmTimeout && value.isDouble() && value.toInt() > 0) {
            settings.confirmTimeout = std::chrono::seconds(value.toInt());
        } else if (key == kCaaIdentities && value.isArray()) {
            settings.caaIdentities.clear();
            for (const QJsonValue &item : value.toArray()) {
                settings.caaIdentities << item.toString().toLower();
            }
        } else if (key == kWatchInterval && value.isDouble() && value.toInt() > 0) {
            settings.watchInterval = std::chrono::seconds(value.toInt());
        }
    }
    return settings;
}

Result<void> DnsSettings::save(const std::shared_ptr<Store> &store) const
{
    QStringList resolverTexts;
    for (const DnsServer &server : resolvers) {
        resolverTexts << server.toString();
    }
    const QList<std::pair<QString, QJsonValue>> rows = {
        {kResolvers, toArray(resolverTexts)},
        {kAuthoritativePort, int(authoritativePort)},
        {kConfirmTimeout, qint64(confirmTimeout.count())},
        {kCaaIdentities, toArray(caaIdentities)},
        {kWatchInterval, qint64(watchInterval.count())},
    };
    QSqlDatabase db = store->connection();
    if (!db.transaction()) {
        return storageProblem(db.lastError().text());
    }
    for (const auto &[key, value] : rows) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO dns_settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        query.addBindValue(QString::fromUtf8(json.mid(1, json.size() - 2)));
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            return storageProblem(error);
        }
    }
    if (!db.commit()) {
        return storageProblem(db.lastError().text());
    }
    return {};
}
