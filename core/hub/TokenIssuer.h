#pragma once

#include "core/Result.h"
#include "core/hub/ApiTokenStore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Clock;
class SecretStore;
class Store;
struct HubSettings;

// Issues API tokens the way the command line and the window both do: checks the scope against
// the managed challenges that exist, reads the token key from the keychain (once), creates the
// token and, when asked, its acme-dns account at <uuid>.<the hub's acme-dns zone>. A token whose
// account cannot be made is revoked again, so no half-made token is left usable.
class TokenIssuer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        ApiTokenStore::NewToken token;
        // acme-dns clients name a subdomain, not a record: the token gets an account and may
        // write exactly that name. Without a challenge or tag, the scope becomes the managed
        // challenge serving the acme-dns zone.
        bool acmeDnsAccount = false;
    };

    // The secret is here once, for the administrator to copy; nothing else keeps it.
    struct Issued
    {
        ApiToken token;
        QByteArray secret;
        QString acmeDnsSubdomain;  // empty without an acme-dns account
        QString acmeDnsFulldomain; // <subdomain>.<zone>
    };

    using Done = std::function<void(Result<Issued>)>;

    // `secrets` must outlive the issuer.
    TokenIssuer(std::shared_ptr<Store> store, SecretStore *secrets, const Clock &clock, QObject *parent = nullptr);
    ~TokenIssuer() override;
    Q_DISABLE_COPY_MOVE(TokenIssuer)

    // `hub` gives the acme-dns zone. `done` runs on this thread exactly once, never before
    // issue() has returned and never after the issuer is gone.
    void issue(const Request &request, const HubSettings &hub, Done done);

private:
    struct Pending
    {
        Request request;
        QString acmeDnsZone;
        Done done;
    };

    Result<Request> checked(const Request &request, const QString &acmeDnsZone) const;
    void create(const Pending &pending);
    void keyFailed(const Problem &problem);

    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
    ApiTokenStore *m_tokens;
    QList<Pending> m_waiting; // while the token key is read from the keychain
    bool m_loading = false;
};
