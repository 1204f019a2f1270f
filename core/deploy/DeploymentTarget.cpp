#include "DeploymentTarget.h"

#include <QCoreApplication>
#include <QDir>

QJsonObject DeploymentTarget::toJson() const
{
    return {
        {QStringLiteral("folder"), folder},
        {QStringLiteral("pem"), writePem},
        {QStringLiteral("pfx"), writePfx},
        {QStringLiteral("postDeployCommand"), postDeployCommand},
        {QStringLiteral("commandTimeoutSeconds"), commandTimeoutSeconds},
    };
}

Result<DeploymentTarget> DeploymentTarget::fromJson(const QJsonObject &object)
{
    DeploymentTarget target;
    target.folder = object.value(QStringLiteral("folder")).toString();
    target.writePem = object.value(QStringLiteral("pem")).toBool(true);
    target.writePfx = object.value(QStringLiteral("pfx")).toBool(false);
    target.postDeployCommand = object.value(QStringLiteral("postDeployCommand")).toString();
    target.commandTimeoutSeconds = object.value(QStringLiteral("commandTimeoutSeconds")).toInt(120);
    auto invalid = [](const QString &detail) {
        return Problem::make(
            Problem::Category::Input,
            QStringLiteral("deploy.invalid-settings"),
            QCoreApplication::translate("DeploymentTarget", "The deployment settings are invalid."),
            detail,
            QCoreApplication::translate("DeploymentTarget", "Correct them in the endpoint's settings."));
    };
    if (!target.folder.isEmpty() && QDir::isRelativePath(target.folder)) {
        return invalid(QCoreApplication::translate("DeploymentTarget", "The folder \"%1\" is not an absolute path.")
                           .arg(target.folder));
    }
    if (target.isEnabled() && !target.writePem && !target.writePfx) {
        return invalid(QCoreApplication::translate("DeploymentTarget", "Choose PEM files, a PFX file, or both."));
    }
    if (target.commandTimeoutSeconds < 1 || target.commandTimeoutSeconds > 3600) {
        return invalid(QCoreApplication::translate("DeploymentTarget",
                                                   "The command timeout must be between 1 second and 1 hour."));
    }
    return target;
}
