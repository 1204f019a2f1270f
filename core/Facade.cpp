#include "Facade.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/hub/HubAdministration.h"
#include "core/hub/HubSettings.h"
#include "core/jobs/RenewalLock.h"
#include "core/jobs/Worker.h"
#include "core/jobs/WorkerThread.h"
#include "core/notify/AlertRelay.h"
#include "core/notify/Notifier.h"
#include "core/notify/SmtpMessageJob.h"
#include "core/platform/StartAtLogin.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/providers/ProviderAdministration.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>

Facade::Facade(Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(new SecretStore(profile.store()->profileId(), this))
    , m_worker(new WorkerThread(profile.store(), m_secrets, this))
{
    Worker *worker = m_worker->worker();
    connect(worker, &Worker::endpointsLoaded, this, &Facade::endpointsChanged, Qt::QueuedConnection);
    connect(worker, &Worker::endpointUpdated, this, &Facade::endpointUpdated, Qt::QueuedConnection);
    connect(worker, &Worker::endpointsRemoved, this, &Facade::endpointsRemoved, Qt::QueuedConnection);
    connect(worker, &Worker::accountsChanged, this, &Facade::accountsChanged, Qt::QueuedConnection);
    connect(worker, &Worker::orderQueued, this, &Facade::orderQueued, Qt::QueuedConnection);
    connect(worker, &Worker::orderProgress, this, &Facade::orderProgress, Qt::QueuedConnection);
    connect(worker, &Worker::orderFinished, this, &Facade::orderFinished, Qt::QueuedConnection);
    connect(worker, &Worker::renewalFailed, this, &Facade::renewalFailed, Qt::QueuedConnection);
    connect(worker, &Worker::failed, this, &Facade::problemOccurred, Qt::QueuedConnection);
    connect(worker, &Worker::started, this, &Facade::refreshEndpoints, Qt::QueuedConnection);
    connect(worker, &Worker::recordChanged, this, &Facade::requiredRecordChanged, Qt::QueuedConnection);
    connect(worker, &Worker::recordsChecked, this, &Facade::requiredRecordsChecked, Qt::QueuedConnection);
    connect(worker, &Worker::hubStarted, this, &Facade::hubStarted, Qt::QueuedConnection);
    connect(worker, &Worker::hubStopped, this, &Facade::hubStopped, Qt::QueuedConnection);
    connect(worker, &Worker::hubFailed, this, &Facade::hubFailed, Qt::QueuedConnection);
    connect(worker, &Worker::providersChanged, this, &Facade::providersChanged, Qt::QueuedConnection);
    connect(worker, &Worker::challengesChanged, this, &Facade::challengesChanged, Qt::QueuedConnection);
    connect(worker, &Worker::tokensChanged, this, &Facade::tokensChanged, Qt::QueuedConnection);
    // Connected before anyone else can: views reading the state in their own slots see it new.
    connect(this, &Facade::hubStarted, this, [this](const QUrl &url, const QString &fingerprint) {
        m_hubRunning = true;
        m_hubUrl = url;
        m_hubFingerprint = fingerprint;
    });
    const auto notRunning = [this] {
        m_hubRunning = false;
        m_hubUrl.clear();
        m_hubFingerprint.clear();
    };
    connect(this, &Facade::hubStopped, this, notRunning);
    connect(this, &Facade::hubFailed, this, notRunning);
}

void Facade::setChallengePublisherFactory(HubService::PublisherFactory factory)
{
    m_worker->setChallengePublisherFactory(std::move(factory));
}

Facade::~Facade()
{
    shutdown();
}

void Facade::start()
{
    m_lock = std::make_unique<RenewalLock>(m_profile.dataDir());
    if (Result<void> locked = m_lock->acquire(); !locked) {
        m_worker->worker()->setRenewalsEnabled(false);
        QMetaObject::invokeMethod(
            this,
            [this, problem = locked.problem()] {
                Q_EMIT problemOccurred(problem);
            },
            Qt::QueuedConnection);
    } else if (!m_alerts) {
        // Email and webhook alerts come from the process that runs the renewals (this one),
        // so a headless service on the same profile never doubles them.
        m_notifier = new Notifier(m_profile.settings(), m_secrets, this);
        // The relay lives here, beside the notifier and the window's settings; the endpoints it
        // reports on are read on the worker thread, never on this one.
        const AlertRelay::EndpointSource endpoints = [this](QObject *context, AlertRelay::Endpoints answer) {
            listEndpoints(context, std::move(answer));
        };
        m_alerts = new AlertRelay(endpoints, m_notifier, Clock::system(), this);
        Worker *worker = m_worker->worker();
        connect(worker, &Worker::renewalFailed, m_alerts, &AlertRelay::renewalFailed, Qt::QueuedConnection);
        connect(worker, &Worker::recordChanged, m_alerts, &AlertRelay::recordChanged, Qt::QueuedConnection);
        connect(m_notifier, &Notifier::deliveryFailed, this, &Facade::problemOccurred);
        m_alerts->start();
    }
    m_worker->start();
}

bool Facade::runsRenewals() const
{
    return m_lock && m_lock->isHeld();
}

void Facade::shutdown()
{
    m_worker->shutdown();
}

void Facade::refreshEndpoints()
{
    QMetaObject::invokeMethod(m_worker->worker(), &Worker::loadEndpoints, Qt::QueuedConnection);
}

void Facade::startHub()
{
    // Settings are read here, on the thread that owns them; the worker gets a plain value.
    QMetaObject::invokeMethod(
        m_worker->worker(),
        [worker = m_worker->worker(), settings = HubSettings::fromProfile(m_profile)] {
            worker->startHub(settings);
        },
        Qt::QueuedConnection);
}

void Facade::issueNow(const QList<qint64> &endpointIds)
{
    Worker *worker = m_worker->worker();
    QMetaObject::invokeMethod(
        worker,
        [worker, endpointIds] {
            worker->issueNow(endpointIds);
        },
        Qt::QueuedConnection);
}

void Facade::stopHub()
{
    QMetaObject::invokeMethod(m_worker->worker(), &Worker::stopHub, Qt::QueuedConnection);
}

void Facade::renewDueNow()
{
    QMetaObject::invokeMethod(m_worker->worker(), &Worker::checkRenewalsNow, Qt::QueuedConnection);
}

void Facade::setRenewalsPaused(bool paused)
{
    if (paused == m_renewalsPaused) {
        return;
    }
    m_renewalsPaused = paused;
    Worker *worker = m_worker->worker();
    QMetaObject::invokeMethod(
        worker,
        [worker, paused] {
            worker->setRenewalsPaused(paused);
        },
        Qt::QueuedConnection);
    Q_EMIT renewalsPausedChanged(paused);
}

template <typename T, typename Call>
void Facade::ask(QObject *context, Done<T> done, Call call)
{
    // The reply is posted to the facade (which outlives the worker thread: its destructor
    // joins it) and delivered only if the asking object still exists.
    QPointer<QObject> guard(context);
    Worker::Reply<T> reply = [this, guard, done = std::move(done)](Result<T> result) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, result = std::move(result)] {
                if (guard) {
                    done(result);
                }
            },
            Qt::QueuedConnection);
    };
    Worker *worker = m_worker->worker();
    QMetaObject::invokeMethod(
        worker,
        [worker, call = std::move(call), reply = std::move(reply)]() mutable {
            call(worker, std::move(reply));
        },
        Qt::QueuedConnection);
}

