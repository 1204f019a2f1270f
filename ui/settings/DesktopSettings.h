#pragma once

class QSettings;

// What the desktop window keeps in the profile's settings file beside core's groups: whether
// closing the window leaves CertDesk in the tray (the File menu's "Keep Running in the Tray"
// writes the same key) and whether it shows desktop notifications.
struct DesktopSettings
{
    bool keepRunningInTray = true;
    bool desktopNotifications = true;

    static DesktopSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};
