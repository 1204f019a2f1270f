#include "AcmeAuthorization.h"

#include <QJsonArray>

AcmeAuthorization AcmeAuthorization::fromJson(const QJsonObject &object, const QUrl &url)
{
    AcmeAuthorization authorization;
    authorization.url = url;
    authorization.identifier = AcmeIdentifier::fromJson(object.value(QStringLiteral("identifier")).toObject());
    authorization.status = object.value(QStringLiteral("status")).toString();
    authorization.expires =
        QDateTime::fromString(object.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
    authorization.wildcard = object.value(QStringLiteral("wildcard")).toBool();
    for (const QJsonValue &value : object.value(QStringLiteral("challenges")).toArray()) {
        authorization.challenges << AcmeChallenge::fromJson(value.toObject());
    }
    return authorization;
}

std::optional<AcmeChallenge> AcmeAuthorization::challenge(const QString &type) const
{
    for (const AcmeChallenge &candidate : challenges) {
        if (candidate.type == type) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::optional<Problem> AcmeAuthorization::error() const
{
    for (const AcmeChallenge &candidate : challenges) {
        if (candidate.error) {
            return candidate.error;
        }
    }
    return std::nullopt;
}

bool AcmeAuthorization::isFinal() const
{
    // §7.1.6: only "pending" can still change by the server's own action.
    return status != QLatin1String("pending");
}
