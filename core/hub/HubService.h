#pragma once

#include "core/Problem.h"
#include "core/hub/ChallengePublisherPool.h"
#include "core/hub/HubSettings.h"

#include <QDateTime>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <memory>

class ApiTokenStore;
class Clock;
class HubCertificateJob;
class SecretStore;
class Store;

// The management hub as a running service: it owns the HTTPS listener (HubServer), the three
// client APIs and the relay they share, loads the token pepper from the keychain, and keeps the
// hub's TLS certificate current (HubCertificateJob). The GUI's worker, `certdesk --headless` and
// `certdesk hub` run it; it lives on the thread that created it and does its network and
// database work there.
//
// DNS writes go through publishers made by the injected factory (one per managed challenge;
// see ChallengePublisherPool), so the hub does not depend on any DNS provider.
class HubService final : public QObject
{
    Q_OBJECT

public:
    using PublisherFactory = ChallengePublisherPool::Factory;

    // How often the certificate is looked at again: a renewed endpoint certificate or a
    // self-signed one close to expiry is picked up without a restart.
    static constexpr int CertificateCheckHours = 6;

    HubService(std::shared_ptr<Store> store,
               SecretStore *secrets,
               const Clock &clock,
               PublisherFactory publishers,
               QObject *parent = nullptr);
    ~HubService() override;
    Q_DISABLE_COPY_MOVE(HubService)

    // Starts with these settings (a running hub is stopped first). Emits `started` or `failed`
    // once, never synchronously.
    void start(const HubSettings &settings);
    // Closes the listener at once; requests already handed to a DNS provider finish in the
    // background. Emits `stopped` if it was running or starting.
    void stop();

    bool isRunning() const;

    bool isStarting() const { return m_starting; }

    quint16 port() const;
    bool isTls() const;

    HubSettings settings() const { return m_settings; }

    // The URL clients use (settings' public URL, or derived from the address and actual port).
    QUrl url() const;

    QSslCertificate certificate() const { return m_certificate; }

    QString certificateSource() const { return m_certificateSource; }

    // Valid while running: for tools that issue tokens in the same process (benchmarks).
    ApiTokenStore *tokens() const;

public Q_SLOTS:
    // Looks at the certificate again now (for example after the hub's endpoint was renewed);
    // new connections get the new one, open ones keep theirs.
    void refreshCertificate();

Q_SIGNALS:
    void started(quint16 port);
    void failed(const Problem &problem);
    void stopped();
    void certificateChanged(const QSslCertificate &certificate);

private:
    struct Pipeline;

    void keyLoaded();
    void certificateResolved(HubCertificateJob *job);
    void listen();
    void abortStart(const Problem &problem);
    void retire(std::unique_ptr<Pipeline> pipeline);

    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    const Clock &m_clock;
    PublisherFactory m_publishers;
    HubSettings m_settings;
    std::unique_ptr<Pipeline> m_pipeline;
    QSslCertificate m_certificate;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QString m_certificateSource;
    QTimer m_certificateTimer;
    HubCertificateJob *m_certificateJob = nullptr;
    bool m_starting = false;
    quint64 m_generation = 0; // tells callbacks of an abandoned start from the current one
};