void Facade::addEndpoint(const Endpoint &endpoint, QObject *context, Done<Endpoint> done)
{
    ask<Endpoint>(context, std::move(done), [endpoint](Worker *worker, Worker::Reply<Endpoint> reply) {
        worker->addEndpoint(endpoint, std::move(reply));
    });
}

void Facade::updateEndpoint(const Endpoint &endpoint, QObject *context, Done<Endpoint> done)
{
    ask<Endpoint>(context, std::move(done), [endpoint](Worker *worker, Worker::Reply<Endpoint> reply) {
        worker->updateEndpoint(endpoint, std::move(reply));
    });
}

void Facade::removeEndpoints(const QList<qint64> &endpointIds, QObject *context, Done<QList<qint64>> done)
{
    ask<QList<qint64>>(context, std::move(done), [endpointIds](Worker *worker, Worker::Reply<QList<qint64>> reply) {
        worker->removeEndpoints(endpointIds, std::move(reply));
    });
}

void Facade::loadEndpointDetails(qint64 endpointId, QObject *context, Done<EndpointDetails> done)
{
    ask<EndpointDetails>(context, std::move(done), [endpointId](Worker *worker, Worker::Reply<EndpointDetails> reply) {
        worker->loadEndpointDetails(endpointId, std::move(reply));
    });
}

