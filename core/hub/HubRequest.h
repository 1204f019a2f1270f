#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

// One HTTP request as the hub's controllers see it, independent of the HTTP server library
// (Qt HTTP Server's API changed in 6.5 and 6.8): controllers are tested with plain values.
struct HubRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, "/api/v1/managedchallenge/request"
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // names as received
    QByteArray body;
    QHostAddress remoteAddress;

    // Case-insensitive (RFC 9110 5.1); the first value when a header is repeated.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }

    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    }
};
