#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <optional>

class QNetworkReply;

// The two HTTP headers ACME leans on beyond the basics.
namespace HttpHeaders {

// RFC 8288 Link targets with the given relation, resolved against `base`
// (RFC 8555 §7.4.2 "alternate" chains, §7.1.2.1 "up", §7.3.3 "terms-of-service").
QList<QUrl> linkTargets(const QList<QByteArray> &linkHeaders, const QByteArray &relation, const QUrl &base);
QList<QUrl> linkTargets(const QNetworkReply *reply, const QByteArray &relation);

// RFC 9110 §10.2.3 Retry-After: delay-seconds or an HTTP-date, as an absolute UTC time.
std::optional<QDateTime> retryAfter(const QByteArray &value, const QDateTime &now);
std::optional<QDateTime> retryAfter(const QNetworkReply *reply, const QDateTime &now);

} // namespace HttpHeaders