void Facade::listEndpoints(QObject *context, Done<QList<Endpoint>> done)
{
    ask<QList<Endpoint>>(context, std::move(done), [](Worker *worker, Worker::Reply<QList<Endpoint>> reply) {
        worker->listEndpoints(std::move(reply));
    });
}

void Facade::exportCertificates(
    const QList<qint64> &endpointIds, const QString &folder, bool writePfx, QObject *context, Done<QStringList> done)
{
    ask<QStringList>(
        context, std::move(done), [endpointIds, folder, writePfx](Worker *worker, Worker::Reply<QStringList> reply) {
            worker->exportCertificates(endpointIds, folder, writePfx, std::move(reply));
        });
}

void Facade::loadAccounts(QObject *context, Done<QList<CaAccount>> done)
{
    ask<QList<CaAccount>>(context, std::move(done), [](Worker *worker, Worker::Reply<QList<CaAccount>> reply) {
        worker->loadAccounts(std::move(reply));
    });
}

void Facade::fetchDirectory(const QUrl &directoryUrl,
                            const QString &caBundlePath,
                            QObject *context,
                            Done<AcmeDirectory> done)
{
    ask<AcmeDirectory>(
        context, std::move(done), [directoryUrl, caBundlePath](Worker *worker, Worker::Reply<AcmeDirectory> reply) {
            worker->fetchDirectory(directoryUrl, caBundlePath, std::move(reply));
        });
}

void Facade::registerAccount(const AccountRegistration::Request &request, QObject *context, Done<CaAccount> done)
{
    ask<CaAccount>(context, std::move(done), [request](Worker *worker, Worker::Reply<CaAccount> reply) {
        worker->registerAccount(request, std::move(reply));
    });
}

void Facade::loadActivity(int limit, QObject *context, Done<QList<ActivityLog::Entry>> done)
{
    ask<QList<ActivityLog::Entry>>(
        context, std::move(done), [limit](Worker *worker, Worker::Reply<QList<ActivityLog::Entry>> reply) {
            worker->loadActivity(limit, std::move(reply));
        });
}

void Facade::loadProviders(QObject *context, Done<QList<DnsProviderConfig>> done)
{
    ask<QList<DnsProviderConfig>>(
        context, std::move(done), [](Worker *worker, Worker::Reply<QList<DnsProviderConfig>> reply) {
            worker->providerAdministration()->load(std::move(reply));
        });
}

void Facade::saveProvider(const DnsProviderConfig &config,
                          const QByteArray &secret,
                          QObject *context,
                          Done<DnsProviderConfig> done)
{
    ask<DnsProviderConfig>(
        context, std::move(done), [config, secret](Worker *worker, Worker::Reply<DnsProviderConfig> reply) {
            worker->providerAdministration()->save(config, secret, std::move(reply));
        });
}

void Facade::removeProvider(qint64 providerId, QObject *context, Done<qint64> done)
{
    ask<qint64>(context, std::move(done), [providerId](Worker *worker, Worker::Reply<qint64> reply) {
        worker->providerAdministration()->remove(providerId, std::move(reply));
    });
}

