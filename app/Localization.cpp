#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtCatalogue = new QTranslator(&app);
    if (qtCatalogue->load(locale,
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtCatalogue);
    }
    auto *ownCatalogue = new QTranslator(&app);
    // English has a catalogue too: its plural forms ("1 endpoint", "2 endpoints") for the
    // source's "%n endpoint(s)". It also serves languages CertDesk does not speak (and the C
    // locale), whose users read the English text.
    if (ownCatalogue->load(locale, QStringLiteral("certdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ownCatalogue->load(QStringLiteral("certdesk_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ownCatalogue);
    }
}
