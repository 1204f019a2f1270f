#pragma once

#include "core/hub/HubController.h"

class ChallengeRelay;

// lego's "httpreq" DNS provider (and anything speaking its protocol): POST /present and
// POST /cleanup with {"fqdn", "value"}, or in RAW mode {"domain", "token", "keyAuth"}, where
// the TXT value is base64url(SHA-256(keyAuth)). Credentials come as HTTP Basic auth
// (HTTPREQ_USERNAME = client id, HTTPREQ_PASSWORD = secret). lego only looks at the status
// (>= 400 is an error and the body is shown to its operator), so success echoes the request.
class HttpReqController final : public HubController
{
public:
    explicit HttpReqController(ChallengeRelay &relay, QString basePath = {});

    bool handle(const HubRequest &request, const HubResponder &respond) override;
    QStringList paths() const override;

    // RFC 8555 8.4: the DNS-01 TXT value for a key authorisation.
    static QString txtValueFor(const QString &keyAuthorization);

    // "Basic base64(user:password)" -> user, password; empty on anything else (RFC 7617).
    static std::pair<QString, QByteArray> basicCredentials(const QByteArray &authorization);

private:
    ChallengeRelay &m_relay;
    QString m_basePath;
};