void Facade::testProvider(const DnsProviderConfig &config,
                          const QByteArray &secret,
                          QObject *context,
                          Done<QString> done)
{
    ask<QString>(context, std::move(done), [config, secret](Worker *worker, Worker::Reply<QString> reply) {
        worker->providerAdministration()->test(config, secret, std::move(reply));
    });
}

void Facade::loadChallenges(QObject *context, Done<QList<ManagedChallenge>> done)
{
    ask<QList<ManagedChallenge>>(
        context, std::move(done), [](Worker *worker, Worker::Reply<QList<ManagedChallenge>> reply) {
            worker->hubAdministration()->loadChallenges(std::move(reply));
        });
}

void Facade::saveChallenge(const ManagedChallenge &challenge, QObject *context, Done<ManagedChallenge> done)
{
    ask<ManagedChallenge>(context, std::move(done), [challenge](Worker *worker, Worker::Reply<ManagedChallenge> reply) {
        worker->hubAdministration()->saveChallenge(challenge, std::move(reply));
    });
}

void Facade::removeChallenge(qint64 challengeId, QObject *context, Done<qint64> done)
{
    ask<qint64>(context, std::move(done), [challengeId](Worker *worker, Worker::Reply<qint64> reply) {
        worker->hubAdministration()->removeChallenge(challengeId, std::move(reply));
    });
}

void Facade::loadTokens(QObject *context, Done<QList<ApiToken>> done)
{
    ask<QList<ApiToken>>(context, std::move(done), [](Worker *worker, Worker::Reply<QList<ApiToken>> reply) {
        worker->hubAdministration()->loadTokens(std::move(reply));
    });
}

void Facade::createToken(const TokenIssuer::Request &request, QObject *context, Done<TokenIssuer::Issued> done)
{
    ask<TokenIssuer::Issued>(
        context,
        std::move(done),
        [request, hub = HubSettings::fromProfile(m_profile)](Worker *worker, Worker::Reply<TokenIssuer::Issued> reply) {
            worker->hubAdministration()->createToken(request, hub, std::move(reply));
        });
}

void Facade::revokeToken(const QString &clientId, QObject *context, Done<ApiToken> done)
{
    ask<ApiToken>(context, std::move(done), [clientId](Worker *worker, Worker::Reply<ApiToken> reply) {
        worker->hubAdministration()->revokeToken(clientId, std::move(reply));
    });
}

void Facade::loadClientSetup(const QString &clientId, QObject *context, Done<ClientSnippets::Input> done)
{
    // A running hub knows its URL for sure (the port it got, a public URL); the settings may
    // only say "any free port".
    ask<ClientSnippets::Input>(context,
                               std::move(done),
                               [clientId, hub = HubSettings::fromProfile(m_profile), url = m_hubUrl](
                                   Worker *worker, Worker::Reply<ClientSnippets::Input> reply) {
                                   worker->hubAdministration()->loadClientSetup(clientId, hub, url, std::move(reply));
                               });
}

void Facade::loadHubSettings(QObject *context, Done<HubSettings> done)
{
    ask<HubSettings>(context,
                     std::move(done),
                     [path = m_profile.settingsPath(),
                      dataDir = m_profile.dataDir()](Worker *worker, Worker::Reply<HubSettings> reply) {
                         worker->hubAdministration()->loadSettings(path, dataDir, std::move(reply));
                     });
}

void Facade::saveHubSettings(const HubSettings &settings, QObject *context, Done<HubSettings> done)
{
    ask<HubSettings>(context,
                     std::move(done),
                     [settings, path = m_profile.settingsPath()](Worker *worker, Worker::Reply<HubSettings> reply) {
                         worker->hubAdministration()->saveSettings(settings, path, std::move(reply));
                     });
}

void Facade::loadDnsSettings(QObject *context, Done<DnsSettings> done)
{
    ask<DnsSettings>(context, std::move(done), [](Worker *worker, Worker::Reply<DnsSettings> reply) {
        reply(DnsSettings::load(worker->store()));
    });
}

