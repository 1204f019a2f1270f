#pragma once

#include <QList>
#include <QString>

class QSettings;

// The language the administrator chose for CertDesk in the settings dialog, kept in the
// profile's settings file. It is needed before the profile (and its database) is opened, to
// install the translators before any widget exists, so it can be read straight from the
// data folder too.
class LanguageSetting final
{
public:
    struct Language
    {
        QString code;       // "de"; empty for the system's language
        QString nativeName; // "Deutsch": each language is listed in its own words
    };

    // The languages CertDesk ships a catalogue for, English (the source language) included.
    static QList<Language> offered();

    // The chosen code, or an empty string for "follow the system" (also for unknown codes).
    static QString read(const QSettings &settings);
    // The same, from the settings file of the profile in `dataDir`, which may not exist yet.
    static QString readFromDataDir(const QString &dataDir);
    static void write(QSettings &settings, const QString &code);
};
