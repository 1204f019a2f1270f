#include "AlertRelay.h"

#include "core/Clock.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/notify/Notifier.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAlerts, "certdesk.core.notify.alerts")

AlertRelay::AlertRelay(std::shared_ptr<Store> store, Notifier *notifier, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_notifier(notifier)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &AlertRelay::checkExpiry);
}

AlertRelay::~AlertRelay() = default;

void AlertRelay::start(std::chrono::seconds interval)
{
    m_timer->start(interval);
    QMetaObject::invokeMethod(this, &AlertRelay::checkExpiry, Qt::QueuedConnection);
}

Notification AlertRelay::about(Notification::Kind kind, qint64 endpointId) const
{
    Notification notification;
    notification.kind = kind;
    notification.endpointId = endpointId;
    notification.at = m_clock.now().toUTC();
    if (const Result<Endpoint> endpoint = EndpointRepository(m_store).find(endpointId); endpoint) {
        notification.names = endpoint->names;
        notification.expiresAt = endpoint->certificateExpiresAt;
    }
    return notification;
}

void AlertRelay::renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt)
{
    Notification notification = about(Notification::Kind::RenewalFailed, endpointId);
    notification.reason = problem.message();
    notification.nextAttempt = nextAttempt;
    m_notifier->send(notification);
}

void AlertRelay::recordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change)
{
    // A record that appeared is good news; only one that broke needs somebody.
    if (change != RecordWatcher::Change::Broke) {
        return;
    }
    Notification notification = about(Notification::Kind::DnsRecordBroken, endpointId);
    notification.reason = QStringLiteral("%1 %2 %3: %4")
                              .arg(status.record.owner.display(),
                                   status.record.typeText(),
                                   status.record.target.display(),
                                   status.summary);
    m_notifier->send(notification);
}

void AlertRelay::checkExpiry()
{
    const NotificationSettings settings = m_notifier->settings();
    if (!settings.wants(Notification::Kind::ExpiringSoon)) {
        // Nothing is marked as warned, so turning the alert on later still warns.
        return;
    }
    const Result<QList<Endpoint>> endpoints = EndpointRepository(m_store).list();
    if (!endpoints) {
        qCWarning(lcAlerts).noquote() << endpoints.problem().message();
        return;
    }
    const QDateTime now = m_clock.now();
    const qint64 threshold = qint64(settings.expiryWarningDays) * 24 * 3600;
    QHash<qint64, QDateTime> stillWarned;
    for (const Endpoint &endpoint : endpoints.value()) {
        const QDateTime expires = endpoint.certificateExpiresAt;
        if (!expires.isValid()) {
            continue;
        }
        // Close to expiry and not being renewed: the renewal failed (its next attempt may well
        // be planned) or is overdue. A short-lived certificate whose renewal is planned on
        // time is no alarm.
        const bool failing = endpoint.status == QLatin1String("failed");
        const bool overdue = !endpoint.nextRenewalAt.isValid() || endpoint.nextRenewalAt <= now;
        if (!(failing || overdue) || now.secsTo(expires) >= threshold) {
            continue;
        }
        stillWarned.insert(endpoint.id, expires);
        if (m_warnedExpiry.value(endpoint.id) == expires) {
            continue;
        }
        Notification notification = about(Notification::Kind::ExpiringSoon, endpoint.id);
        notification.names = endpoint.names;
        notification.expiresAt = expires;
        notification.nextAttempt = endpoint.nextRenewalAt;
        notification.reason =
            failing ? tr("Its renewal failed; CertDesk keeps trying.") : tr("It has not been renewed yet.");
        m_notifier->send(notification);
    }
    m_warnedExpiry = stillWarned;
}
