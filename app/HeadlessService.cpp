#include "HeadlessService.h"

#include "TerminationSignals.h"

#include "core/Profile.h"
#include "core/jobs/Worker.h"
#include "core/jobs/WorkerThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHeadless, "certdesk.app.headless")

HeadlessService::HeadlessService(std::unique_ptr<Profile> profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_signals(new TerminationSignals(this))
    , m_worker(new WorkerThread(m_profile->store(), this))
{
    connect(m_signals, &TerminationSignals::terminationRequested, this, &HeadlessService::stop);
    connect(m_worker->worker(), &Worker::failed, this, [](const Problem &problem) {
        qCCritical(lcHeadless).noquote() << problem.message();
        QCoreApplication::exit(1);
    });
}

HeadlessService::~HeadlessService() = default;

void HeadlessService::start()
{
    qCInfo(lcHeadless).noquote() << QStringLiteral("CertDesk running headless on %1; stop it with SIGTERM.")
                                        .arg(QDir::toNativeSeparators(m_profile->dataDir()));
    m_worker->start();
}

void HeadlessService::stop(int signalNumber)
{
    qCInfo(lcHeadless) << "signal" << signalNumber << "received, shutting down";
    m_worker->shutdown();
    QCoreApplication::quit();
}
