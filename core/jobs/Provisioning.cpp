#include "Provisioning.h"

#include <QSet>

QList<Endpoint> Provisioning::awaitingFirstCertificate(const QList<Endpoint> &endpoints, const QDateTime &now)
{
    QList<Endpoint> result;
    for (const Endpoint &endpoint : endpoints) {
        if (!endpoint.orderAutomatically || endpoint.certificateExpiresAt.isValid()) {
            continue;
        }
        const bool backingOff = endpoint.status == QLatin1String("failed") && endpoint.nextRenewalAt.isValid()
                                && endpoint.nextRenewalAt > now;
        if (!backingOff) {
            result << endpoint;
        }
    }
    return result;
}

QSet<qint64> Provisioning::manualOnly(const QList<Endpoint> &endpoints)
{
    QSet<qint64> manual;
    for (const Endpoint &endpoint : endpoints) {
        if (!endpoint.orderAutomatically) {
            manual.insert(endpoint.id);
        }
    }
    return manual;
}

bool Provisioning::needsRecordCheck(const Endpoint &endpoint)
{
    return endpoint.challengeType == QLatin1String("dns-01");
}

Provisioning::Readiness Provisioning::judge(const QList<qint64> &endpointIds, const RecordWatcher::Report &report)
{
    QHash<qint64, const RecordStatus *> firstProblem;
    for (const RecordStatus &status : report.statuses) {
        if (status.record.purpose == RequiredRecord::Purpose::Challenge && !status.isOk()
            && !firstProblem.contains(status.record.endpointId)) {
            firstProblem.insert(status.record.endpointId, &status);
        }
    }
    const QSet<qint64> covered(report.endpointIds.cbegin(), report.endpointIds.cend());
    Readiness readiness;
    for (qint64 id : endpointIds) {
        if (!covered.contains(id)) {
            readiness.waiting.insert(id, tr("Its DNS records could not be worked out."));
        } else if (const RecordStatus *status = firstProblem.value(id)) {
            readiness.waiting.insert(id,
                                     QStringLiteral("%1 %2 %3: %4")
                                         .arg(status->record.owner.display(),
                                              status->record.typeText(),
                                              status->record.target.display(),
                                              status->summary));
        } else {
            readiness.ready << id;
        }
    }
    return readiness;
}
