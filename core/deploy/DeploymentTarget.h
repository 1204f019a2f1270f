#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

// Where an endpoint's certificate goes after each issuance, and what runs afterwards.
// Stored as JSON in endpoints.deploy_settings; holds no secret.
struct DeploymentTarget
{
    QString folder;
    bool writePem = true;      // cert.pem, chain.pem, fullchain.pem, privkey.pem
    bool writePfx = false;     // certificate.pfx
    QString postDeployCommand; // run by the platform shell, see DeploymentJob
    int commandTimeoutSeconds = 120;

    bool isEnabled() const { return !folder.isEmpty(); }

    QJsonObject toJson() const;
    static Result<DeploymentTarget> fromJson(const QJsonObject &object);
};
