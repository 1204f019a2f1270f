// Opens CertDesk's main window on a profile and saves a PNG of each main screen, for people
// to review the look (tools/screenshots.sh prepares a demo profile and a display for it).
//   certdesk-screenshots --data-dir DIR --out DIR [--select NAME]

#include "core/Facade.h"
#include "core/Profile.h"
#include "core/acme/CaAccountRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountForm.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/activity/ActivityLogModel.h"
#include "ui/activity/ActivityLogPage.h"
#include "ui/challenges/ManagedChallengeDialog.h"
#include "ui/challenges/ManagedChallengeTableModel.h"
#include "ui/challenges/ManagedChallengesPage.h"
#include "ui/dns/DnsRecordsPage.h"
#include "ui/dns/DnsReviewPanel.h"
#include "ui/endpoints/EndpointActions.h"
#include "ui/endpoints/EndpointDetailsPane.h"
#include "ui/endpoints/EndpointEditorDialog.h"
#include "ui/endpoints/EndpointListPage.h"
#include "ui/endpoints/EndpointTableModel.h"
#include "ui/endpoints/ExportDialog.h"
#include "ui/hub/HubSettingsPanel.h"
#include "ui/providers/DnsProviderTableModel.h"
#include "ui/providers/ProviderDialog.h"
#include "ui/tokens/ApiTokenTableModel.h"
#include "ui/tokens/ApiTokensPage.h"
#include "ui/tokens/TokenDialog.h"
#include "ui/tokens/TokenSecretDialog.h"
#include "ui/wizard/SetupWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// Lets queued signals, timers and repaints run for a while.
void settle(int milliseconds = 300)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &condition, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > milliseconds) {
            return false;
        }
        settle(50);
    }
    return true;
}

class Tour
{
public:
    Tour(QString out)
        : m_out(std::move(out))
    {
    }

