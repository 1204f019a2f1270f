#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

// One HTTP answer from a controller, independent of the HTTP server library. Its texts are
// English on purpose, whatever language the desktop runs in: API clients (lego, certbot
// hooks, win-acme) log and sometimes match them, and an administrator searching the web for
// an error finds it. So the hub's wire texts are plain literals, not tr(); Problems from
// elsewhere in CertDesk (translated) go to the audit log, and the client gets their code.
struct HubResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HubResponse json(int status, const QJsonObject &object);
    static HubResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    static HubResponse empty(int status);

    // RFC 9457 problem details: {"type", "title", "status", "detail"}.
    static HubResponse problem(int status, const QString &title, const QString &detail);

    HubResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    QJsonObject jsonBody() const;
};

// Controllers answer through this exactly once, possibly later (after a DNS update).
using HubResponder = std::function<void(HubResponse)>;
