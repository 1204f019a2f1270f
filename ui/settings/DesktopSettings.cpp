#include "DesktopSettings.h"

#include <QSettings>

namespace {

const QString kKeepRunningInTray = QStringLiteral("ui/keepRunningInTray");
const QString kDesktopNotifications = QStringLiteral("ui/desktopNotifications");

} // namespace

DesktopSettings DesktopSettings::load(const QSettings &settings)
{
    DesktopSettings loaded;
    loaded.keepRunningInTray = settings.value(kKeepRunningInTray, true).toBool();
    loaded.desktopNotifications = settings.value(kDesktopNotifications, true).toBool();
    return loaded;
}

void DesktopSettings::save(QSettings &settings) const
{
    settings.setValue(kKeepRunningInTray, keepRunningInTray);
    settings.setValue(kDesktopNotifications, desktopNotifications);
}
