#include "RecordWatcher.h"

#include "core/Clock.h"
#include "core/acme/CaaIdentityLookup.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsSettings.h"
#include "core/dns/RecordCheck.h"
#include "core/dns/RecordStatusRepository.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/endpoints/RequiredRecordSet.h"
#include "core/endpoints/RequiredRecords.h"
#include "core/store/ActivityLog.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWatch, "certdesk.core.jobs.records")

RecordWatcher::RecordWatcher(std::shared_ptr<Store> store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_clock(clock)
    , m_client(new DnsClient(this))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        check({});
    });
}

RecordWatcher::~RecordWatcher() = default;

void RecordWatcher::start(int intervalSeconds)
{
    qint64 seconds = intervalSeconds;
    if (seconds <= 0) {
        const Result<DnsSettings> settings = DnsSettings::load(m_store);
        seconds = settings ? settings->watchInterval.count() : DnsSettings().watchInterval.count();
    }
    m_timer->start(int(std::clamp<qint64>(seconds, 1, 24 * 3600) * 1000));
}

void RecordWatcher::stop()
{
    m_timer->stop();
}

void RecordWatcher::check(const QList<qint64> &endpointIds, Done done)
{
    const auto fail = [this, done](const Problem &problem) {
        qCWarning(lcWatch) << problem.message();
        Q_EMIT checkFailed(problem);
        if (done) {
            done(problem);
        }
    };
    const Result<DnsSettings> settings = DnsSettings::load(m_store);
    const Result<QList<Endpoint>> endpoints = EndpointRepository(m_store).list();
    const Result<std::optional<DelegationZone>> delegation = DelegationZoneRepository(m_store, m_clock).current();
    if (!settings || !endpoints || !delegation) {
        fail(!settings ? settings.problem() : !endpoints ? endpoints.problem() : delegation.problem());
        return;
    }
    QList<Endpoint> chosen;
    const QSet<qint64> wanted(endpointIds.cbegin(), endpointIds.cend());
    for (const Endpoint &endpoint : endpoints.value()) {
        if (wanted.isEmpty() || wanted.contains(endpoint.id)) {
            chosen << endpoint;
        }
    }
    const RequiredRecordSet required = RequiredRecordSet::derive(chosen, delegation.value());
    for (auto problem = required.problems.cbegin(); problem != required.problems.cend(); ++problem) {
        qCWarning(lcWatch) << "endpoint" << problem.key() << problem->message();
    }
    RecordCheck::Options options;
    options.resolvers = settings->resolvers;
    options.authoritativePort = settings->authoritativePort;
    ++m_running;
    CaaIdentityLookup::identitiesFor(
        m_store,
        settings->caaIdentities,
        this,
        [this, records = required.records, covered = required.endpointIds, options, done, fail](
            QStringList ca) mutable {
            options.caIdentities = ca;
            auto *job = new RecordCheck(m_client, records, options, this);
            connect(job, &RecordCheck::finished, this, [this, job, covered, ca, done, fail] {
                job->deleteLater();
                --m_running;
                if (!job->result()) {
                    fail(job->result().problem());
                    return;
                }
                const Result<Report> report = finishCheck(job->result().value(), covered, ca);
                if (!report) {
                    fail(report.problem());
                    return;
                }
                if (done) {
                    done(report);
                }
            });
            job->start();
        });
}

Result<RecordWatcher::Report>
RecordWatcher::finishCheck(QList<RecordStatus> statuses, const QSet<qint64> &endpoints, const QStringList &ca)
{
    for (RecordStatus &status : statuses) {
        // Whether a traffic record sits at its zone's apex was a guess until the zone was found.
        if (status.record.purpose == RequiredRecord::Purpose::Traffic
            && status.state != RecordStatus::State::LookupError) {
            RequiredRecords::confirmApex(status.record, status.record.atApex);
        }
    }
    RecordStatusRepository repository(m_store);
    const Result<QHash<QString, RecordStatusRepository::Entry>> before = repository.all();
    if (!before) {
        return before.problem();
    }
    const QDateTime now = m_clock.now();
    if (Result<void> saved = repository.save(statuses, endpoints, now); !saved) {
        return saved.problem();
    }
    ActivityLog log(m_store);
    for (const RecordStatus &status : statuses) {
        const auto previous = before->constFind(RecordStatusRepository::keyOf(status));
        if (previous == before->constEnd() || previous->state == status.state) {
            continue; // first look, or nothing new
        }
        using State = RecordStatus::State;
        const bool broke =
            previous->state == State::Ok && status.state != State::Ok && status.state != State::Propagating;
        const bool appeared =
            previous->state == State::Missing && status.state != State::Missing && status.state != State::LookupError;
        if (!broke && !appeared) {
            continue;
        }
        const Result<qint64> logged = log.append(broke ? ActivityLog::Severity::Warning : ActivityLog::Severity::Info,
                                                 QStringLiteral("dns"),
                                                 broke ? tr("A required DNS record broke: %1 %2 is now “%3”.")
                                                             .arg(status.record.owner.display(),
                                                                  status.record.typeText(),
                                                                  RecordStatus::stateLabel(status.state))
                                                       : tr("A required DNS record appeared: %1 %2 is now “%3”.")
                                                             .arg(status.record.owner.display(),
                                                                  status.record.typeText(),
                                                                  RecordStatus::stateLabel(status.state)),
                                                 status.summary,
                                                 status.record.endpointId);
        Q_UNUSED(logged)
        Q_EMIT recordChanged(status.record.endpointId, status, broke ? Change::Broke : Change::Appeared);
    }
    qCInfo(lcWatch) << "checked" << statuses.size() << "required record(s)";
    QList<qint64> covered(endpoints.cbegin(), endpoints.cend());
    std::sort(covered.begin(), covered.end());
    Q_EMIT checked(statuses, covered);
    return Report{statuses, covered, ca, now};
}
