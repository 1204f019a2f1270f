#include "DesktopNotifier.h"

#include <QSystemTrayIcon>

#ifdef CERTDESK_HAVE_DBUS
#include "FreedesktopNotifications.h"
#endif

DesktopNotifier::DesktopNotifier(QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
{
#ifdef CERTDESK_HAVE_DBUS
    m_desktop = new FreedesktopNotifications(this);
    connect(m_desktop, &FreedesktopNotifications::activated, this, &DesktopNotifier::activated);
#endif
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            Q_EMIT activated(m_balloonEndpoint);
        });
    }
}

void DesktopNotifier::notify(const QString &summary, const QString &body, bool critical, qint64 endpointId)
{
    if (!m_enabled) {
        return;
    }
#ifdef CERTDESK_HAVE_DBUS
    // Asked each time: the notification server may start (or stop) after CertDesk.
    if (FreedesktopNotifications::isAvailable()) {
        m_usedDesktopService = true;
        m_desktop->notify(summary, body, critical, endpointId);
        return;
    }
#endif
    m_usedDesktopService = false;
    if (m_tray && m_tray->isVisible()) {
        // A balloon holds one message at a time, so a click refers to the latest one.
        m_balloonEndpoint = endpointId;
        m_tray->showMessage(summary, body, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
    }
}
