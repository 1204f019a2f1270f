#pragma once

#include "core/Problem.h"
#include "core/acme/CaAccount.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <memory>

class AcmeClient;
class AcmeJob;
class QNetworkAccessManager;
class SecretStore;
class Store;

// Adds a CA account: checks the directory (over TLS, with the account's own CA bundle if it
// has one), creates the account key, keeps it (and an EAB HMAC) in the keychain, registers
// at the CA and records the account. If any step fails, everything done so far is undone:
// no row, no keychain entry. One-shot job: start() never emits synchronously; `finished`
// fires exactly once, then the job deletes itself.
class AccountRegistration final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString title;
        QUrl directoryUrl;
        QString email;
        bool agreeToTerms = false;
        QString caBundlePath;
        QString eabKeyId;
        QByteArray eabHmacKey; // base64url, as the CA shows it
        PrivateKey::Type keyType = PrivateKey::Type::EcP256;
    };

    AccountRegistration(std::shared_ptr<Store> store, SecretStore *secrets, QNetworkAccessManager *network,
                        Request request, QObject *parent = nullptr);
    ~AccountRegistration() override;
    Q_DISABLE_COPY_MOVE(AccountRegistration)

    void start();

    bool failed() const { return m_failed; }
    const Problem &problem() const { return m_problem; }
    const CaAccount &account() const { return m_account; }
    QUrl termsOfService() const { return m_termsOfService; }

Q_SIGNALS:
    void finished(AccountRegistration *job);

private:
    void run();
    void checkDirectory();
    void createAccount();
    void register_();
    void fail(const Problem &problem);
    void finish();

    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    Request m_request;
    AcmeClient *m_client;
    PrivateKey m_key;
    CaAccount m_account;
    QUrl m_termsOfService;
    QByteArray m_eabMacKey;
    bool m_started = false;
    bool m_failed = false;
    Problem m_problem;
};