    void save(QWidget *widget, const QString &name)
    {
        settle();
        const QString path =
            QDir(m_out).filePath(QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
        if (!widget->grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            m_failed = true;
            return;
        }
        std::printf("%s\n", qPrintable(path));
    }

    bool failed() const { return m_failed; }

private:
    QString m_out;
    int m_count = 0;
    bool m_failed = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CertDesk"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("The profile to show."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where the PNG files go."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("select"), QStringLiteral("The endpoint to show the details of."), QStringLiteral("NAME")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("data-dir")) || !parser.isSet(QStringLiteral("out"))) {
        parser.showHelp(2);
    }
    QDir().mkpath(parser.value(QStringLiteral("out")));
    Result<std::unique_ptr<Profile>> profile = Profile::open(parser.value(QStringLiteral("data-dir")));
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(profile.problem().message()));
        return 1;
    }
    Tour tour(parser.value(QStringLiteral("out")));
    Facade facade(*profile.value());
    bool loaded = false;
    QObject::connect(&facade, &Facade::endpointsChanged, &app, [&loaded] {
        loaded = true;
    });
    MainWindow window(facade);
    window.show();
    facade.start();
    // Renewals are not what this is about: nothing changes while the pictures are taken.
    facade.setRenewalsPaused(true);
    if (!waitFor(
            [&loaded] {
                return loaded;
            },
            20000)) {
        std::fprintf(stderr, "the endpoint list did not load\n");
        return 1;
    }
    settle(800);

    EndpointListPage *list = window.endpointListPage();
    if (parser.isSet(QStringLiteral("select"))) {
        const Result<Endpoint> selected =
            EndpointRepository(profile.value()->store()).findByName(parser.value(QStringLiteral("select")));
        if (selected) {
            bool shown = false;
            QObject::connect(list->detailsPane(), &EndpointDetailsPane::detailsShown, &app, [&shown] {
                shown = true;
            });
            list->selectEndpoint(selected->id);
            waitFor(
                [&shown] {
                    return shown;
                },
                10000);
        }
    }
    tour.save(&window, QStringLiteral("endpoints"));
    QTabWidget *tabs = list->detailsPane()->tabs();
    const QStringList tabNames{QStringLiteral("certificate"),
                               QStringLiteral("settings"),
                               QStringLiteral("dns"),
                               QStringLiteral("orders"),
                               QStringLiteral("activity")};
    for (int tab = 1; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        if (tabs->currentWidget() == list->detailsPane()->dnsPanel()) {
            // Shown once its live check is on screen.
            DnsReviewPanel *panel = list->detailsPane()->dnsPanel();
            waitFor(
                [panel] {
                    return panel->isLoaded() && !panel->isChecking();
                },
                15000);
        }
        tour.save(&window, QStringLiteral("details-") + tabNames.value(tab));
    }
    tabs->setCurrentIndex(0);

    // An endpoint whose order failed, with the reason in its activity.
    EndpointTableModel *model = window.endpointModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->stateAt(row) != EndpointStatus::State::Failed) {
            continue;
        }
        bool shown = false;
        const QMetaObject::Connection connection =
            QObject::connect(list->detailsPane(), &EndpointDetailsPane::detailsShown, &app, [&shown] {
                shown = true;
            });
        list->selectEndpoint(model->endpointAt(row).id);
        waitFor(
            [&shown] {
                return shown;
            },
            10000);
        QObject::disconnect(connection);
        tabs->setCurrentIndex(3);
        tour.save(&window, QStringLiteral("endpoint-failed"));
        tabs->setCurrentIndex(0);
        break;
    }

    list->filterEdit()->setText(QStringLiteral("example"));
    tour.save(&window, QStringLiteral("endpoints-filtered"));
    list->filterEdit()->clear();

    window.endpointActions()->editAction()->trigger();
    if (auto *editor = window.findChild<EndpointEditorDialog *>()) {
        tour.save(editor, QStringLiteral("endpoint-editor"));
        editor->reject();
    }
    window.endpointActions()->addAction()->trigger();
    if (auto *editor = window.findChild<EndpointEditorDialog *>()) {
        tour.save(editor, QStringLiteral("endpoint-new"));
        editor->reject();
    }
    if (window.endpointActions()->exportAction()->isEnabled()) {
        window.endpointActions()->exportAction()->trigger();
        if (auto *dialog = window.findChild<ExportDialog *>()) {
            tour.save(dialog, QStringLiteral("export"));
            dialog->reject();
        }
    }

    window.showSection(MainWindow::DnsRecordsSection);
    DnsReviewPanel *records = window.dnsRecordsPage()->panel();
    waitFor(
        [records] {
            return records->isLoaded() && !records->isChecking();
        },
        15000);
    tour.save(&window, QStringLiteral("dns-records"));

    window.showSection(MainWindow::AccountsSection);
    tour.save(&window, QStringLiteral("accounts"));
    window.accountsPage()->addAccount();
    if (auto *dialog = window.findChild<AccountDialog *>()) {
        // The profile's own CA (the lab's), so the picture shows real terms of service and
        // nothing is asked of a CA on the internet.
        const Result<QList<CaAccount>> accounts = CaAccountRepository(profile.value()->store()).list();
        if (accounts && !accounts->isEmpty()) {
            auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("presetCombo"));
            preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
            dialog->findChild<QLineEdit *>(QStringLiteral("bundleEdit"))->setText(accounts->first().caBundlePath);
            dialog->findChild<QLineEdit *>(QStringLiteral("directoryEdit"))
                ->setText(accounts->first().directoryUrl.toString());
            dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("ops@example.test"));
        }
        waitFor(
            [dialog] {
                return dialog->form()->termsOfService().isValid();
            },
            5000);
        tour.save(dialog, QStringLiteral("account-new"));
        dialog->reject();
    }

    window.showSection(MainWindow::ActivitySection);
    waitFor(
        [&window] {
            return window.activityPage()->model()->rowCount() > 0;
        },
        10000);
    tour.save(&window, QStringLiteral("activity"));

    window.showSection(MainWindow::ChallengesSection);
    ManagedChallengesPage *challenges = window.challengesPage();
    waitFor(
        [challenges] {
            return challenges->model()->rowCount() > 0 && challenges->providerModel()->rowCount() > 0;
        },
        10000);
    tour.save(&window, QStringLiteral("challenges"));
    challenges->table()->selectRow(0);
    challenges->editChallenge();
    if (auto *dialog = window.findChild<ManagedChallengeDialog *>()) {
        dialog->findChild<QLineEdit *>(QStringLiteral("testNamesEdit"))
            ->setText(QStringLiteral("www.example.test a.b.example.test example.org"));
        tour.save(dialog, QStringLiteral("challenge-editor"));
        dialog->reject();
    }
    challenges->providerTable()->selectRow(0);
    challenges->editProvider();
    if (auto *dialog = window.findChild<ProviderDialog *>()) {
        tour.save(dialog, QStringLiteral("provider-editor"));
        dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->click();
        waitFor(
            [dialog] {
                return dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->isEnabled();
            },
            10000);
        tour.save(dialog, QStringLiteral("provider-tested"));
        dialog->reject();
    }

    window.showSection(MainWindow::TokensSection);
    ApiTokensPage *tokens = window.tokensPage();
    waitFor(
        [tokens] {
            return tokens->model()->rowCount() > 0;
        },
        10000);
    tour.save(&window, QStringLiteral("tokens"));
    tokens->createToken();
    TokenDialog *tokenDialog = nullptr;
    waitFor(
        [&window, &tokenDialog] {
            tokenDialog = window.findChild<TokenDialog *>();
            return tokenDialog != nullptr;
        },
        5000);
    if (tokenDialog) {
        tokenDialog->findChild<QLineEdit *>(QStringLiteral("consumerEdit"))->setText(QStringLiteral("laptop-07"));
        tokenDialog->findChild<QListWidget *>(QStringLiteral("challengeList"))->item(0)->setCheckState(Qt::Checked);
        tour.save(tokenDialog, QStringLiteral("token-new"));
        tokenDialog->findChild<QPushButton *>(QStringLiteral("createTokenButton"))->click();
        TokenSecretDialog *secret = nullptr;
        waitFor(
            [&window, &secret] {
                secret = window.findChild<TokenSecretDialog *>();
                return secret != nullptr;
            },
            10000);
        if (secret) {
            secret->findChild<QLineEdit *>(QStringLiteral("snippetDomainEdit"))
                ->setText(QStringLiteral("www.example.test"));
            tour.save(secret, QStringLiteral("token-secret"));
            secret->reject();
        }
    }

    window.showSection(MainWindow::HubSection);
    HubSettingsPanel *hub = window.hubPage();
    waitFor(
        [hub] {
            return hub->isLoaded();
        },
        5000);
    tour.save(&window, QStringLiteral("hub"));
    bool hubStarted = false;
    QObject::connect(&facade, &Facade::hubStarted, &app, [&hubStarted] {
        hubStarted = true;
    });
    hub->findChild<QCheckBox *>(QStringLiteral("hubSwitch"))->click();
    waitFor(
        [&hubStarted] {
            return hubStarted;
        },
        20000);
    tour.save(&window, QStringLiteral("hub-running"));
    hub->findChild<QCheckBox *>(QStringLiteral("hubSwitch"))->click();
    settle(500);

    window.showSection(MainWindow::EndpointsSection);
    SetupWizard *wizard = window.openSetupWizard();
    settle();
    tour.save(wizard, QStringLiteral("wizard-welcome"));
    wizard->next();
    // With an account in the profile, the page offers to keep it.
    waitFor(
        [wizard] {
            auto *existing = wizard->currentPage()->findChild<QWidget *>(QStringLiteral("useExistingAccountRadio"));
            return existing && existing->isVisible();
        },
        5000);
    tour.save(wizard, QStringLiteral("wizard-account"));
    wizard->next();
    tour.save(wizard, QStringLiteral("wizard-endpoint"));
    wizard->reject();

    facade.shutdown();
    return tour.failed() ? 1 : 0;
}
