#include "AcmeChallenge.h"

#include "core/acme/AcmeProblem.h"
#include "core/crypto/Base64Url.h"
#include "core/crypto/PrivateKey.h"

#include <QCryptographicHash>

AcmeChallenge AcmeChallenge::fromJson(const QJsonObject &object)
{
    AcmeChallenge challenge;
    challenge.type = object.value(QStringLiteral("type")).toString();
    challenge.url = QUrl(object.value(QStringLiteral("url")).toString());
    challenge.status = object.value(QStringLiteral("status")).toString();
    challenge.token = object.value(QStringLiteral("token")).toString();
    challenge.validated =
        QDateTime::fromString(object.value(QStringLiteral("validated")).toString(), Qt::ISODateWithMs);
    if (object.value(QStringLiteral("error")).isObject()) {
        challenge.error = AcmeProblem::fromJson(object.value(QStringLiteral("error")).toObject()).toProblem();
    }
    return challenge;
}

QString AcmeChallenge::keyAuthorization(const QString &token, const PrivateKey &accountKey)
{
    return token + QLatin1Char('.') + Base64Url::encodeToString(accountKey.thumbprint());
}

QString AcmeChallenge::dns01TxtValue(const QString &keyAuthorization)
{
    return Base64Url::encodeToString(QCryptographicHash::hash(keyAuthorization.toUtf8(), QCryptographicHash::Sha256));
}

QString AcmeChallenge::http01Path(const QString &token)
{
    return QStringLiteral("/.well-known/acme-challenge/") + token;
}
