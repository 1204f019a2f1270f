#pragma once

#include <QObject>

class FreedesktopNotifications;
class QSystemTrayIcon;

// Tells the administrator something that cannot wait, outside the window: through the
// desktop's notification service where there is one (Linux), else as a tray balloon. A
// click on the notification reports the endpoint it is about.
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    // `tray` is the fallback; it may be null (no tray: no fallback).
    explicit DesktopNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    // `endpointId` 0: about no single endpoint (a click opens the window).
    void notify(const QString &summary, const QString &body, bool critical, qint64 endpointId);

    // Off: notify() shows nothing (the administrator turned desktop notifications off).
    void setEnabled(bool enabled) { m_enabled = enabled; }

    bool isEnabled() const { return m_enabled; }

    // Whether the last notification went to the desktop's notification service.
    bool usedDesktopService() const { return m_usedDesktopService; }

Q_SIGNALS:
    void activated(qint64 endpointId);

private:
    QSystemTrayIcon *m_tray;
    FreedesktopNotifications *m_desktop = nullptr;
    qint64 m_balloonEndpoint = 0;
    bool m_usedDesktopService = false;
    bool m_enabled = true;
};
