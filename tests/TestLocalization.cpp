#include "app/Localization.h"
#include "core/Facade.h"
#include "core/Profile.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// installTranslations() with the catalogues compiled into the program (":/i18n"): the real
// main window speaks the UI language, and English gets its plural forms.
class TestLocalization : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;

    // As main() does, for a user whose UI language is `locale`.
    static void useLanguage(const QLocale &locale)
    {
        QLocale::setDefault(locale);
        installTranslations(*qApp);
    }

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions()) {
            titles << action->text();
        }
        return titles;
    }

    static QStringList sectionNames(const MainWindow &window)
    {
        QStringList names;
        const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int row = 0; navigation && row < navigation->count(); ++row) {
            names << navigation->item(row)->text();
        }
        return names;
    }

private Q_SLOTS:

    void initTestCase()
    {
        Result<std::unique_ptr<Profile>> profile = Profile::open(m_dir.path());
        QVERIFY(profile.ok());
        m_profile = std::move(profile).value();
    }

    // Each test starts from an application without catalogues.
    void cleanup()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

    void germanShowsAGermanWindow()
    {
        useLanguage(QLocale(QLocale::German, QLocale::Germany));
        Facade facade(*m_profile);
        MainWindow window(facade);

        QCOMPARE(menuTitles(window),
                 (QStringList{QStringLiteral("&Datei"),
                              QStringLiteral("&Endpunkt"),
                              QStringLiteral("&Ansicht"),
                              QStringLiteral("E&rneuerungen"),
                              QStringLiteral("E&xtras"),
                              QStringLiteral("&Hilfe")}));
        // Every section of the navigation, in order: a page added without its German name fails here.
        QCOMPARE(sectionNames(window),
                 (QStringList{QStringLiteral("Endpunkte"),
                              QStringLiteral("DNS-Einträge"),
                              QStringLiteral("CA-Konten"),
                              QStringLiteral("Aktivität"),
                              QStringLiteral("Challenges"),
                              QStringLiteral("API-Tokens"),
                              QStringLiteral("Hub")}));
        const auto *add = window.findChild<QPushButton *>(QStringLiteral("emptyStateAddButton"));
        QVERIFY(add);
        QCOMPARE(add->text(), QStringLiteral("&Neuer Endpunkt…"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Keine Endpunkte"));
        // Counts follow German plural rules.
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n endpoint(s)", nullptr, 1), QStringLiteral("1 Endpunkt"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n endpoint(s)", nullptr, 3),
                 QStringLiteral("3 Endpunkte"));
    }

    // A regional variant finds the language's catalogue.
    void austrianGermanIsGerman()
    {
        useLanguage(QLocale(QLocale::German, QLocale::Austria));
        Facade facade(*m_profile);
        MainWindow window(facade);
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&Datei"));
    }

    // "%n endpoint(s)" reads as English should: the en catalogue's singular and plural.
    void englishReadsSingularAndPlural()
    {
        useLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n endpoint(s)", nullptr, 1), QStringLiteral("1 endpoint"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n endpoint(s)", nullptr, 2),
                 QStringLiteral("2 endpoints"));
        QCOMPARE(QCoreApplication::translate("RelativeTime", "in %Ln day(s)", nullptr, 1), QStringLiteral("in 1 day"));
        Facade facade(*m_profile);
        MainWindow window(facade);
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    }

    // Languages without a catalogue, and the C locale, read English, with English plurals.
    void otherLanguagesGetTheEnglishCatalogue()
    {
        for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::Japanese, QLocale::Japan)}) {
            useLanguage(locale);
            QCOMPARE(QCoreApplication::translate("TrayController", "%n renewal(s) failed", nullptr, 1),
                     QStringLiteral("1 renewal failed"));
            cleanup();
        }
    }

    // Without a catalogue the window is English: the German texts above come from certdesk_de.qm.
    void withoutACatalogueTheWindowIsEnglish()
    {
        Facade facade(*m_profile);
        MainWindow window(facade);
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestLocalization)
#include "TestLocalization.moc"
