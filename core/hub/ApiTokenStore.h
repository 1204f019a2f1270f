#pragma once

#include "core/Result.h"
#include "core/hub/ApiToken.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSqlQuery>

#include <atomic>
#include <memory>
#include <optional>

class Clock;
class SecretStore;
class Store;

// API tokens: issues them, checks presented credentials, expires and revokes them.
//
// A token is a client id plus a 256-bit random secret, shown to the administrator once. The
// database keeps only HMAC-SHA256(pepper, client id ":" secret); the pepper key lives in the
// OS keychain, so a stolen database alone does not even allow offline guessing. The key is
// read asynchronously at startup (loadKey), and created on first use.
//
// The secret is 256 random bits, so one HMAC (not a deliberately slow password hash) is all
// the protection a stolen hash needs, and checking a credential is cheap. authenticate() keeps
// every token row in memory and reloads them only when the table may have changed: when any
// ApiTokenStore in this process wrote it, or when SQLite's data_version says another connection
// (another thread, or `certdesk token` in another process) committed to the database. A bad
// credential therefore costs a hash lookup and an HMAC, not a query, and a revocation made
// anywhere is seen by the very next request.
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
    struct Row
    {
        ApiToken token;
        QByteArray hash;
    };

    QByteArray keyedHash(const QString &clientId, const QByteArray &secret) const;
    void writeNewKey();
    // Makes m_rows current; false if the database could not be read.
    bool refreshRows();

    static void tableChanged() { s_generation.fetch_add(1, std::memory_order_release); }

    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    const Clock &m_clock;
    QByteArray m_key;

    // Bumped by every write to api_tokens in this process (data_version does not see writes made
    // through the reading connection itself).
    static std::atomic<quint64> s_generation;
    QHash<QString, Row> m_rows; // by client id
    bool m_rowsLoaded = false;
    quint64 m_rowsGeneration = 0;
    qint64 m_rowsDataVersion = -1;
    QString m_versionConnection;            // the connection m_dataVersion was prepared on
    std::optional<QSqlQuery> m_dataVersion; // PRAGMA data_version, prepared once
};
