#include "EndpointStatus.h"

#include "ui/common/RelativeTime.h"

#include <QCoreApplication>

namespace EndpointStatus {

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EndpointStatus)
};

} // namespace

State derive(const Endpoint &endpoint, bool orderRunning, const QDateTime &now, bool dnsActionNeeded)
{
    if (orderRunning) {
        return State::Renewing;
    }
    if (endpoint.status == QLatin1String("failed")) {
        return State::Failed;
    }
    if (!endpoint.certificateExpiresAt.isValid()) {
        // A first certificate cannot come before its records are in place.
        return dnsActionNeeded ? State::DnsActionNeeded : State::New;
    }
    if (endpoint.certificateExpiresAt <= now) {
        return State::Expired;
    }
    const bool renewalOverdue = !endpoint.nextRenewalAt.isValid() || endpoint.nextRenewalAt <= now;
    if (now.secsTo(endpoint.certificateExpiresAt) < ExpiringSeconds && renewalOverdue) {
        return State::Expiring;
    }
    if (dnsActionNeeded) {
        return State::DnsActionNeeded;
    }
    return State::Ok;
}

QString text(State state)
{
    switch (state) {
    case State::Failed:
        return Text::tr("Failed");
    case State::Expired:
        return Text::tr("Expired");
    case State::Expiring:
        return Text::tr("Expiring");
    case State::DnsActionNeeded:
        return Text::tr("DNS action needed");
    case State::Renewing:
        return Text::tr("Renewing");
    case State::New:
        return Text::tr("New", "endpoint without a certificate yet");
    case State::Ok:
        return Text::tr("OK");
    }
    return {};
}

QString explanation(State state, const Endpoint &endpoint, const QDateTime &now)
{
    switch (state) {
    case State::Failed:
        if (endpoint.nextRenewalAt.isValid() && endpoint.nextRenewalAt > now) {
            return Text::tr("The last attempt failed; CertDesk tries again %1. The activity log says why.")
                .arg(RelativeTime::describeWithDate(endpoint.nextRenewalAt, now));
        }
        return Text::tr("The last attempt failed. The activity log says why; fix the cause, then choose Renew now.");
    case State::Expired:
        return Text::tr("The certificate has expired: clients see errors. Choose Renew now.");
    case State::Expiring:
        return Text::tr("The certificate expires %1 and has not been renewed yet. Choose Renew now.")
            .arg(RelativeTime::describeWithDate(endpoint.certificateExpiresAt, now));
    case State::DnsActionNeeded:
        return endpoint.certificateExpiresAt.isValid()
                   ? Text::tr("The certificate is valid, but a required DNS record is missing or wrong, so the next "
                              "renewal would fail. The DNS Records tab says what to change.")
                   : Text::tr(
                       "A required DNS record is missing or wrong, so the CA cannot issue the certificate yet. The "
                       "DNS Records tab says what to create.");
    case State::Renewing:
        return Text::tr("A certificate order is running.");
    case State::New:
        return Text::tr("No certificate has been issued yet. Choose Renew now to order the first one.");
    case State::Ok:
        return Text::tr("The certificate is valid and renewed automatically.");
    }
    return {};
}

QIcon icon(State state)
{
    switch (state) {
    case State::Failed:
    case State::Expired:
        return QIcon(QStringLiteral(":/icons/status-failed.svg"));
    case State::Expiring:
    case State::DnsActionNeeded:
        return QIcon(QStringLiteral(":/icons/status-attention.svg"));
    case State::Renewing:
        return QIcon(QStringLiteral(":/icons/status-renewing.svg"));
    case State::New:
        return QIcon(QStringLiteral(":/icons/status-new.svg"));
    case State::Ok:
        return QIcon(QStringLiteral(":/icons/status-ok.svg"));
    }
    return {};
}

bool isFailure(State state)
{
    return state == State::Failed || state == State::Expired;
}

bool needsAttention(State state)
{
    return state == State::Expiring;
}

bool needsDnsAction(RecordStatus::State state)
{
    return state != RecordStatus::State::Ok && state != RecordStatus::State::Propagating;
}

} // namespace EndpointStatus
