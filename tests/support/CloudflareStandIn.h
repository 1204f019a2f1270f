#pragma once

#include "Lab.h"
#include "support/MiniHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

// A local stand-in for Cloudflare's API v4 (https://developers.cloudflare.com/api/), which
// cannot run here. It implements the published endpoints a DNS-01 client uses, with Cloudflare's
// envelope ({success, errors, messages, result}) and error codes:
//   GET    /client/v4/user/tokens/verify          1000 "Invalid API Token" (401)
//   GET    /client/v4/zones?name=                 10000 "Authentication error" (403) for a bad token
//   GET    /client/v4/zones/{zone_id}             7003 for an unknown id (404)
//   GET    /client/v4/zones/{zone_id}/dns_records?type=&name=
//   POST   /client/v4/zones/{zone_id}/dns_records 81058 "An identical record already exists." (400)
//   DELETE /client/v4/zones/{zone_id}/dns_records/{id}
// Records it holds are mirrored into the lab's BIND, so what the provider writes is really
// served by an authoritative server, as Cloudflare's own name servers would.
class CloudflareStandIn final
{
public:
    struct Record
    {
        QString id;
        QString zoneId;
        QString name;
        QString content;
        int ttl = 1;
    };

    explicit CloudflareStandIn(const Lab &lab)
        : m_lab(lab)
        , m_server([this](const MiniHttpServer::Request &request) {
            return handle(request);
        })
    {
        m_zones.insert(QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353"), lab.customerZone());
        m_zones.insert(QStringLiteral("9a7806061c88ada191ed06f989cc3dac"), lab.delegationZone());
    }

    bool listen() { return m_server.listen(); }

    QString apiUrl() const { return m_server.baseUrl() + QStringLiteral("/client/v4"); }

    QByteArray token() const { return "Cf-Test-Token_0123456789abcdefABCDEF012345"; }

    QString zoneIdOf(const QString &zone) const { return m_zones.key(zone); }

    QList<Record> records() const { return m_records; }

    int requests() const { return m_server.requests; }

    QStringList paths; // every request as "METHOD /path?query", for tests to inspect

private:
    static MiniHttpServer::Response envelope(int status, const QJsonValue &result, const QJsonArray &errors = {})
    {
        return MiniHttpServer::Response::json(status,
                                              QJsonDocument(QJsonObject{{QStringLiteral("success"), errors.isEmpty()},
                                                                        {QStringLiteral("errors"), errors},
                                                                        {QStringLiteral("messages"), QJsonArray()},
                                                                        {QStringLiteral("result"), result}}));
    }

    static MiniHttpServer::Response error(int status, int code, const QString &message)
    {
        return envelope(status,
                        QJsonValue::Null,
                        QJsonArray{QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}});
    }

