#include "AcmeRenewalInfo.h"

AcmeRenewalInfo AcmeRenewalInfo::fromJson(const QJsonObject &object)
{
    const QJsonObject window = object.value(QStringLiteral("suggestedWindow")).toObject();
    AcmeRenewalInfo info;
    info.windowStart = QDateTime::fromString(window.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
    info.windowEnd = QDateTime::fromString(window.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
    info.explanation = QUrl(object.value(QStringLiteral("explanationURL")).toString());
    return info;
}
