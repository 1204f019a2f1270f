#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs CertDesk's catalogue and Qt's own (qtbase) for `language` ("de"; see
// LanguageSetting), or for the system's language when it is empty. A chosen language also
// becomes the default QLocale, so dates and numbers follow the words. Returns the files of the
// catalogues it installed (none for English, the source language).
QStringList installTranslations(QCoreApplication &app, const QString &language = {});
