#include "HubAdministration.h"

#include "core/Clock.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/hub/AcmeDnsAccounts.h"
#include "core/hub/ApiTokenStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcHubAdmin, "certdesk.hub.admin")

HubAdministration::HubAdministration(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
{
}

HubAdministration::~HubAdministration() = default;

void HubAdministration::loadChallenges(Reply<QList<ManagedChallenge>> reply)
{
    reply(ManagedChallengeRepository(m_store, Clock::system()).all());
}

void HubAdministration::saveChallenge(const ManagedChallenge &challenge, Reply<ManagedChallenge> reply)
{
    ManagedChallengeRepository challenges(m_store, Clock::system());
    qint64 id = challenge.id;
    if (id > 0) {
        if (Result<void> updated = challenges.update(challenge); !updated) {
            reply(updated.problem());
            return;
        }
    } else {
        const Result<qint64> added = challenges.add(challenge);
        if (!added) {
            reply(added.problem());
            return;
        }
        id = added.value();
    }
    reply(challenges.find(id));
    announceChallenges();
}

void HubAdministration::removeChallenge(qint64 id, Reply<qint64> reply)
{
    if (Result<void> removed = ManagedChallengeRepository(m_store, Clock::system()).remove(id); !removed) {
        reply(removed.problem());
        return;
    }
    reply(id);
    announceChallenges();
}

void HubAdministration::announceChallenges()
{
    const Result<QList<ManagedChallenge>> all = ManagedChallengeRepository(m_store, Clock::system()).all();
    if (all) {
        Q_EMIT challengesChanged(all.value());
    } else {
        qCWarning(lcHubAdmin) << "cannot list managed challenges:" << all.problem().message();
    }
}

void HubAdministration::loadTokens(Reply<QList<ApiToken>> reply)
{
    // Listing and revoking need no token key: only issuing and checking secrets do.
    reply(ApiTokenStore(m_store, nullptr, Clock::system()).list());
}

void HubAdministration::createToken(const TokenIssuer::Request &request,
                                    const HubSettings &hub,
                                    Reply<TokenIssuer::Issued> reply)
{
    if (!m_issuer) {
        // Kept: the token key is read from the keychain once, not for every token.
        m_issuer = new TokenIssuer(m_store, m_secrets, Clock::system(), this);
    }
    m_issuer->issue(request, hub, [this, reply](Result<TokenIssuer::Issued> issued) {
        const bool created = issued.ok();
        reply(std::move(issued));
        if (created) {
            announceTokens();
        }
    });
}

void HubAdministration::revokeToken(const QString &clientId, Reply<ApiToken> reply)
{
    ApiTokenStore tokens(m_store, nullptr, Clock::system());
    if (Result<void> revoked = tokens.revoke(clientId); !revoked) {
        reply(revoked.problem());
        return;
    }
    reply(tokens.find(clientId));
    announceTokens();
}

void HubAdministration::loadClientSetup(const QString &clientId,
                                        const HubSettings &hub,
                                        const QUrl &runningUrl,
                                        Reply<ClientSnippets::Input> reply)
{
    const Result<ApiToken> token = ApiTokenStore(m_store, nullptr, Clock::system()).find(clientId);
    if (!token) {
        reply(token.problem());
        return;
    }
    const Result<std::optional<AcmeDnsAccounts::Account>> account =
        AcmeDnsAccounts(m_store, Clock::system()).findByClient(clientId);
    if (!account) {
        reply(account.problem());
        return;
    }
    ClientSnippets::Input input = ClientSnippets::forHub(hub);
    if (runningUrl.isValid()) {
        input.hubUrl = runningUrl;
    }
    input.clientId = clientId;
    if (account.value()) {
        input.acmeDnsSubdomain = account.value()->subdomain;
    }
    reply(input);
}

void HubAdministration::announceTokens()
{
    const Result<QList<ApiToken>> all = ApiTokenStore(m_store, nullptr, Clock::system()).list();
    if (all) {
        Q_EMIT tokensChanged(all.value());
    } else {
        qCWarning(lcHubAdmin) << "cannot list API tokens:" << all.problem().message();
    }
}

void HubAdministration::loadSettings(const QString &settingsPath, const QString &dataDir, Reply<HubSettings> reply)
{
    const QSettings file(settingsPath, QSettings::IniFormat);
    HubSettings settings = HubSettings::read(file);
    settings.dataDir = dataDir;
    reply(settings);
}

void HubAdministration::saveSettings(const HubSettings &settings, const QString &settingsPath, Reply<HubSettings> reply)
{
    if (Result<void> valid = settings.validate(); !valid) {
        reply(valid.problem());
        return;
    }
    QSettings file(settingsPath, QSettings::IniFormat);
    settings.write(file);
    if (file.status() != QSettings::NoError) {
        reply(Problem::make(Problem::Category::Storage,
                            QStringLiteral("hub.settings-not-saved"),
                            QCoreApplication::translate("HubAdministration", "The hub settings could not be saved."),
                            QCoreApplication::translate("HubAdministration", "%1 cannot be written.").arg(settingsPath),
                            QCoreApplication::translate("HubAdministration",
                                                        "Check that the profile folder is writable and not full.")));
        return;
    }
    HubSettings stored = HubSettings::read(file);
    stored.dataDir = settings.dataDir;
    reply(stored);
}
