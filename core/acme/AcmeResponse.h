#pragma once

#include "core/Problem.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <optional>

// One HTTP exchange with the CA as AcmeTransport saw it. `problem` is set when the request
// failed, whether at the network, TLS or ACME level; the other fields stay filled as far as
// a response arrived, so Retry-After and the status are available alongside the Problem.
struct AcmeResponse
{
    QUrl url;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QUrl location;
    QList<QUrl> alternates;
    QUrl next; // Link: rel="next" (a paginated list, RFC 8555 §7.1.2.1)
    std::optional<QDateTime> retryAfter;
    std::optional<Problem> problem;

    bool ok() const { return !problem.has_value(); }

    QJsonObject json() const;
};
