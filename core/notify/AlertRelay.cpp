#include "AlertRelay.h"

#include "core/Clock.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/notify/Notifier.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAlerts, "certdesk.core.notify.alerts")

AlertRelay::EndpointSource AlertRelay::storeSource(std::shared_ptr<Store> store)
{
    return [store](QObject *context, Endpoints answer) {
        QMetaObject::invokeMethod(
            context,
            [store, answer] {
                answer(EndpointRepository(store).list());
            },
            Qt::QueuedConnection);
    };
}

AlertRelay::AlertRelay(EndpointSource endpoints, Notifier *notifier, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
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

void AlertRelay::sendAbout(Notification notification)
{
    // Stamped now, when it happened; the names follow from the worker.
    notification.at = m_clock.now().toUTC();
    m_endpoints(this, [this, notification](const Result<QList<Endpoint>> &endpoints) {
        Notification complete = notification;
        if (endpoints) {
            for (const Endpoint &endpoint : endpoints.value()) {
                if (endpoint.id == notification.endpointId) {
                    complete.names = endpoint.names;
                    complete.expiresAt = endpoint.certificateExpiresAt;
                    break;
                }
            }
        } else {
            // Still worth sending: the endpoint's id and the reason say what failed.
            qCWarning(lcAlerts).noquote() << endpoints.problem().message();
        }
        m_notifier->send(complete);
    });
}

void AlertRelay::renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt)
{
    Notification notification;
    notification.kind = Notification::Kind::RenewalFailed;
    notification.endpointId = endpointId;
    notification.reason = problem.message();
    notification.nextAttempt = nextAttempt;
    sendAbout(notification);
}

void AlertRelay::recordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change)
{
    // A record that appeared is good news; only one that broke needs somebody.
    if (change != RecordWatcher::Change::Broke) {
        return;
    }
    Notification notification;
    notification.kind = Notification::Kind::DnsRecordBroken;
    notification.endpointId = endpointId;
    notification.reason = QStringLiteral("%1 %2 %3: %4")
                              .arg(status.record.owner.display(),
                                   status.record.typeText(),
                                   status.record.target.display(),
                                   status.summary);
    sendAbout(notification);
}

void AlertRelay::checkExpiry()
{
    const NotificationSettings settings = m_notifier->settings();
    if (!settings.wants(Notification::Kind::ExpiringSoon)) {
        // Nothing is marked as warned, so turning the alert on later still warns.
        return;
    }
    m_endpoints(this, [this](const Result<QList<Endpoint>> &endpoints) {
        if (!endpoints) {
            qCWarning(lcAlerts).noquote() << endpoints.problem().message();
            return;
        }
        checkExpiryOf(endpoints.value());
    });
}

void AlertRelay::checkExpiryOf(const QList<Endpoint> &endpoints)
{
    const NotificationSettings settings = m_notifier->settings();
    if (!settings.wants(Notification::Kind::ExpiringSoon)) {
        return; // turned off while the list was read
    }
    const QDateTime now = m_clock.now();
    const qint64 threshold = qint64(settings.expiryWarningDays) * 24 * 3600;
    QHash<qint64, QDateTime> stillWarned;
    for (const Endpoint &endpoint : endpoints) {
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
        Notification notification;
        notification.kind = Notification::Kind::ExpiringSoon;
        notification.endpointId = endpoint.id;
        notification.at = now.toUTC();
        notification.names = endpoint.names;
        notification.expiresAt = expires;
        notification.nextAttempt = endpoint.nextRenewalAt;
        notification.reason =
            failing ? tr("Its renewal failed; CertDesk keeps trying.") : tr("It has not been renewed yet.");
        m_notifier->send(notification);
    }
    m_warnedExpiry = stillWarned;
}
