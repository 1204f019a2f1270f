#include "ChallengePublishers.h"
#include "HeadlessService.h"
#include "Localization.h"
#include "TestHooks.h"
#include "cli/CommandLine.h"
#include "cli/VerbRunner.h"
#include "cli/Verbs.h"

#include "core/Facade.h"
#include "core/LanguageSetting.h"
#include "core/Profile.h"
#include "core/hub/HubSettings.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationDomain(QStringLiteral("certdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("CertDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

QString dataDirFor(const Invocation &invocation)
{
    return invocation.dataDir.isEmpty() ? Profile::defaultDataDir() : invocation.dataDir;
}

int runHeadless(const Invocation &invocation, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTestHooks();
    // The service writes alert emails in the language chosen in the settings.
    installTranslations(app, LanguageSetting::readFromDataDir(dataDirFor(invocation)));
    Result<std::unique_ptr<Profile>> profile = Profile::open(dataDirFor(invocation));
    if (!profile) {
        print(stderr, QStringLiteral("certdesk: %1\n").arg(profile.problem().message()));
        return 1;
    }
    HeadlessService service(std::move(profile).value());
    if (Result<void> started = service.start(); !started) {
        print(stderr, QStringLiteral("certdesk: %1\n").arg(started.problem().message()));
        return 1;
    }
    return QCoreApplication::exec();
}

int runGui(const Invocation &invocation, int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    installTestHooks();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.certdesk.CertDesk"));
    // Before any widget exists, so every string is in the chosen language (read from the
    // profile's settings file; the profile itself is opened below).
    installTranslations(app, LanguageSetting::readFromDataDir(dataDirFor(invocation)));
    Result<std::unique_ptr<Profile>> profile = Profile::open(dataDirFor(invocation));
    if (!profile) {
        const Problem &problem = profile.problem();
        QMessageBox box(QMessageBox::Critical, QObject::tr("CertDesk"), problem.title);
        box.setInformativeText(QStringList{problem.detail, problem.hint}.join(QStringLiteral("\n\n")));
        box.setDetailedText(problem.technical);
        box.exec();
        return 1;
    }
    Facade facade(*profile.value());
    facade.setChallengePublisherFactory(challengePublisherFactory(profile.value()->store(), facade.secrets()));
    // The Hub page shows why the hub stopped; the status bar says so wherever the window is.
    QObject::connect(&facade, &Facade::hubFailed, &facade, &Facade::problemOccurred);
    MainWindow window(facade);
    if (invocation.minimized) {
        window.showMinimized();
    } else {
        window.show();
    }
    facade.start();
    window.offerSetupWizardIfNew();
    if (HubSettings::fromProfile(*profile.value()).enabled) {
        facade.startHub();
    }
    const int code = QApplication::exec();
    facade.shutdown();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const CommandLine commandLine(allVerbs());
    const Invocation invocation = commandLine.parse(arguments);

    switch (invocation.mode) {
    case Invocation::Mode::Version:
        print(stdout, CommandLine::versionText() + QLatin1Char('\n'));
        return 0;
    case Invocation::Mode::Help: {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        const Verb *verb = commandLine.find(invocation.verbPath);
        print(stdout, verb ? commandLine.verbHelpText(*verb) : commandLine.helpText());
        return 0;
    }
    case Invocation::Mode::UsageError:
        print(stderr, QStringLiteral("certdesk: %1\n").arg(invocation.error));
        return 2;
    case Invocation::Mode::Verb: {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTestHooks();
        installTranslations(app);
        return VerbRunner(commandLine).run(invocation);
    }
    case Invocation::Mode::Headless:
        return runHeadless(invocation, argc, argv);
    case Invocation::Mode::Gui:
        return runGui(invocation, argc, argv);
    }
    return 0;
}
