#pragma once

#include "core/Result.h"

#include <QString>

// Starts the CertDesk window when the administrator logs in: an XDG autostart entry on
// Linux, the per-user Run key on Windows, a LaunchAgent on macOS. Off until turned on.
class StartAtLogin final
{
public:
    // `program` is the executable to start (QCoreApplication::applicationFilePath()).
    explicit StartAtLogin(QString program);

    bool isEnabled() const;
    Result<void> setEnabled(bool enabled);

    // Where the entry lives on this platform (a file path, or the registry key on Windows).
    QString location() const;

private:
    QString m_program;
};
