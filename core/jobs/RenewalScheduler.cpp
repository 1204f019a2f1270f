#include "RenewalScheduler.h"

#include "core/Clock.h"
#include "core/certificates/CertificateRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderQueue.h"
#include "core/jobs/OrderRepository.h"
#include "core/jobs/Provisioning.h"
#include "core/jobs/RecordWatcher.h"
#include "core/jobs/RenewalInfoCheck.h"
#include "core/store/ActivityLog.h"

#include <QLoggingCategory>
#include <QPointer>
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
    , m_provisionTimer(new QTimer(this))
{
    m_timer->setInterval(3600 * 1000);
    connect(m_timer, &QTimer::timeout, this, &RenewalScheduler::checkNow);
    m_provisionTimer->setInterval(30 * 1000);
    connect(m_provisionTimer, &QTimer::timeout, this, &RenewalScheduler::provisionNow);
    connect(m_queue, &OrderQueue::orderFinished, this, &RenewalScheduler::orderFinished);
}

RenewalScheduler::~RenewalScheduler() = default;

void RenewalScheduler::setCheckInterval(int seconds)
{
    m_timer->setInterval(std::max(1, seconds) * 1000);
}

void RenewalScheduler::setProvisioningInterval(int seconds)
{
    m_provisionTimer->setInterval(std::max(1, seconds) * 1000);
}

void RenewalScheduler::setRetryPolicy(const RenewalPlanner::Policy &policy)
{
    m_planner.emplace(m_clock, policy);
}

