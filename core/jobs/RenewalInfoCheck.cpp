#include "RenewalInfoCheck.h"

#include "core/Clock.h"
#include "core/acme/AcmeClient.h"
#include "core/acme/AcmeClientPool.h"
#include "core/acme/AcmeJob.h"
#include "core/acme/CaAccountRepository.h"
#include "core/certificates/CertificateRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/RenewalPlanner.h"
#include "core/store/ActivityLog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRenewalInfo, "certdesk.core.jobs.ari")

RenewalInfoCheck::RenewalInfoCheck(std::shared_ptr<Store> store,
                                   AcmeClientPool *clients,
                                   QList<IssuedCertificate> certificates,
                                   const Clock &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_clients(clients)
    , m_certificates(std::move(certificates))
    , m_clock(clock)
{
}

RenewalInfoCheck::~RenewalInfoCheck() = default;

void RenewalInfoCheck::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &RenewalInfoCheck::begin, Qt::QueuedConnection);
}

void RenewalInfoCheck::begin()
{
    m_pending = static_cast<int>(m_certificates.size());
    if (m_pending == 0) {
        Q_EMIT finished(this);
        deleteLater();
        return;
    }
    for (const IssuedCertificate &certificate : std::as_const(m_certificates)) {
        check(certificate);
    }
}

void RenewalInfoCheck::check(const IssuedCertificate &certificate)
{
    // The endpoint's CA is the one its next order goes to, and so the one whose advice counts.
    const Result<Endpoint> endpoint = EndpointRepository(m_store).find(certificate.endpointId);
    qint64 accountId = endpoint ? endpoint->accountId : 0;
    if (accountId == 0) {
        const Result<CaAccount> fallback = CaAccountRepository(m_store).defaultAccount();
        accountId = fallback ? fallback->id : 0;
    }
    if (accountId == 0 || certificate.ariCertId.isEmpty()) {
        // No CA to ask, or a certificate without an Authority Key Identifier (no certID).
        done(certificate.id, Outcome{false, false, capped(QDateTime())});
        return;
    }
    m_clients->withClient(accountId, [this, certificate](Result<AcmeClient *> client) {
        if (!client) {
            // The order itself will report the account problem; renewal falls back to the lifetime.
            qCInfo(lcRenewalInfo) << "no client for certificate" << certificate.id << client.problem().message();
            done(certificate.id,
                 Outcome{false, false, m_clock.now().addSecs(RenewalInfoCheck::RetryAfterFailureSeconds)});
            return;
        }
        if (client.value()->directory().renewalInfo().isEmpty()) {
            done(certificate.id, Outcome{false, false, capped(QDateTime())});
            return;
        }
        AcmeJob *job = client.value()->fetchRenewalInfo(certificate.ariCertId);
        connect(job, &AcmeJob::finished, this, [this, certificate](AcmeJob *finished) {
            answered(certificate, finished);
        });
        job->start();
    });
}

void RenewalInfoCheck::answered(const IssuedCertificate &certificate, AcmeJob *job)
{
    if (job->failed()) {
        qCInfo(lcRenewalInfo).noquote() << "renewal information for certificate" << certificate.id
                                        << "unavailable:" << job->problem().message();
        const QDateTime retry = job->retryAfter().value_or(m_clock.now().addSecs(RetryAfterFailureSeconds));
        done(certificate.id, Outcome{true, false, capped(retry)});
        return;
    }
    const AcmeRenewalInfo info = job->renewalInfo();
    const bool changed =
        info.windowStart != certificate.renewalWindowStart || info.windowEnd != certificate.renewalWindowEnd;
    if (changed) {
        if (Result<void> stored =
                CertificateRepository(m_store).setRenewalWindow(certificate.id, info.windowStart, info.windowEnd);
            !stored) {
            qCWarning(lcRenewalInfo) << stored.problem().technical;
        }
        const QDateTime now = m_clock.now();
        const QString names = certificate.names.join(QStringLiteral(", "));
        const QString start = info.windowStart.toUTC().toString(Qt::ISODate);
        const QString end = info.windowEnd.toUTC().toString(Qt::ISODate);
        // RFC 9773 §4.2: a window that has passed means "renew now" (an incident at the CA, say).
        const bool renewNow = info.windowEnd <= now;
        const Result<qint64> logged = ActivityLog(m_store).append(
            renewNow ? ActivityLog::Severity::Warning : ActivityLog::Severity::Info,
            QStringLiteral("renewal"),
            renewNow ? tr("The CA asks to renew the certificate for %1 now (its suggested window %2 – %3 has "
                          "passed).")
                           .arg(names, start, end)
                     : tr("The CA suggests renewing the certificate for %1 between %2 and %3.").arg(names, start, end),
            info.explanation.isEmpty() ? QString() : tr("Explanation: %1").arg(info.explanation.toString()),
            certificate.endpointId);
        Q_UNUSED(logged)
        const RenewalPlanner::Plan plan =
            RenewalPlanner(m_clock).plan({certificate.serial,
                                          certificate.notBefore,
                                          certificate.notAfter,
                                          RenewalPlanner::RenewalWindow{info.windowStart, info.windowEnd}});
        if (const Result<Endpoint> endpoint = EndpointRepository(m_store).find(certificate.endpointId); endpoint) {
            const Result<void> updated =
                EndpointRepository(m_store).setStatus(certificate.endpointId, endpoint->status, plan.renewAt);
            Q_UNUSED(updated)
        }
    }
    done(certificate.id, Outcome{true, true, capped(info.retryAfter)});
}

void RenewalInfoCheck::done(qint64 certificateId, const Outcome &outcome)
{
    m_outcomes.insert(certificateId, outcome);
    if (--m_pending == 0) {
        Q_EMIT finished(this);
        deleteLater();
    }
}

QDateTime RenewalInfoCheck::capped(const QDateTime &retryAfter) const
{
    const QDateTime limit = m_clock.now().addSecs(MaxRetryAfterSeconds);
    return retryAfter.isValid() && retryAfter < limit ? retryAfter : limit;
}
