#pragma once

#include "core/Result.h"
#include "core/hub/ApiToken.h"

#include <QByteArray>
#include <QObject>

#include <memory>

class Clock;
class SecretStore;
class Store;

// API tokens: issues them, checks presented credentials, expires and revokes them.
//
// A token is a client id plus a 256-bit random secret, shown to the administrator once. The
// database keeps only HMAC-SHA256(pepper, client id ":" secret); the pepper key lives in the
// OS keychain, so a stolen database alone does not even allow offline guessing. The key is
// read asynchronously at startup (loadKey), and created on first use.
class ApiTokenStore final : public QObject
{
    Q_OBJECT

public:
    struct NewToken
    {
        QString consumer;
        ApiToken::Roles roles = ApiToken::Role::ManagedChallengeConsumer;
        QList<qint64> scopeChallengeIds;
        QStringList scopeTags;
        QString nameRule;
        QDateTime expiresAt;
    };

    // What the administrator sees once: the secret is not stored anywhere.
    struct Issued
    {
        ApiToken token;
        QByteArray secret;
    };

    enum class Failure {
        None,
        NotReady, // the pepper key has not been loaded from the keychain yet
        MalformedCredentials,
        UnknownClient,
        WrongSecret,
        Expired,
        Revoked,
    };

    // The precise outcome is for the audit log; HTTP answers say only "invalid credentials".
    struct Authentication
    {
        Failure failure = Failure::UnknownClient;
        ApiToken token;

        bool ok() const { return failure == Failure::None; }

        QString auditReason() const;
    };

    // Last-used times are written at most once per this many seconds per token, so a busy
    // client does not turn every request into a database write.
    static constexpr qint64 LastUsedThrottleSeconds = 60;

    ApiTokenStore(std::shared_ptr<Store> store, SecretStore *secrets, const Clock &clock, QObject *parent = nullptr);
    ~ApiTokenStore() override;
    Q_DISABLE_COPY_MOVE(ApiTokenStore)

    // Reads the pepper key from the keychain, writing a new one if there is none yet; emits
    // `ready` or `failed` once, never synchronously.
    void loadKey();

    // For a caller that already holds the key (tests; a command that loaded it itself).
    void useKey(const QByteArray &key);

    bool isReady() const { return !m_key.isEmpty(); }

    Result<Issued> create(const NewToken &request);
    Authentication authenticate(const QString &clientId, const QByteArray &secret);
    Result<void> revoke(const QString &clientId);
    Result<ApiToken> find(const QString &clientId) const;
    Result<QList<ApiToken>> list() const;

    static QByteArray randomBytes(int count);
    static QByteArray base64Url(const QByteArray &bytes);

Q_SIGNALS:
    void ready();
    void failed(const Problem &problem);

private:
    QByteArray keyedHash(const QString &clientId, const QByteArray &secret) const;
    void writeNewKey();

    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    const Clock &m_clock;
    QByteArray m_key;
};