void Facade::saveDnsSettings(const DnsSettings &settings, QObject *context, Done<void> done)
{
    ask<void>(context, std::move(done), [settings](Worker *worker, Worker::Reply<void> reply) {
        reply(settings.save(worker->store()));
    });
}

void Facade::testResolvers(const QList<DnsServer> &resolvers,
                           const DnsName &zone,
                           QObject *context,
                           Done<QList<ResolverCheck::Outcome>> done)
{
    ask<QList<ResolverCheck::Outcome>>(
        context,
        std::move(done),
        [resolvers, zone](Worker *worker, Worker::Reply<QList<ResolverCheck::Outcome>> reply) {
            auto *check = new ResolverCheck(resolvers, zone, worker);
            QObject::connect(check, &ResolverCheck::finished, worker, [reply](ResolverCheck *finished) {
                reply(finished->outcomes());
            });
            check->start();
        });
}

void Facade::loadDelegationZone(QObject *context, Done<std::optional<DelegationZone>> done)
{
    ask<std::optional<DelegationZone>>(
        context, std::move(done), [](Worker *worker, Worker::Reply<std::optional<DelegationZone>> reply) {
            reply(DelegationZoneRepository(worker->store(), Clock::system()).current());
        });
}

void Facade::saveDelegationZone(const DnsName &zone, qint64 providerId, QObject *context, Done<void> done)
{
    ask<void>(context, std::move(done), [zone, providerId](Worker *worker, Worker::Reply<void> reply) {
        DelegationZoneRepository repository(worker->store(), Clock::system());
        reply(zone.isNull() ? repository.clear() : repository.set(zone, providerId));
    });
}

void Facade::setStartAtLogin(bool enabled, QObject *context, Done<void> done)
{
    ask<void>(context,
              std::move(done),
              [enabled, program = QCoreApplication::applicationFilePath()](Worker *, Worker::Reply<void> reply) {
                  reply(StartAtLogin(program).setEnabled(enabled));
              });
}

NotificationSettings Facade::notificationSettings() const
{
    return NotificationSettings::load(m_profile.settings());
}

void Facade::saveNotificationSettings(const NotificationSettings &settings,
                                      const std::optional<QByteArray> &smtpPassword,
                                      const std::optional<QByteArray> &webhookSecret,
                                      QObject *context,
                                      Done<void> done)
{
    struct Pending
    {
        int count = 0;
        std::optional<Problem> problem;
    };

    auto pending = std::make_shared<Pending>();
    QPointer<QObject> guard(context);
    auto settle = [this, pending, settings, guard, done](Result<void> result) {
        if (!result && !pending->problem) {
            pending->problem = result.problem();
        }
        if (--pending->count > 0) {
            return;
        }
        if (!pending->problem) {
            settings.save(m_profile.settings());
            m_profile.settings().sync();
        }
        if (guard) {
            done(pending->problem ? Result<void>(*pending->problem) : Result<void>());
        }
    };
    const QList<std::pair<SecretRef, std::optional<QByteArray>>> secrets = {
        {Notifier::smtpPasswordRef(), smtpPassword},
        {Notifier::webhookSecretRef(), webhookSecret},
    };
    pending->count = 1; // held until every keychain job has started
    for (const auto &[ref, secret] : secrets) {
        if (!secret) {
            continue;
        }
        ++pending->count;
        if (secret->isEmpty()) {
            m_secrets->erase(ref, this, settle);
        } else {
            m_secrets->store(ref, *secret, this, settle);
        }
    }
    // Answered later in every case, never from inside this call.
    QMetaObject::invokeMethod(
        this,
        [settle] {
            settle({});
        },
        Qt::QueuedConnection);
}

