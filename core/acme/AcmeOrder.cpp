#include "AcmeOrder.h"

#include "core/acme/AcmeProblem.h"

#include <QJsonArray>

AcmeOrder AcmeOrder::fromJson(const QJsonObject &object, const QUrl &url)
{
    AcmeOrder order;
    order.url = url;
    order.status = object.value(QStringLiteral("status")).toString();
    order.expires = QDateTime::fromString(object.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &value : object.value(QStringLiteral("identifiers")).toArray()) {
        order.identifiers << AcmeIdentifier::fromJson(value.toObject());
    }
    for (const QJsonValue &value : object.value(QStringLiteral("authorizations")).toArray()) {
        order.authorizations << QUrl(value.toString());
    }
    order.finalize = QUrl(object.value(QStringLiteral("finalize")).toString());
    order.certificate = QUrl(object.value(QStringLiteral("certificate")).toString());
    order.profile = object.value(QStringLiteral("profile")).toString();
    order.replaces = object.value(QStringLiteral("replaces")).toString();
    if (object.value(QStringLiteral("error")).isObject()) {
        order.error = AcmeProblem::fromJson(object.value(QStringLiteral("error")).toObject()).toProblem();
    }
    return order;
}

bool AcmeOrder::isInProgress() const
{
    return status == QLatin1String("pending") || status == QLatin1String("processing");
}
