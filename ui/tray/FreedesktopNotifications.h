#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

// Desktop notifications through the freedesktop.org notification service
// (org.freedesktop.Notifications on the session bus: GNOME, KDE, dunst, mako, …), so they look
// native and stay in the desktop's history. Each notification carries an endpoint id; a click
// on it (the "default" action) is reported with that id. Linux and other D-Bus desktops only.
class FreedesktopNotifications final : public QObject
{
    Q_OBJECT

public:
    explicit FreedesktopNotifications(QObject *parent = nullptr);

    // True when a notification server owns the name on the session bus right now.
    static bool isAvailable();

    // Sends a notification; `critical` ones stay until dismissed. Returns at once.
    void notify(const QString &summary, const QString &body, bool critical, qint64 endpointId);

Q_SIGNALS:
    void activated(qint64 endpointId);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void askCapabilities();

    QHash<uint, qint64> m_endpointByNotification;
    bool m_askedCapabilities = false;
    bool m_bodyMarkup = false;
};
