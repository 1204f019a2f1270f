#include "HeadlessService.h"

#include "ChallengePublishers.h"
#include "TerminationSignals.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/hub/HubSettings.h"
#include "core/jobs/RenewalLock.h"
#include "core/jobs/Worker.h"
#include "core/jobs/WorkerThread.h"
#include "core/notify/AlertRelay.h"
#include "core/notify/Notifier.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHeadless, "certdesk.app.headless")

HeadlessService::HeadlessService(std::unique_ptr<Profile> profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_signals(new TerminationSignals(this))
    , m_secrets(new SecretStore(m_profile->store()->profileId(), this))
    , m_notifier(new Notifier(m_profile->settings(), m_secrets, this))
    // No window to keep responsive: the relay reads the store on this (the main) thread.
    , m_alerts(new AlertRelay(AlertRelay::storeSource(m_profile->store()), m_notifier, Clock::system(), this))
    , m_worker(new WorkerThread(m_profile->store(), m_secrets, this))
{
    connect(m_signals, &TerminationSignals::terminationRequested, this, &HeadlessService::stop);
    m_worker->setChallengePublisherFactory(challengePublisherFactory(m_profile->store(), m_secrets));
    Worker *worker = m_worker->worker();
    connect(worker, &Worker::started, this, &HeadlessService::startHubIfEnabled, Qt::QueuedConnection);
    connect(worker, &Worker::hubStarted, this, [](const QUrl &url, const QString &fingerprint) {
        qCInfo(lcHeadless).noquote() << QStringLiteral("hub listening at %1%2")
                                            .arg(url.toString(),
                                                 fingerprint.isEmpty()
                                                     ? QString()
                                                     : QStringLiteral(", certificate SHA-256 %1").arg(fingerprint));
    });
    // An enabled hub that cannot start is a broken service, not a detail: say so and exit, so
    // the service manager reports it.
    connect(worker, &Worker::hubFailed, this, [](const Problem &problem) {
        qCCritical(lcHeadless).noquote() << "the hub could not start:" << problem.message();
        QCoreApplication::exit(1);
    });
    connect(m_worker->worker(),
            &Worker::orderFinished,
            this,
            [](qint64 endpointId, bool succeeded, const Problem &problem) {
                if (succeeded) {
                    qCInfo(lcHeadless) << "endpoint" << endpointId << "certificate issued";
                } else {
                    qCWarning(lcHeadless).noquote() << "endpoint" << endpointId << "order failed:" << problem.message();
                }
            });
    // With no window to show them, failures must reach the administrator by mail/webhook.
    connect(m_worker->worker(), &Worker::renewalFailed, m_alerts, &AlertRelay::renewalFailed);
    connect(m_worker->worker(), &Worker::recordChanged, m_alerts, &AlertRelay::recordChanged);
    connect(m_worker->worker(), &Worker::failed, this, [](const Problem &problem) {
        qCCritical(lcHeadless).noquote() << problem.message();
        QCoreApplication::exit(1);
    });
}

HeadlessService::~HeadlessService() = default;

Result<void> HeadlessService::start()
{
    m_lock = std::make_unique<RenewalLock>(m_profile->dataDir());
    if (Result<void> locked = m_lock->acquire(); !locked) {
        return locked;
    }
    qCInfo(lcHeadless).noquote() << QStringLiteral("CertDesk running headless on %1; stop it with SIGTERM.")
                                        .arg(QDir::toNativeSeparators(m_profile->dataDir()));
    m_worker->start();
    m_alerts->start();
    return {};
}

void HeadlessService::startHubIfEnabled()
{
    const HubSettings settings = HubSettings::fromProfile(*m_profile);
    if (!settings.enabled) {
        qCInfo(lcHeadless) << "the hub is not enabled in settings";
        return;
    }
    QMetaObject::invokeMethod(
        m_worker->worker(),
        [worker = m_worker->worker(), settings] {
            worker->startHub(settings);
        },
        Qt::QueuedConnection);
}

void HeadlessService::stop(int signalNumber)
{
    qCInfo(lcHeadless) << "signal" << signalNumber << "received, shutting down";
    m_worker->shutdown();
    QCoreApplication::quit();
}
