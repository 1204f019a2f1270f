#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QStringList installTranslations(QCoreApplication &app, const QString &language)
{
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
    }
    const QLocale locale;
    QStringList installed;
    const auto install = [&app, &installed](QTranslator *translator) {
        QCoreApplication::installTranslator(translator);
        installed << translator->filePath();
    };
    auto *qtCatalogue = new QTranslator(&app);
    if (qtCatalogue->load(locale,
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        install(qtCatalogue);
    } else {
        delete qtCatalogue;
    }
    auto *ownCatalogue = new QTranslator(&app);
    // English has a catalogue too: its plural forms ("1 endpoint", "2 endpoints") for the
    // source's "%n endpoint(s)". It also serves languages CertDesk does not speak (and the C
    // locale), whose users read the English text.
    if (ownCatalogue->load(locale, QStringLiteral("certdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ownCatalogue->load(QStringLiteral("certdesk_en"), QStringLiteral(":/i18n"))) {
        install(ownCatalogue);
    } else {
        delete ownCatalogue;
    }
    return installed;
}
