#pragma once

#include "core/hub/HubController.h"

#include <QList>
#include <QString>

class AcmeDnsAccounts;
class ApiTokenStore;
class ChallengeRelay;

// The acme-dns HTTP API (github.com/joohoi/acme-dns), which lego, acme.sh, certbot's
// acme-dns hook and many others speak unmodified:
//   POST /register  -> 201 {username, password, fulldomain, subdomain, allowfrom}
//                      (only when the administrator enabled registration)
//   POST /update    with X-Api-User / X-Api-Key and {"subdomain", "txt"} -> 200 {"txt"}
//   GET  /health    -> 200
// Errors use acme-dns' own bodies ({"error": "forbidden"}, "bad_subdomain", "bad_txt",
// "malformed_json_payload"), with a CertDesk "detail" added for scope refusals.
// The TXT values live at <subdomain>.<zone>, written through the managed challenge that
// matches that name; as in acme-dns, the two latest values are kept and older ones removed.
class AcmeDnsController final : public HubController
{
public:
    struct Settings
    {
        QString zone; // e.g. "acme-dns.example.test"; the registered subdomains live below it
        bool registrationEnabled = false;
        // What a registered account may use (the token's scope); its name rule is always exactly
        // its own <subdomain>.<zone>.
        QList<qint64> registrationChallengeIds;
        QStringList registrationTags;
    };

    AcmeDnsController(ChallengeRelay &relay, ApiTokenStore &tokens, AcmeDnsAccounts &accounts, Settings settings);

    bool handle(const HubRequest &request, const HubResponder &respond) override;
    QStringList paths() const override;

    void setSettings(const Settings &settings) { m_settings = settings; }

private:
    void registerAccount(const HubRequest &request, const HubResponder &respond);
    void update(const HubRequest &request, const HubResponder &respond);

    ChallengeRelay &m_relay;
    ApiTokenStore &m_tokens;
    AcmeDnsAccounts &m_accounts;
    Settings m_settings;
};