    QJsonObject zoneJson(const QString &id) const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("name"), m_zones.value(id)},
                {QStringLiteral("status"), QStringLiteral("active")}};
    }

    static QJsonObject recordJson(const Record &record, const QString &zoneName)
    {
        return {{QStringLiteral("id"), record.id},
                {QStringLiteral("zone_id"), record.zoneId},
                {QStringLiteral("zone_name"), zoneName},
                {QStringLiteral("name"), record.name},
                {QStringLiteral("type"), QStringLiteral("TXT")},
                {QStringLiteral("content"), record.content},
                {QStringLiteral("proxiable"), false},
                {QStringLiteral("proxied"), false},
                {QStringLiteral("ttl"), record.ttl}};
    }

    MiniHttpServer::Response handle(const MiniHttpServer::Request &request)
    {
        const QString path = request.url.path();
        paths << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toString();
        const bool authorized = request.header("Authorization") == "Bearer " + token();
        if (path == QLatin1String("/client/v4/user/tokens/verify")) {
            if (!authorized) {
                return error(401, 1000, QStringLiteral("Invalid API Token"));
            }
            return envelope(200,
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("ed17574386854bf78a67040be0a770b0")},
                                        {QStringLiteral("status"), QStringLiteral("active")}});
        }
        if (!authorized) {
            return error(403, 10000, QStringLiteral("Authentication error"));
        }
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // client v4 zones ...
        const QUrlQuery query(request.url);
        if (parts.size() == 3 && parts.at(2) == QLatin1String("zones") && request.method == "GET") {
            const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
            QJsonArray result;
            for (auto it = m_zones.constBegin(); it != m_zones.constEnd(); ++it) {
                if (name.isEmpty() || it.value() == name) {
                    result.append(zoneJson(it.key()));
                }
            }
            return envelope(200, result);
        }
        if (parts.size() < 4 || parts.at(2) != QLatin1String("zones") || !m_zones.contains(parts.at(3))) {
            return error(404,
                         7003,
                         QStringLiteral("Could not route to %1, perhaps your object identifier is invalid?").arg(path));
        }
        const QString zoneId = parts.at(3);
        if (parts.size() == 4 && request.method == "GET") {
            return envelope(200, zoneJson(zoneId));
        }
        if (parts.size() == 5 && parts.at(4) == QLatin1String("dns_records") && request.method == "GET") {
            const QString type = query.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded);
            const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
            QJsonArray result;
            for (const Record &record : std::as_const(m_records)) {
                if (record.zoneId == zoneId && (type.isEmpty() || type == QLatin1String("TXT"))
                    && (name.isEmpty() || name == record.name)) {
                    result.append(recordJson(record, m_zones.value(zoneId)));
                }
            }
            return envelope(200, result);
        }
        if (parts.size() == 5 && parts.at(4) == QLatin1String("dns_records") && request.method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            Record record;
            record.id = QUuid::createUuid().toString(QUuid::Id128);
            record.zoneId = zoneId;
            record.name = body.value(QStringLiteral("name")).toString().toLower();
            record.content = body.value(QStringLiteral("content")).toString();
            record.ttl = body.value(QStringLiteral("ttl")).toInt(1);
            if (body.value(QStringLiteral("type")).toString() != QLatin1String("TXT")) {
                return error(400, 9004, QStringLiteral("This record type is not supported by this stand-in."));
            }
            if (record.ttl != 1 && (record.ttl < 60 || record.ttl > 86400)) {
                return error(
                    400, 9021, QStringLiteral("Invalid TTL. Must be between 60 and 86400, or 1 for automatic."));
            }
            const QString zone = m_zones.value(zoneId);
            if (record.name != zone && !record.name.endsWith(QLatin1Char('.') + zone)) {
                return error(400, 9005, QStringLiteral("Content for record is invalid: name is outside the zone"));
            }
            for (const Record &existing : std::as_const(m_records)) {
                if (existing.name == record.name && existing.content == record.content) {
                    return error(400, 81058, QStringLiteral("An identical record already exists."));
                }
            }
            if (!m_lab.bindAddRecord(
                    record.name, QStringLiteral("TXT"), record.content, record.ttl == 1 ? 60 : record.ttl)) {
                return error(500, 1001, QStringLiteral("DNS backend error"));
            }
            m_records << record;
            return envelope(200, recordJson(record, zone));
        }
        if (parts.size() == 6 && parts.at(4) == QLatin1String("dns_records") && request.method == "DELETE") {
            for (qsizetype i = 0; i < m_records.size(); ++i) {
                if (m_records.at(i).id == parts.at(5) && m_records.at(i).zoneId == zoneId) {
                    const Record record = m_records.takeAt(i);
                    (void)m_lab.bindRemoveRecords(record.name, QStringLiteral("TXT"), record.content);
                    return envelope(200, QJsonObject{{QStringLiteral("id"), record.id}});
                }
            }
            return error(404, 81044, QStringLiteral("Record does not exist."));
        }
        return error(405, 10405, QStringLiteral("Method not allowed for this route"));
    }

    const Lab &m_lab;
    MiniHttpServer m_server;
    QHash<QString, QString> m_zones; // id → name
    QList<Record> m_records;
};
