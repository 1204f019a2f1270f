#include "FreedesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDesktopNotify, "certdesk.ui.notifications")

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

FreedesktopNotifications::FreedesktopNotifications(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(
        kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService,
                kPath,
                kInterface,
                QStringLiteral("NotificationClosed"),
                this,
                SLOT(onNotificationClosed(uint, uint)));
}

bool FreedesktopNotifications::isAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService).value();
}

void FreedesktopNotifications::askCapabilities()
{
    // Whether the server interprets markup in the body decides whether "<" must be escaped
    // (Desktop Notifications Specification 1.2, "Markup"). Asked only once a server runs:
    // asking earlier would make the bus start one.
    m_askedCapabilities = true;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(QDBusMessage::createMethodCall(
                                                    kService, kPath, kInterface, QStringLiteral("GetCapabilities"))),
                                                this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        const QDBusPendingReply<QStringList> reply = *call;
        if (!reply.isError()) {
            m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
        }
        call->deleteLater();
    });
}

void FreedesktopNotifications::notify(const QString &summary, const QString &body, bool critical, qint64 endpointId)
{
    if (!m_askedCapabilities) {
        askCapabilities();
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(critical ? 2 : 1));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.certdesk.CertDesk"));
    call << QStringLiteral("CertDesk") << uint(0) << QStringLiteral("org.certdesk.CertDesk") << summary
         << (m_bodyMarkup ? body.toHtmlEscaped() : body)
         << QStringList{QStringLiteral("default"), tr("Open in CertDesk")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, endpointId](QDBusPendingCallWatcher *done) {
        const QDBusPendingReply<uint> reply = *done;
        if (reply.isError()) {
            qCWarning(lcDesktopNotify) << "notification not delivered:" << reply.error().message();
        } else {
            m_endpointByNotification.insert(reply.value(), endpointId);
        }
        done->deleteLater();
    });
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    const auto found = m_endpointByNotification.constFind(id);
    if (found == m_endpointByNotification.constEnd() || actionKey != QLatin1String("default")) {
        return; // another application's notification, or an action we did not offer
    }
    const qint64 endpointId = *found;
    // Acted upon: it has done its job. Not every server closes it by itself.
    QDBusConnection::sessionBus().asyncCall(
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification")) << id);
    Q_EMIT activated(endpointId);
}

void FreedesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_endpointByNotification.remove(id);
}
