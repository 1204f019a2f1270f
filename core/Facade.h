#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/acme/AccountRegistration.h"
#include "core/acme/AcmeDirectory.h"
#include "core/acme/CaAccount.h"
#include "core/challenges/ManagedChallenge.h"
#include "core/dns/DnsSettings.h"
#include "core/dns/ResolverCheck.h"
#include "core/endpoints/DelegationZone.h"
#include "core/endpoints/Endpoint.h"
#include "core/endpoints/EndpointDetails.h"
#include "core/endpoints/RequiredRecordSet.h"
#include "core/endpoints/RequiredRecords.h"
#include "core/hub/ApiToken.h"
#include "core/hub/ClientSnippets.h"
#include "core/hub/HubService.h"
#include "core/hub/HubSettings.h"
#include "core/hub/TokenIssuer.h"
#include "core/jobs/RecordWatcher.h"
#include "core/notify/NotificationSettings.h"
#include "core/notify/WebhookJob.h"
#include "core/providers/DnsProviderConfig.h"
#include "core/store/ActivityLog.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class AlertRelay;
class Notifier;
class Profile;
class RenewalLock;
class SecretStore;
class Worker;
class WorkerThread;

// The UI's one door into core. It lives on the GUI thread, returns at once, forwards work
// to the worker thread and re-emits the worker's answers here as queued signals.
//
// Requests take a `context` and a `done` callback: `done` runs later on the GUI thread with
// the result, exactly once, unless `context` was destroyed in the meantime (a closed dialog
// simply never hears back). It never runs before the request method has returned.
class Facade final : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Done = std::function<void(const Result<T> &)>;

    explicit Facade(Profile &profile, QObject *parent = nullptr);
    ~Facade() override;
    Q_DISABLE_COPY_MOVE(Facade)

    Profile &profile() const { return m_profile; }

    // The profile's keychain access (lives on the GUI thread; its jobs may be created anywhere).
    SecretStore *secrets() const { return m_secrets; }

    // Before start(): how the hub writes DNS records (the application's one wiring point).
    void setChallengePublisherFactory(HubService::PublisherFactory factory);

    // Starts the worker; renewals run here unless another instance (the headless service)
    // already runs them for this profile, which problemOccurred then explains.
    void start();
    bool runsRenewals() const;
    void shutdown();

    void refreshEndpoints();
    // Orders certificates for these endpoints now, whether or not they are due.
    void issueNow(const QList<qint64> &endpointIds);
    // Renews every certificate that is due, now rather than at the next scheduled check.
    void renewDueNow();
    void setRenewalsPaused(bool paused);

    bool renewalsPaused() const { return m_renewalsPaused; }

    void addEndpoint(const Endpoint &endpoint, QObject *context, Done<Endpoint> done);
    void updateEndpoint(const Endpoint &endpoint, QObject *context, Done<Endpoint> done);
    void removeEndpoints(const QList<qint64> &endpointIds, QObject *context, Done<QList<qint64>> done);
    void loadEndpointDetails(qint64 endpointId, QObject *context, Done<EndpointDetails> done);
    // The stored endpoints, read on the worker thread, to this caller only.
    void listEndpoints(QObject *context, Done<QList<Endpoint>> done);
    void exportCertificates(const QList<qint64> &endpointIds,
                            const QString &folder,
                            bool writePfx,
                            QObject *context,
                            Done<QStringList> done);
    void loadAccounts(QObject *context, Done<QList<CaAccount>> done);
    void
    fetchDirectory(const QUrl &directoryUrl, const QString &caBundlePath, QObject *context, Done<AcmeDirectory> done);
    void registerAccount(const AccountRegistration::Request &request, QObject *context, Done<CaAccount> done);
    void loadActivity(int limit, QObject *context, Done<QList<ActivityLog::Entry>> done);
    // The DNS records these endpoints need (every endpoint's when empty), with what the last
    // stored check said about each.
    void loadRequiredRecords(const QList<qint64> &endpointIds, QObject *context, Done<RequiredRecordSet> done);
    // Checks those records live on the worker thread (authoritative servers and resolvers),
    // stores the results and announces them through requiredRecordsChecked as well.
    void checkRequiredRecords(const QList<qint64> &endpointIds, QObject *context, Done<RecordWatcher::Report> done);
    // Writes the records to a file on the worker thread, as a zone-file snippet or plain text.
    void saveRequiredRecords(const QList<RequiredRecord> &records,
                             RequiredRecords::Format format,
                             const QString &path,
                             QObject *context,
                             Done<QString> done);
    // Every stored record check (what the last check of each required record found).
    void loadRecordChecks(QObject *context, Done<QList<RecordStatusRepository::Entry>> done);

    // DNS providers, which managed challenges and the delegation zone write through. A
    // credential goes to the keychain only: an empty `secret` keeps a saved provider's stored
    // one. testProvider tests the given (unsaved) settings; its answer says what was proven.
    void loadProviders(QObject *context, Done<QList<DnsProviderConfig>> done);
    void saveProvider(const DnsProviderConfig &config,
                      const QByteArray &secret,
                      QObject *context,
                      Done<DnsProviderConfig> done);
    void removeProvider(qint64 providerId, QObject *context, Done<qint64> done);
    void testProvider(const DnsProviderConfig &config, const QByteArray &secret, QObject *context, Done<QString> done);

    // Managed challenges: saveChallenge adds (id 0) or updates one.
    void loadChallenges(QObject *context, Done<QList<ManagedChallenge>> done);
    void saveChallenge(const ManagedChallenge &challenge, QObject *context, Done<ManagedChallenge> done);
    void removeChallenge(qint64 challengeId, QObject *context, Done<qint64> done);

    // API tokens. The answer to createToken holds the token's secret, the only copy there is:
    // show it once and let it go.
    void loadTokens(QObject *context, Done<QList<ApiToken>> done);
    void createToken(const TokenIssuer::Request &request, QObject *context, Done<TokenIssuer::Issued> done);
    void revokeToken(const QString &clientId, QObject *context, Done<ApiToken> done);
    // What a client of this token needs besides its secret: the hub's URL, the certificate to
    // trust, the token's acme-dns account (for ClientSnippets).
    void loadClientSetup(const QString &clientId, QObject *context, Done<ClientSnippets::Input> done);

    // The profile's [hub] settings; saving refuses what HubSettings::validate refuses. A
    // running hub keeps its old settings until it is started again.
    void loadHubSettings(QObject *context, Done<HubSettings> done);
    void saveHubSettings(const HubSettings &settings, QObject *context, Done<HubSettings> done);
    // Settings (the settings dialog). Reads and writes of the database run on the worker.
    void loadDnsSettings(QObject *context, Done<DnsSettings> done);
    void saveDnsSettings(const DnsSettings &settings, QObject *context, Done<void> done);
    // Whether each resolver answers for `zone` (the root zone if null); see ResolverCheck.
    void testResolvers(const QList<DnsServer> &resolvers,
                       const DnsName &zone,
                       QObject *context,
                       Done<QList<ResolverCheck::Outcome>> done);
    void loadDelegationZone(QObject *context, Done<std::optional<DelegationZone>> done);
    // Points the delegation zone at an existing provider; a null `zone` removes the zone.
    void saveDelegationZone(const DnsName &zone, qint64 providerId, QObject *context, Done<void> done);
    // Writes or removes the platform's start-at-login entry for this program.
    void setStartAtLogin(bool enabled, QObject *context, Done<void> done);
    NotificationSettings notificationSettings() const;
    // Secrets first (nullopt keeps the keychain's entry, an empty array removes it), then the
    // settings file, so the file never claims a secret the keychain refused.
    void saveNotificationSettings(const NotificationSettings &settings,
                                  const std::optional<QByteArray> &smtpPassword,
                                  const std::optional<QByteArray> &webhookSecret,
                                  QObject *context,
                                  Done<void> done);
    // Test messages with settings that need not be saved yet. An SMTP user without a password
    // uses the one in the keychain; so does `useStoredSecret` for the webhook.
    void sendTestEmail(const SmtpSettings &smtp, QObject *context, Done<void> done);
    void sendTestWebhook(const WebhookJob::Target &target, bool useStoredSecret, QObject *context, Done<void> done);

    // The management hub on the worker thread, with the profile's hub settings as they are now.
    // Answers with hubStarted, hubFailed or hubStopped.
    void startHub();
    void stopHub();

    // The hub as the worker last reported it.
    bool isHubRunning() const { return m_hubRunning; }

    QUrl hubUrl() const { return m_hubUrl; }

    QString hubFingerprint() const { return m_hubFingerprint; }

