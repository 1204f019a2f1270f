#pragma once

#include "core/Result.h"
#include "core/acme/AcmeAccount.h"
#include "core/acme/AcmeDirectory.h"
#include "core/acme/AcmeJob.h"
#include "core/acme/AcmeOrder.h"
#include "core/crypto/PrivateKey.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class AcmeTransport;
struct AcmeResponse;
class QNetworkAccessManager;

// An RFC 8555 client for one CA directory and (at most) one account. It has no thread of
// its own: every operation is an AcmeJob running on the thread of the given
// QNetworkAccessManager. The directory is fetched on first use. Account operations need
// setAccountKey(); everything after newAccount/findAccount also needs the account URL,
// which those set (or setAccountUrl() restores).
class AcmeClient final : public QObject
{
    Q_OBJECT

public:
    AcmeClient(QNetworkAccessManager *network, const QUrl &directoryUrl, QObject *parent = nullptr);
    ~AcmeClient() override;
    Q_DISABLE_COPY_MOVE(AcmeClient)

    // The roots trusted for this CA's server instead of the system's (private CAs, Pebble), like
    // lego's LEGO_CA_CERTIFICATES and certbot's REQUESTS_CA_BUNDLE. Empty: the system's roots.
    Result<void> setCaBundle(const QByteArray &pem);
    void setRequestTimeout(std::chrono::milliseconds timeout);
    // Polling: first wait, growth factor and cap of the back-off, and the overall limit.
    void setPollBackoff(std::chrono::milliseconds initial, double factor, std::chrono::milliseconds cap);

    void setPollTimeout(std::chrono::milliseconds timeout) { m_pollTimeout = timeout; }

    void setAccountKey(const PrivateKey &key) { m_accountKey = key; }

    PrivateKey accountKey() const { return m_accountKey; }

    void setAccountUrl(const QUrl &url) { m_accountUrl = url; }

    QUrl accountUrl() const { return m_accountUrl; }

    QUrl directoryUrl() const { return m_directoryUrl; }

    AcmeDirectory directory() const { return m_directory; }

    AcmeJob *fetchDirectory();

    // §7.3; sets accountUrl() on success. job->account().created tells new from existing.
    AcmeJob *newAccount(const AcmeAccountRequest &request);
    // §7.3.1: onlyReturnExisting; fails with acme.accountDoesNotExist if the key is unknown.
    AcmeJob *findAccount();
    AcmeJob *updateAccount(const QStringList &contact); // §7.3.2
    AcmeJob *deactivateAccount();                       // §7.3.6
    // §7.3.5; on success accountKey() is `newKey` and accountKeyChanged() is emitted.
    AcmeJob *changeKey(const PrivateKey &newKey);

    AcmeJob *newOrder(const AcmeOrderRequest &request); // §7.4
    AcmeJob *fetchOrder(const QUrl &url);
    // §7.1.2.1: the URLs of the account's orders, every page (Link rel="next") up to a bound.
    // Succeeds with none when the CA does not list orders (Let's Encrypt does not).
    AcmeJob *listOrders();
    AcmeJob *fetchAuthorization(const QUrl &url); // §7.5
    // §7.5.1: tell the CA the response is in place. Publish the file or TXT record first.
    AcmeJob *respondToChallenge(const AcmeChallenge &challenge);
    // Poll until the authorization leaves "pending"; fails (with authorization() set) if it
    // ends up invalid. Back-off as configured, never sooner than a Retry-After.
    AcmeJob *pollAuthorization(const QUrl &url);
    // Poll until the order is neither pending nor processing; fails if it is invalid.
    AcmeJob *pollOrder(const QUrl &url);
    // §7.4: send the CSR, then poll while the CA is processing; succeeds with a valid order.
    AcmeJob *finalize(const AcmeOrder &order, const QByteArray &csrDer);
    // §7.4.2: the PEM chain plus every `Link: rel="alternate"` chain; certificateChain() is
    // the one whose top issuer matches `preferredIssuer` (see PreferredChain), else the default.
    AcmeJob *downloadCertificate(const QUrl &url, const QString &preferredIssuer = {});
    // §7.6, authorised by the account key. `reason` is an RFC 5280 CRLReason code.
    AcmeJob *revoke(const QByteArray &certificateDer, std::optional<int> reason = std::nullopt);
    // RFC 9773 §4.2; fails with acme.ari-unsupported when the CA has no renewalInfo.
    AcmeJob *fetchRenewalInfo(const QString &certId);

    QString keyAuthorization(const QString &token) const;
    QString dns01TxtValue(const QString &token) const;

Q_SIGNALS:
    void accountKeyChanged();

private:
    struct PollState;
    using Step = std::function<void(AcmeJob *)>;
    using OnResponse = std::function<void(const AcmeResponse &)>;

    AcmeJob *makeJob(AcmeJob::Kind kind, Step body);
    void fetchOrderPage(AcmeJob *job, const QUrl &url, int page);
    void withDirectory(AcmeJob *job, std::function<void()> next);
    bool requireAccount(AcmeJob *job);
    // POST signed with the account key and kid; `payload` nullopt is POST-as-GET.
    void postWithKid(AcmeJob *job,
                     const QUrl &url,
                     const std::optional<QByteArray> &payload,
                     OnResponse onSuccess,
                     const QByteArray &accept = {});
    void poll(AcmeJob *job, std::shared_ptr<PollState> state);
    void fetchAlternates(AcmeJob *job, QList<QUrl> remaining, QString preferredIssuer);

    AcmeTransport *m_transport;
    QUrl m_directoryUrl;
    AcmeDirectory m_directory;
    PrivateKey m_accountKey;
    QUrl m_accountUrl;
    std::chrono::milliseconds m_pollInitial{20};
    double m_pollFactor = 1.5;
    std::chrono::milliseconds m_pollCap{1000};
    std::chrono::milliseconds m_pollTimeout{std::chrono::minutes(5)};
};
