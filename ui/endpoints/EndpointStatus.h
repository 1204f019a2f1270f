#pragma once

#include "core/dns/RecordStatus.h"
#include "core/endpoints/Endpoint.h"

#include <QDateTime>
#include <QIcon>
#include <QString>

// What the list says about an endpoint, derived from its stored status, its certificate's
// expiry and whether an order is running for it right now. Ordered by how much it needs
// the administrator: sorting by status puts failures first.
namespace EndpointStatus {

enum class State {
    Failed,          // the last order or deployment failed
    Expired,         // the certificate is no longer valid and no order is running
    Expiring,        // less than a week left and the renewal is overdue
    DnsActionNeeded, // the last check found a required DNS record missing, wrong or failing
    Renewing,        // an order is queued or running
    New,             // no certificate yet
    Ok,
};

// Certificates with less than this left, and no successful renewal, count as expiring.
constexpr qint64 ExpiringSeconds = 7 * 24 * 3600;

// `dnsActionNeeded`: the last live check of its required records found one that needs the
// administrator (see needsDnsAction).
State derive(const Endpoint &endpoint, bool orderRunning, const QDateTime &now, bool dnsActionNeeded = false);

QString text(State state);
// One or two sentences: what the state means and what to do about it.
QString explanation(State state, const Endpoint &endpoint, const QDateTime &now);
QIcon icon(State state);

// Failed and expired need action now; expiring needs attention soon.
bool isFailure(State state);
bool needsAttention(State state);

// Whether a record in this state waits for the administrator: missing, wrong, in conflict,
// blocked by CAA or failing to resolve. Propagating only needs time.
bool needsDnsAction(RecordStatus::State state);

} // namespace EndpointStatus
