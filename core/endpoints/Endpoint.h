#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A hostname (or several) served by one server or load balancer, and the certificate
// CertDesk keeps for it.
struct Endpoint
{
    enum class Exposure {
        Internal, // reachable only inside the network: DNS-01 through delegation
        External, // reachable from the internet: its name also points at a target host
    };

    qint64 id = 0;
    QString title;
    QStringList names; // normalised ASCII; the first is the certificate's subject
    Exposure exposure = Exposure::Internal;
    QString targetHost;
    QString challengeType = QStringLiteral("dns-01");
    QString keyType = QStringLiteral("ec-p256");
    qint64 accountId = 0; // 0: the profile's default CA account
    // http-01: {"listen": "ADDR:PORT"} or {"webroot": "/srv/www"}; any: {"acmeProfile": NAME}
    QJsonObject solverSettings;
    QJsonObject deploySettings; // see DeploymentTarget
    // false: "only when I ask" — CertDesk orders neither the first certificate nor renewals by
    // itself (the records are still watched and problems still announced).
    bool orderAutomatically = true;
    QString status = QStringLiteral("new");
    QDateTime certificateExpiresAt; // invalid when no certificate was issued yet
    QDateTime nextRenewalAt;

    // The CA's certificate profile to order (draft-ietf-acme-profiles, the directory's
    // meta.profiles); empty for the CA's default.
    QString acmeProfile() const { return solverSettings.value(QStringLiteral("acmeProfile")).toString(); }

    static QString orderingName(bool automatic)
    {
        return automatic ? QStringLiteral("automatic") : QStringLiteral("manual");
    }

    static QString exposureName(Exposure exposure)
    {
        return exposure == Exposure::External ? QStringLiteral("external") : QStringLiteral("internal");
    }

    static Exposure exposureFromName(const QString &name)
    {
        return name == QLatin1String("external") ? Exposure::External : Exposure::Internal;
    }
};

Q_DECLARE_METATYPE(Endpoint)
