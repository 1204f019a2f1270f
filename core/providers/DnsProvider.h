#pragma once

#include "core/Result.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsSettings.h"
#include "core/dns/ZoneAuthorityCache.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class DnsClient;

// A DNS service CertDesk can write challenge TXT records through: RFC 2136, PowerDNS,
// Cloudflare, acme-dns, or the administrator's own script. Each kind describes its settings
// with a ProviderSchema (see DnsProviderFactory) and implements addTxt/removeTxt/testConnection;
// this base class gives every kind the same contract:
//
// - present() adds one value next to any others at the name (a name and its wildcard are
//   validated with two values at one name) and reports success only once every authoritative
//   server of the zone serves it (TxtConfirmation);
// - cleanup() removes exactly that value; both are idempotent;
// - writes to one name are serialised, so read-modify-write APIs cannot lose a value;
// - `done` is called exactly once, always later from the event loop, never after the provider
//   is destroyed. Problems never carry the credential.
class DnsProvider : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;
    // A successful test says, in one translated sentence, what was proven.
    using Tested = std::function<void(Result<QString>)>;

    struct Context
    {
        DnsClient *client = nullptr; // must outlive the provider
        DnsSettings settings;
    };

    ~DnsProvider() override;
    Q_DISABLE_COPY_MOVE(DnsProvider)

    virtual QString kind() const = 0;

    void present(const DnsName &fqdn, const QString &value, Done done);
    void cleanup(const DnsName &fqdn, const QString &value, Done done);
    // Reaches the service and proves the credential is accepted, changing no record.
    void testConnection(Tested done);

    // Whether present() waits for the authoritative servers (on by default). Only for callers
    // that confirm on their own, for example a bulk check after many writes.
    void setConfirmWrites(bool confirm) { m_confirmWrites = confirm; }

    const Context &context() const { return m_context; }

    // True while a present() or cleanup() is queued or running (its `done` still to come).
    bool isBusy() const { return !m_queues.isEmpty(); }

    // A value CertDesk can write as one TXT character-string: printable ASCII without quotes or
    // backslashes, 1-255 characters (dns-01 values are 43 base64url characters).
    static Result<void> checkValue(const QString &value);

protected:
    DnsProvider(Context context, QObject *parent);

    // Implementations may call `done` synchronously; the base class keeps the contract.
    virtual void addTxt(const DnsName &fqdn, const QString &value, Done done) = 0;
    virtual void removeTxt(const DnsName &fqdn, const QString &value, Done done) = 0;
    virtual void checkConnection(Tested done) = 0;

    // Where the written value is confirmed: by default the zone's authoritative servers found
    // through the configured resolvers. acme-dns style providers answer for the name themselves.
    virtual void confirm(const DnsName &fqdn, const QString &value, Done done);

private:
    using Work = std::function<void(std::function<void()> next)>;

    void enqueue(const QString &name, Work work);
    void runNext(const QString &name);
    template <typename T>
    std::function<void(Result<T>)> guarded(std::function<void(Result<T>)> done);

    Context m_context;
    bool m_confirmWrites = true;
    ZoneAuthorityCache m_authorities;          // the zones' servers confirmations ask, between writes
    QHash<QString, std::deque<Work>> m_queues; // per record name; the front is running
};
