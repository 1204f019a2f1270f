#include "LanguageSetting.h"

#include "core/Profile.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString kKey = QStringLiteral("ui/language");

bool isOffered(const QString &code)
{
    for (const LanguageSetting::Language &language : LanguageSetting::offered()) {
        if (language.code == code) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<LanguageSetting::Language> LanguageSetting::offered()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QString LanguageSetting::read(const QSettings &settings)
{
    const QString code = settings.value(kKey).toString();
    return isOffered(code) ? code : QString();
}

QString LanguageSetting::readFromDataDir(const QString &dataDir)
{
    // Reading creates nothing: a profile that does not exist yet follows the system.
    const QString path = Profile::settingsPathIn(dataDir);
    if (dataDir.isEmpty() || !QFileInfo::exists(path)) {
        return {};
    }
    const QSettings settings(path, QSettings::IniFormat);
    return read(settings);
}

void LanguageSetting::write(QSettings &settings, const QString &code)
{
    if (code.isEmpty() || !isOffered(code)) {
        settings.remove(kKey);
    } else {
        settings.setValue(kKey, code);
    }
}
