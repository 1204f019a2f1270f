#include "RenewalScheduler.h"

#include "core/Clock.h"
#include "core/certificates/CertificateRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderQueue.h"
#include "core/jobs/RecordWatcher.h"
#include "core/store/ActivityLog.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRenewal, "certdesk.core.jobs.renewal")

RenewalScheduler::RenewalScheduler(std::shared_ptr<Store> store, OrderQueue *queue, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_queue(queue)
    , m_clock(clock)
    , m_planner(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(3600 * 1000);
    connect(m_timer, &QTimer::timeout, this, &RenewalScheduler::checkNow);
    connect(m_queue, &OrderQueue::orderFinished, this, &RenewalScheduler::orderFinished);
}

RenewalScheduler::~RenewalScheduler() = default;

void RenewalScheduler::setCheckInterval(int seconds)
{
    m_timer->setInterval(std::max(1, seconds) * 1000);
}

void RenewalScheduler::start()
{
    m_timer->start();
    QMetaObject::invokeMethod(this, &RenewalScheduler::checkNow, Qt::QueuedConnection);
}

void RenewalScheduler::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused) {
        checkNow();
    }
}

void RenewalScheduler::checkNow()
{
    if (m_paused) {
        return;
    }
    const Result<QList<IssuedCertificate>> current = CertificateRepository(m_store).allCurrent();
    if (!current) {
        qCWarning(lcRenewal) << current.problem().technical;
        return;
    }
    const QDateTime now = m_clock.now();
    QList<qint64> due;
    for (const IssuedCertificate &certificate : current.value()) {
        if (m_renewing.contains(certificate.endpointId)) {
            continue;
        }
        RenewalPlanner::Certificate input{certificate.serial, certificate.notBefore, certificate.notAfter, {}};
        if (certificate.renewalWindowStart.isValid()) {
            input.ariWindow =
                RenewalPlanner::RenewalWindow{certificate.renewalWindowStart, certificate.renewalWindowEnd};
        }
        if (!m_planner.plan(input).due) {
            continue;
        }
        const auto failures = m_failures.constFind(certificate.endpointId);
        if (failures != m_failures.constEnd() && failures->retryAt > now) {
            continue; // backing off after a failure
        }
        due << certificate.endpointId;
    }
    if (due.isEmpty()) {
        return;
    }
    for (qint64 endpointId : std::as_const(due)) {
        m_renewing.insert(endpointId);
        m_failures[endpointId].attempts << now;
        const Result<qint64> logged = ActivityLog(m_store).append(
            ActivityLog::Severity::Info, QStringLiteral("renewal"), tr("Renewal started."), {}, endpointId);
        Q_UNUSED(logged)
    }
    qCInfo(lcRenewal) << "renewing" << due.size() << "certificate(s)";
    if (!m_watcher) {
        m_queue->issue(due);
        return;
    }
    // The order goes ahead whatever the check finds: the CA is the judge, and a resolver on
    // this side may see less than the CA does.
    m_watcher->check(due, [this, due] {
        m_queue->issue(due);
    });
}

void RenewalScheduler::orderFinished(qint64 endpointId, bool succeeded, const Problem &problem)
{
    if (!m_renewing.remove(endpointId)) {
        return; // an order someone else asked for
    }
    if (succeeded) {
        m_failures.remove(endpointId);
        Q_EMIT renewalSucceeded(endpointId);
        return;
    }
    Failures &failures = m_failures[endpointId];
    ++failures.count;
    const Result<std::optional<IssuedCertificate>> current = CertificateRepository(m_store).current(endpointId);
    const QDateTime notAfter = current && current.value() ? current.value()->notAfter : QDateTime();
    failures.retryAt =
        m_planner.nextRetry(failures.count, failures.attempts, notAfter, QRandomGenerator::global()->generateDouble());
    while (failures.attempts.size() > 16) {
        failures.attempts.removeFirst();
    }
    if (Result<void> updated =
            EndpointRepository(m_store).setStatus(endpointId, QStringLiteral("failed"), failures.retryAt);
        !updated) {
        qCWarning(lcRenewal) << updated.problem().technical;
    }
    const Result<qint64> logged = ActivityLog(m_store).append(ActivityLog::Severity::Error,
                                                              QStringLiteral("renewal"),
                                                              tr("Renewal failed (attempt %1); next attempt at %2.")
                                                                  .arg(failures.count)
                                                                  .arg(failures.retryAt.toString(Qt::ISODate)),
                                                              problem.message(),
                                                              endpointId);
    Q_UNUSED(logged)
    QTimer::singleShot(
        std::max<qint64>(1000, m_clock.now().msecsTo(failures.retryAt)), this, &RenewalScheduler::checkNow);
    Q_EMIT renewalFailed(endpointId, problem, failures.retryAt);
}
