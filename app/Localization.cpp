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
    const auto install = [&app, &locale, &installed](const QString &catalogue, const QString &directory) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, catalogue, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            installed << translator->filePath();
        } else {
            delete translator;
        }
    };
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("certdesk"), QStringLiteral(":/i18n"));
    return installed;
}
