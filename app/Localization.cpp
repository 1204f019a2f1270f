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
    if (ownCatalogue->load(locale, QStringLiteral("certdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ownCatalogue);
    }
}
