#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace LabFile {

enum class Visibility {
    Public, // configuration, certificates, zone files
    Secret, // TSIG keys, API keys, EAB keys: readable by the owner only
};

// Writes `data` to `path` atomically; secrets are created owner-only before any byte is written.
Result<void> write(const QString &path, const QByteArray &data, Visibility visibility = Visibility::Public);

// The last `lines` lines of a log file, for a Problem's technical detail.
QString tail(const QString &path, int lines = 25);

} // namespace LabFile