Q_SIGNALS:
    void endpointsChanged(const QList<Endpoint> &endpoints);
    void endpointUpdated(const Endpoint &endpoint);
    void endpointsRemoved(const QList<qint64> &endpointIds);
    void accountsChanged(const QList<CaAccount> &accounts);
    void orderQueued(qint64 endpointId);
    void orderProgress(qint64 endpointId, const QString &step);
    void orderFinished(qint64 endpointId, bool succeeded, const Problem &problem);
    void renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt);
    void renewalsPausedChanged(bool paused);
    void problemOccurred(const Problem &problem);
    // A required DNS record that was OK broke, or a missing one appeared (for the list and the tray).
    void requiredRecordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change);
    // Any live check of required records finished (the watcher's, or one asked for): every
    // status it found, and the endpoints whose records it covered.
    void requiredRecordsChecked(const QList<RecordStatus> &statuses, const QList<qint64> &endpointIds);
    // `fingerprint`: SHA-256 of the hub's certificate, for clients to pin; empty for plain HTTP.
    void hubStarted(const QUrl &url, const QString &fingerprint);
    void hubStopped();
    void hubFailed(const Problem &problem);
    // After any change, from this window or another request: the whole current list.
    void providersChanged(const QList<DnsProviderConfig> &providers);
    void challengesChanged(const QList<ManagedChallenge> &challenges);
    void tokensChanged(const QList<ApiToken> &tokens);

private:
    template <typename T, typename Call>
    void ask(QObject *context, Done<T> done, Call call);

    Profile &m_profile;
    SecretStore *m_secrets;
    WorkerThread *m_worker;
    std::unique_ptr<RenewalLock> m_lock;
    Notifier *m_notifier = nullptr;
    AlertRelay *m_alerts = nullptr;
    bool m_renewalsPaused = false;
    bool m_hubRunning = false;
    QUrl m_hubUrl;
    QString m_hubFingerprint;
};
