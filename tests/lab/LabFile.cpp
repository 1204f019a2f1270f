#include "LabFile.h"

#include <QFile>
#include <QSaveFile>

namespace LabFile {

Result<void> write(const QString &path, const QByteArray &data, Visibility visibility)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("lab.write-file"),
                             QStringLiteral("Cannot write a lab file"),
                             QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    if (visibility == Visibility::Secret) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    file.write(data);
    if (!file.commit()) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("lab.write-file"),
                             QStringLiteral("Cannot write a lab file"),
                             QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    return {};
}

QString tail(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace LabFile