void RenewalScheduler::start()
{
    m_timer->start();
    m_provisionTimer->start();
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

bool RenewalScheduler::isBackingOff(qint64 endpointId) const
{
    const auto failures = m_failures.constFind(endpointId);
    return failures != m_failures.constEnd() && failures->retryAt > m_clock.now();
}

QList<IssuedCertificate> RenewalScheduler::candidates(const QList<IssuedCertificate> &current) const
{
    QList<IssuedCertificate> result;
    for (const IssuedCertificate &certificate : current) {
        if (m_renewing.contains(certificate.endpointId) || m_manual.contains(certificate.endpointId)
            || isBackingOff(certificate.endpointId)) {
            continue;
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
    const Result<QList<Endpoint>> endpoints = EndpointRepository(m_store).list();
    if (!current || !endpoints) {
        qCWarning(lcRenewal) << (!current ? current.problem() : endpoints.problem()).technical;
        return;
    }
    m_manual = Provisioning::manualOnly(endpoints.value());
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
    provisionNow();
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

void RenewalScheduler::provisionNow()
{
    if (m_paused || m_checkingRecords) {
        return; // a record check is under way; its answer decides
    }
    const Result<QList<Endpoint>> endpoints = EndpointRepository(m_store).list();
    if (!endpoints) {
        qCWarning(lcRenewal) << endpoints.problem().technical;
        return;
    }
    QList<qint64> now;
    QList<qint64> checkFirst;
    QSet<qint64> stillWaiting;
    for (const Endpoint &endpoint : Provisioning::awaitingFirstCertificate(endpoints.value(), m_clock.now())) {
        if (m_renewing.contains(endpoint.id) || m_queue->isBusy(endpoint.id) || isBackingOff(endpoint.id)) {
            continue;
        }
        if (Provisioning::needsRecordCheck(endpoint) && m_watcher) {
            checkFirst << endpoint.id;
            stillWaiting.insert(endpoint.id);
        } else {
            now << endpoint.id;
        }
    }
    // Endpoints that got a certificate, were removed or set to manual wait no more.
    for (auto it = m_waitingFor.begin(); it != m_waitingFor.end();) {
        it = stillWaiting.contains(it.key()) ? std::next(it) : m_waitingFor.erase(it);
    }
    orderFirst(now, tr("Nothing to wait for: the CA checks the challenge when the order is placed."));
    if (checkFirst.isEmpty()) {
        return;
    }
    m_checkingRecords = true;
    m_watcher->check(checkFirst, [self = QPointer(this), checkFirst](const Result<RecordWatcher::Report> &report) {
        if (!self) {
            return;
        }
        self->m_checkingRecords = false;
        if (!report) {
            for (qint64 id : checkFirst) {
                self->announceWaiting(id, report.problem().message());
            }
            return;
        }
        const Provisioning::Readiness readiness = Provisioning::judge(checkFirst, report.value());
        for (auto it = readiness.waiting.cbegin(); it != readiness.waiting.cend(); ++it) {
            self->announceWaiting(it.key(), it.value());
        }
        QList<qint64> ready;
        for (qint64 id : readiness.ready) {
            // The check took a while: the endpoint may have been ordered by hand or removed.
            if (!self->m_queue->isBusy(id) && !self->m_renewing.contains(id)) {
                ready << id;
            }
        }
        self->orderFirst(ready, tr("Every challenge record is in place."));
    });
}

void RenewalScheduler::announceWaiting(qint64 endpointId, const QString &why)
{
    // Once per reason, not at every look: a missing CNAME may stay missing for days.
    auto known = m_waitingFor.find(endpointId);
    if (known != m_waitingFor.end() && *known == why) {
        return;
    }
    m_waitingFor.insert(endpointId, why);
    qCInfo(lcRenewal) << "endpoint" << endpointId << "waits for its records:" << why;
    const Result<qint64> logged =
        ActivityLog(m_store).append(ActivityLog::Severity::Warning,
                                    QStringLiteral("provisioning"),
                                    tr("Waiting for the DNS records before ordering the first certificate."),
                                    why,
                                    endpointId);
    Q_UNUSED(logged)
}

void RenewalScheduler::orderFirst(const QList<qint64> &endpointIds, const QString &reason)
{
    if (endpointIds.isEmpty()) {
        return;
    }
    const QDateTime now = m_clock.now();
    for (qint64 id : endpointIds) {
        m_waitingFor.remove(id);
        m_renewing.insert(id);
        m_firstOrders.insert(id);
        m_failures[id].attempts << now;
        const Result<qint64> logged = ActivityLog(m_store).append(ActivityLog::Severity::Info,
                                                                  QStringLiteral("provisioning"),
                                                                  tr("Ordering the first certificate."),
                                                                  reason,
                                                                  id);
        Q_UNUSED(logged)
    }
    qCInfo(lcRenewal) << "ordering" << endpointIds.size() << "first certificate(s)";
    m_queue->issue(endpointIds);
}

RenewalScheduler::Failures RenewalScheduler::failuresOf(qint64 endpointId) const
{
    Failures failures = m_failures.value(endpointId);
    ++failures.count; // the one being counted now; it may have failed before an order existed
    const Result<QList<OrderRepository::Order>> history = OrderRepository(m_store).history(endpointId, 16);
    if (!history) {
        return failures;
    }
    int stored = 0;
    QList<QDateTime> attempts;
    for (const OrderRepository::Order &order : history.value()) {
        if (order.state != QLatin1String("failed")) {
            break; // newest first: the run of failures ends at the last success
        }
        ++stored;
        attempts << order.createdAt;
    }
    if (stored >= failures.count && !attempts.isEmpty()) {
        failures.count = stored;
        failures.attempts = attempts;
    }
    return failures;
}

QDateTime RenewalScheduler::backOff(qint64 endpointId, const QDateTime &retryAfter)
{
    Failures failures = failuresOf(endpointId);
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
    m_failures.insert(endpointId, failures);
    if (Result<void> updated =
            EndpointRepository(m_store).setStatus(endpointId, QStringLiteral("failed"), failures.retryAt);
        !updated) {
        qCWarning(lcRenewal) << updated.problem().technical;
    }
    // Precise: a coarse timer may fire a little early, find the endpoint still backing off, and
    // leave the retry to the next periodic check, an hour later.
    QTimer::singleShot(std::max<qint64>(1000, m_clock.now().msecsTo(failures.retryAt) + 10),
                       Qt::PreciseTimer,
                       this,
                       &RenewalScheduler::checkNow);
    return failures.retryAt;
}

void RenewalScheduler::orderFinished(qint64 endpointId,
                                     bool succeeded,
                                     const Problem &problem,
                                     const QDateTime &retryAfter)
{
    const bool first = m_firstOrders.remove(endpointId);
    if (!m_renewing.remove(endpointId)) {
        // An order someone asked for. A failed first order of an automatic endpoint backs off
        // like one of ours; otherwise the next look would order it again at once.
        if (!succeeded) {
            const Result<Endpoint> endpoint = EndpointRepository(m_store).find(endpointId);
            if (endpoint && endpoint->orderAutomatically && !endpoint->certificateExpiresAt.isValid()) {
                backOff(endpointId, retryAfter);
            }
        } else {
            m_failures.remove(endpointId);
        }
        return;
    }
    if (succeeded) {
        m_failures.remove(endpointId);
        if (first) {
            const Result<qint64> logged = ActivityLog(m_store).append(ActivityLog::Severity::Info,
                                                                      QStringLiteral("provisioning"),
                                                                      tr("The first certificate was issued."),
                                                                      QString(),
                                                                      endpointId);
            Q_UNUSED(logged)
        }
        Q_EMIT renewalSucceeded(endpointId);
        return;
    }
    const QDateTime retryAt = backOff(endpointId, retryAfter);
    const int attempt = m_failures.value(endpointId).count;
    const QString what = first ? tr("The first certificate could not be ordered (attempt %1); next attempt at %2.")
                               : tr("Renewal failed (attempt %1); next attempt at %2.");
    const Result<qint64> logged =
        ActivityLog(m_store).append(ActivityLog::Severity::Error,
                                    first ? QStringLiteral("provisioning") : QStringLiteral("renewal"),
                                    what.arg(attempt).arg(retryAt.toString(Qt::ISODate)),
                                    problem.message(),
                                    endpointId);
    Q_UNUSED(logged)
    Q_EMIT renewalFailed(endpointId, problem, retryAt);
}