void Facade::sendTestEmail(const SmtpSettings &smtp, QObject *context, Done<void> done)
{
    const QString subject = tr("CertDesk: test message");
    const QString body = tr("This is a test message from CertDesk's settings. Alerts about renewals, expiring "
                            "certificates and DNS records will arrive like this one.");
    auto send = [this, context, done, subject, body](SmtpSettings withPassword) {
        ask<void>(context,
                  done,
                  [withPassword = std::move(withPassword), subject, body](Worker *worker, Worker::Reply<void> reply) {
                      auto *job = new SmtpMessageJob(withPassword, subject, body, worker);
                      QObject::connect(job, &SmtpMessageJob::finished, worker, [reply](SmtpMessageJob *finished) {
                          reply(finished->failed() ? Result<void>(finished->problem()) : Result<void>());
                      });
                      job->start();
                  });
    };
    if (smtp.username.isEmpty() || !smtp.password.isEmpty()) {
        send(smtp);
        return;
    }
    QPointer<QObject> guard(context);
    m_secrets->fetch(Notifier::smtpPasswordRef(), this, [smtp, send, guard, done](Result<QByteArray> password) {
        if (!guard) {
            return;
        }
        if (!password) {
            done(password.problem());
            return;
        }
        SmtpSettings withPassword = smtp;
        withPassword.password = password.value();
        send(withPassword);
    });
}

void Facade::sendTestWebhook(const WebhookJob::Target &target, bool useStoredSecret, QObject *context, Done<void> done)
{
    const QJsonObject payload{{QStringLiteral("event"), QStringLiteral("test")},
                              {QStringLiteral("reason"), tr("This is a test message from CertDesk's settings.")},
                              {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    auto post = [this, context, done, payload](WebhookJob::Target withSecret) {
        ask<void>(
            context, done, [withSecret = std::move(withSecret), payload](Worker *worker, Worker::Reply<void> reply) {
                // A manager of its own: the test is rare, and it goes with the job.
                auto *network = new QNetworkAccessManager(worker);
                auto *job = new WebhookJob(network, withSecret, payload, network);
                QObject::connect(job, &WebhookJob::finished, worker, [reply, network](WebhookJob *finished) {
                    reply(finished->failed() ? Result<void>(finished->problem()) : Result<void>());
                    network->deleteLater();
                });
                job->start();
            });
    };
    if (!useStoredSecret) {
        post(target);
        return;
    }
    QPointer<QObject> guard(context);
    m_secrets->fetch(Notifier::webhookSecretRef(), this, [target, post, guard, done](Result<QByteArray> secret) {
        if (!guard) {
            return;
        }
        if (!secret) {
            done(secret.problem());
            return;
        }
        WebhookJob::Target withSecret = target;
        withSecret.secret = secret.value();
        post(withSecret);
    });
}

void Facade::loadRequiredRecords(const QList<qint64> &endpointIds, QObject *context, Done<RequiredRecordSet> done)
{
    ask<RequiredRecordSet>(
        context, std::move(done), [endpointIds](Worker *worker, Worker::Reply<RequiredRecordSet> reply) {
            worker->loadRequiredRecords(endpointIds, std::move(reply));
        });
}

void Facade::checkRequiredRecords(const QList<qint64> &endpointIds, QObject *context, Done<RecordWatcher::Report> done)
{
    ask<RecordWatcher::Report>(
        context, std::move(done), [endpointIds](Worker *worker, Worker::Reply<RecordWatcher::Report> reply) {
            worker->checkRequiredRecords(endpointIds, std::move(reply));
        });
}

void Facade::loadRecordChecks(QObject *context, Done<QList<RecordStatusRepository::Entry>> done)
{
    ask<QList<RecordStatusRepository::Entry>>(
        context, std::move(done), [](Worker *worker, Worker::Reply<QList<RecordStatusRepository::Entry>> reply) {
            worker->loadRecordChecks(std::move(reply));
        });
}

void Facade::saveRequiredRecords(const QList<RequiredRecord> &records,
                                 RequiredRecords::Format format,
                                 const QString &path,
                                 QObject *context,
                                 Done<QString> done)
{
    ask<QString>(context, std::move(done), [records, format, path](Worker *worker, Worker::Reply<QString> reply) {
        worker->saveRequiredRecords(records, format, path, std::move(reply));
    });
}
