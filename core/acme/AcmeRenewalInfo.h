#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

// RFC 9773 §4.2: the CA's suggested renewal window for one certificate.
struct AcmeRenewalInfo
{
    QDateTime windowStart;
    QDateTime windowEnd;
    QUrl explanation;
    QDateTime retryAfter; // when to ask again (§4.3), from the Retry-After header

    static AcmeRenewalInfo fromJson(const QJsonObject &object);

    bool isValid() const { return windowStart.isValid() && windowEnd.isValid() && windowStart < windowEnd; }
};
