#include "AcmeDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

Result<AcmeDirectory> AcmeDirectory::fromJson(const QByteArray &json, const QUrl &directoryUrl)
{
    const auto invalid = [&](const QString &detail) {
        return Problem::make(Problem::Category::Acme,
                             QStringLiteral("acme.directory-invalid"),
                             QCoreApplication::translate("AcmeDirectory", "The address is not an ACME directory"),
                             detail,
                             QCoreApplication::translate("AcmeDirectory",
                                                         "Check the directory URL; it is usually shown in the CA's "
                                                         "documentation and ends in /directory."))
            .withTechnical(directoryUrl.toDisplayString());
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        return invalid(QCoreApplication::translate("AcmeDirectory", "%1 did not answer with a JSON object.")
                           .arg(directoryUrl.toDisplayString()));
    }
    const QJsonObject object = document.object();
    const auto url = [&](const char *key) {
        return QUrl(object.value(QLatin1String(key)).toString(), QUrl::StrictMode);
    };

    AcmeDirectory directory;
    directory.m_newNonce = url("newNonce");
    directory.m_newAccount = url("newAccount");
    directory.m_newOrder = url("newOrder");
    directory.m_newAuthz = url("newAuthz");
    directory.m_revokeCert = url("revokeCert");
    directory.m_keyChange = url("keyChange");
    directory.m_renewalInfo = url("renewalInfo");

    // RFC 8555 §7.1.1 makes these resources mandatory; without them nothing can be ordered.
    QStringList missing;
    for (const auto &[name, value] : {std::pair{"newNonce", directory.m_newNonce},
                                      std::pair{"newAccount", directory.m_newAccount},
                                      std::pair{"newOrder", directory.m_newOrder}}) {
        if (!value.isValid() || value.isRelative()) {
            missing << QLatin1String(name);
        }
    }
    if (!missing.isEmpty()) {
        return invalid(QCoreApplication::translate("AcmeDirectory", "The directory at %1 lacks %2.")
                           .arg(directoryUrl.toDisplayString(), missing.join(QStringLiteral(", "))));
    }

    const QJsonObject meta = object.value(QStringLiteral("meta")).toObject();
    directory.m_termsOfService = QUrl(meta.value(QStringLiteral("termsOfService")).toString());
    directory.m_website = QUrl(meta.value(QStringLiteral("website")).toString());
    for (const QJsonValue &identity : meta.value(QStringLiteral("caaIdentities")).toArray()) {
        directory.m_caaIdentities << identity.toString();
    }
    directory.m_externalAccountRequired = meta.value(QStringLiteral("externalAccountRequired")).toBool();
    const QJsonObject profiles = meta.value(QStringLiteral("profiles")).toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        directory.m_profiles.insert(it.key(), it.value().toString());
    }
    return directory;
}
