#pragma once

#include "core/Result.h"
#include "core/challenges/ManagedChallenge.h"
#include "core/hub/ApiToken.h"
#include "core/hub/ClientSnippets.h"
#include "core/hub/HubSettings.h"
#include "core/hub/TokenIssuer.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class SecretStore;
class Store;

// What the window does with the hub's configuration, on the worker thread: managed challenges,
// API tokens and the hub's settings. Every request answers exactly once, on this thread;
// changes are also announced (challengesChanged, tokensChanged) so every view stays current.
class HubAdministration final : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Reply = std::function<void(Result<T>)>;

    // `secrets` must outlive this object.
    HubAdministration(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent = nullptr);
    ~HubAdministration() override;
    Q_DISABLE_COPY_MOVE(HubAdministration)

    void loadChallenges(Reply<QList<ManagedChallenge>> reply);
    // Adds (id 0) or updates the challenge; the answer is the row as stored.
    void saveChallenge(const ManagedChallenge &challenge, Reply<ManagedChallenge> reply);
    void removeChallenge(qint64 id, Reply<qint64> reply);

    void loadTokens(Reply<QList<ApiToken>> reply);
    // `hub` gives the acme-dns zone for an acme-dns account. The answer carries the secret:
    // the only copy CertDesk ever has, for the administrator to take.
    void createToken(const TokenIssuer::Request &request, const HubSettings &hub, Reply<TokenIssuer::Issued> reply);
    void revokeToken(const QString &clientId, Reply<ApiToken> reply);
    // ClientSnippets' input for this token (without the secret, which is not kept anywhere);
    // `runningUrl`, when valid, is where the hub listens now.
    void loadClientSetup(const QString &clientId,
                         const HubSettings &hub,
                         const QUrl &runningUrl,
                         Reply<ClientSnippets::Input> reply);

    // The profile's settings file is opened here, on this thread (QSettings objects for one
    // file share their data within the process, so the window's copy sees the change at once).
    void loadSettings(const QString &settingsPath, const QString &dataDir, Reply<HubSettings> reply);
    // Refuses what HubSettings::validate refuses; the answer is the settings as stored.
    void saveSettings(const HubSettings &settings, const QString &settingsPath, Reply<HubSettings> reply);

Q_SIGNALS:
    void challengesChanged(const QList<ManagedChallenge> &challenges);
    void tokensChanged(const QList<ApiToken> &tokens);

private:
    void announceChallenges();
    void announceTokens();

    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    TokenIssuer *m_issuer = nullptr;
};
