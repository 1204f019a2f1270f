#pragma once

#include "core/Result.h"
#include "core/acme/CaAccount.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class Store;

// The CAA identities a CA names in its directory (meta.caaIdentities, RFC 8555 §7.1.1), which
// RecordCheck judges CAA records against when the DNS settings name none. One GET of the
// account's directory, trusting the account's own CA bundle (private CAs) besides the system's.
//
// start() never emits synchronously; `finished` fires exactly once. The creator owns the job.
class CaaIdentityLookup final : public QObject
{
    Q_OBJECT

public:
    explicit CaaIdentityLookup(CaAccount account, QObject *parent = nullptr);
    ~CaaIdentityLookup() override;
    Q_DISABLE_COPY_MOVE(CaaIdentityLookup)

    void start();

    // Valid after `finished`; an empty list when the CA names none (Pebble, many private CAs).
    const Result<QStringList> &result() const { return *m_result; }

    // The identities to judge CAA by: `configured` (the DNS settings) when not empty, else those
    // of the profile's default account's CA, else none. `done` runs later on this thread, only
    // while `context` lives; a failed lookup gives an empty list (CAA is then not judged).
    static void identitiesFor(const std::shared_ptr<Store> &store,
                              const QStringList &configured,
                              QObject *context,
                              std::function<void(QStringList)> done);

Q_SIGNALS:
    void finished(CaaIdentityLookup *lookup);

private:
    void complete(const Result<QStringList> &result);

    CaAccount m_account;
    QNetworkAccessManager *m_network;
    bool m_started = false;
    std::optional<Result<QStringList>> m_result;
};
