#pragma once

#include "core/Problem.h"
#include "core/hub/HubSettings.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

#include <memory>

class Clock;
class DataKey;
class SecretStore;
class Store;

// Finds the TLS certificate and key the hub presents, as HubSettings says:
// - self-signed: the certificate in the profile folder (hub-certificate.pem) with its key in the
//   keychain ("certdesk/hub-tls-key/self-signed"); made on first start, and made again when it
//   is missing, does not match its key, expires within RenewDays or no longer names this
//   machine. The key is never written to a file, the database or the settings.
// - endpoint: the current certificate of one of CertDesk's own endpoints, its key opened from
//   the database's sealed envelope with the profile's data key.
// A one-shot job: start() never emits synchronously, `finished` fires exactly once.
class HubCertificateJob final : public QObject
{
    Q_OBJECT

public:
    struct Material
    {
        QSslCertificate certificate;
        QList<QSslCertificate> chain; // intermediates after the leaf
        QSslKey key;
        QString source;       // for messages: "self-signed" or "endpoint app.example.com"
        bool created = false; // a new self-signed certificate was made
    };

    static constexpr int SelfSignedLifetimeDays = 825; // the most Apple's TLS clients accept
    static constexpr int RenewDays = 30;

    HubCertificateJob(HubSettings settings,
                      std::shared_ptr<Store> store,
                      SecretStore *secrets,
                      const Clock &clock,
                      QObject *parent = nullptr);
    ~HubCertificateJob() override;
    Q_DISABLE_COPY_MOVE(HubCertificateJob)

    void start();

    bool failed() const { return m_failed; }

    const Problem &problem() const { return m_problem; }

    const Material &material() const { return m_material; }

    // Names and addresses a new self-signed certificate carries, and the ones it must carry to
    // be kept (interface addresses come and go, so they are not required).
    static QStringList selfSignedNames(const HubSettings &settings);
    static QList<QHostAddress> selfSignedAddresses(const HubSettings &settings, bool includeInterfaces);

Q_SIGNALS:
    void finished(HubCertificateJob *job);

private:
    void loadSelfSigned();
    void useSelfSigned(const QByteArray &certificatePem, const QByteArray &keyPem);
    void createSelfSigned();
    void loadEndpoint();
    void succeed(Material material);
    void fail(const Problem &problem);

    HubSettings m_settings;
    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    const Clock &m_clock;
    DataKey *m_dataKey = nullptr;
    Material m_material;
    Problem m_problem;
    bool m_started = false;
    bool m_finished = false;
    bool m_failed = false;
};
