#pragma once

#include "core/endpoints/Endpoint.h"
#include "core/jobs/RecordWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Which endpoints get their first certificate without anyone asking (issue 12): those that
// never had one (or whose every order failed), whose ordering is automatic, and that are not
// backing off after a failed attempt. An http-01 endpoint is ordered at once; a dns-01 one
// once a live check finds every challenge record it needs in place, because an order with a
// missing CNAME only fails at the CA. The background worker (RenewalScheduler) and
// `certdesk renew --due` decide with the same rules.
class Provisioning final
{
    Q_DECLARE_TR_FUNCTIONS(Provisioning)

public:
    // Endpoints waiting for their first certificate, as of `now`. A failed attempt stored its
    // next attempt in next_renewal_at (status "failed"); until then the endpoint waits.
    static QList<Endpoint> awaitingFirstCertificate(const QList<Endpoint> &endpoints, const QDateTime &now);

    // Endpoints set to "only when I ask": neither renewed nor provisioned unattended.
    static QSet<qint64> manualOnly(const QList<Endpoint> &endpoints);

    // Whether the endpoint's records must be checked before ordering.
    static bool needsRecordCheck(const Endpoint &endpoint);

    struct Readiness
    {
        QList<qint64> ready;
        QHash<qint64, QString> waiting; // endpoint → why, translated ("_acme-challenge.x CNAME … is missing")
    };

    // Splits `endpointIds` by what a live check found: ready when every challenge record of the
    // endpoint is OK, waiting (with the first record that is not) otherwise.
    static Readiness judge(const QList<qint64> &endpointIds, const RecordWatcher::Report &report);
};
