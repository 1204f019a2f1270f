#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs CertDesk's catalogue and Qt's own (qtbase) for `language` ("de"; see
// LanguageSetting), or for the system's language when it is empty. A chosen language also
// becomes the default QLocale, so dates and numbers follow the words. English and languages
// without a catalogue get certdesk_en, which holds the English plural forms. Returns the files
// of the catalogues it installed.
QStringList installTranslations(QCoreApplication &app, const QString &language = {});
