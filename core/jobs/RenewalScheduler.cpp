#include "RenewalScheduler.h"

#include "core/Clock.h"
#include "core/certificates/CertificateRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderQueue.h"
#include "core/jobs/RecordWatcher.h"
#include "core/jobs/RenewalInfoCheck.h"
#include "core/store/ActivityLog.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRenewal, "certdesk.core.jobs.renewal")

RenewalScheduler::RenewalScheduler(std::shared_ptr<Store> store, OrderQueue *queue, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_queue(queue)
    , m_clock(clock)
    , m_planner(std::in_place, clock)
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

void RenewalScheduler::setRetryPolicy(const RenewalPlanner::Policy &policy)
{
    m_planner.emplace(m_clock, policy);
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

RenewalPlanner::Plan RenewalScheduler::planFor(const IssuedCertificate &certificate) const
{
    RenewalPlanner::Certificate input{certificate.serial, certificate.notBefore, certificate.notAfter, {}};
    if (certificate.renewalWindowStart.isValid()) {
        input.ariWindow = RenewalPlanner::RenewalWindow{certificate.renewalWindowStart, certificate.renewalWindowEnd};
    }
    return m_planner->plan(input);
}

QList<IssuedCertificate> RenewalScheduler::candidates(const QList<IssuedCertificate> &current) const
{
    const QDateTime now = m_clock.now();
    QList<IssuedCertificate> result;
    for (const IssuedCertificate &certificate : current) {
        if (m_renewing.contains(certificate.endpointId)) {
            continue;
        }
        const auto failures = m_failures.constFind(certificate.endpointId);
        if (failures != m_failures.constEnd() && failures->retryAt > now) {
            continue; // backing off after a failure
        }
        result << certificate;
    }
    return result;
}

void RenewalScheduler::checkNow()
{
    if (m_paused) {
        return;
    }
    if (m_checking) {
        m_checkAgain = true; // the CA is being asked; decide once it answered
        return;
    }
    const Result<QList<IssuedCertificate>> current = CertificateRepository(m_store).allCurrent();
    if (!current) {
        qCWarning(lcRenewal) << current.problem().technical;
        return;
    }
    // RFC 9773 §4.3: ask again once the CA's Retry-After has passed; and always right before a
    // renewal, so that a CA which moved the window later is heard first.
    const QDateTime now = m_clock.now();
    QList<IssuedCertificate> ask;
    for (const IssuedCertificate &certificate : candidates(current.value())) {
        const auto next = m_nextRenewalInfoCheck.constFind(certificate.id);
        if (next == m_nextRenewalInfoCheck.constEnd() || *next <= now || planFor(certificate).due) {
            ask << certificate;
        }
    }
    if (ask.isEmpty()) {
        renewDue();
        return;
    }
    m_checking = true;
    auto *check = new RenewalInfoCheck(m_store, m_queue->clients(), ask, m_clock, this);
    connect(check, &RenewalInfoCheck::finished, this, &RenewalScheduler::renewalInfoChecked);
    check->start();
}

void RenewalScheduler::renewalInfoChecked(RenewalInfoCheck *check)
{
    const QHash<qint64, RenewalInfoCheck::Outcome> outcomes = check->outcomes();
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        m_nextRenewalInfoCheck.insert(it.key(), it->nextCheck);
    }
    m_checking = false;
    if (!m_paused) {
        renewDue();
    }
    if (std::exchange(m_checkAgain, false)) {
        checkNow();
    }
}

void RenewalScheduler::renewDue()
{
    const Result<QList<IssuedCertificate>> current = CertificateRepository(m_store).allCurrent();
    if (!current) {
        qCWarning(lcRenewal) << current.problem().technical;
        return;
    }
    const QDateTime now = m_clock.now();
    QList<qint64> due;
    for (const IssuedCertificate &certificate : candidates(current.value())) {
        const RenewalPlanner::Plan plan = planFor(certificate);
        if (!plan.due) {
            continue;
        }
        due << certificate.endpointId;
        m_renewing.insert(certificate.endpointId);
        m_failures[certificate.endpointId].attempts << now;
        const Result<qint64> logged = ActivityLog(m_store).append(ActivityLog::Severity::Info,
                                                                  QStringLiteral("renewal"),
                                                                  tr("Renewal started."),
                                                                  plan.reason,
                                                                  certificate.endpointId);
        Q_UNUSED(logged)
    }
    if (due.isEmpty()) {
        return;
    }
    qCInfo(lcRenewal) << "renewing" << due.size() << "certificate(s)";
    if (!m_watcher) {
        m_queue->issue(due);
        return;
    }
    // The order goes ahead whatever the check finds: the CA is the judge, and a resolver on
    // this side may see less than the CA does.
    m_watcher->check(due, [this, due](const Result<RecordWatcher::Report> &) {
        m_queue->issue(due);
    });
}

void RenewalScheduler::orderFinished(qint64 endpointId,
                                     bool succeeded,
                                     const Problem &problem,
                                     const QDateTime &retryAfter)
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
        m_planner->nextRetry(failures.count, failures.attempts, notAfter, QRandomGenerator::global()->generateDouble());
    // A CA that said when to come back (rateLimited, 503) is not asked sooner.
    if (retryAfter.isValid() && retryAfter > failures.retryAt) {
        failures.retryAt = retryAfter;
    }
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
    // Precise: a coarse timer may fire a little early, find the endpoint still backing off, and
    // leave the retry to the next periodic check, an hour later.
    QTimer::singleShot(std::max<qint64>(1000, m_clock.now().msecsTo(failures.retryAt) + 10),
                       Qt::PreciseTimer,
                       this,
                       &RenewalScheduler::checkNow);
    Q_EMIT renewalFailed(endpointId, problem, failures.retryAt);
}
