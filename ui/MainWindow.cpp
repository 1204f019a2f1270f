#include "MainWindow.h"

#include "core/Facade.h"
#include "core/Profile.h"
#include "core/dns/DnsName.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/CaAccountTableModel.h"
#include "ui/activity/ActivityLogPage.h"
#include "ui/challenges/ManagedChallengesPage.h"
#include "ui/common/ProblemText.h"
#include "ui/dns/DnsRecordsPage.h"
#include "ui/dns/DnsReviewPanel.h"
#include "ui/endpoints/EndpointActions.h"
#include "ui/endpoints/EndpointDetailsPane.h"
#include "ui/endpoints/EndpointListPage.h"
#include "ui/endpoints/EndpointTableModel.h"
#include "ui/hub/HubSettingsPanel.h"
#include "ui/settings/DesktopSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/tokens/ApiTokensPage.h"
#include "ui/tray/DesktopNotifier.h"
#include "ui/tray/TrayController.h"
#include "ui/wizard/SetupWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

MainWindow::MainWindow(Facade &facade, QWidget *parent)
    : QMainWindow(parent)
    , m_facade(facade)
    , m_model(new EndpointTableModel(this))
    , m_actions(new EndpointActions(facade, m_model, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_listPage(new EndpointListPage(facade,
                                      m_model,
                                      m_actions->addAction(),
                                      {m_actions->renewAction(),
                                       m_actions->checkDnsAction(),
                                       m_actions->editAction(),
                                       m_actions->exportAction(),
                                       m_actions->deleteAction()},
                                      this))
    , m_dnsPage(new DnsRecordsPage(facade, this))
    , m_accounts(new CaAccountTableModel(this))
    , m_accountsPage(new AccountsPage(facade, m_accounts, this))
    , m_activityPage(new ActivityLogPage(facade, m_model, this))
    , m_challengesPage(new ManagedChallengesPage(facade, this))
    , m_tokensPage(new ApiTokensPage(facade, this))
    , m_hubPage(new HubSettingsPanel(facade, m_model, this))
    , m_tray(new TrayController(facade, m_model, this, this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CertDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(170);
    // A quiet selection: the page's icons stay visible on it, in light and dark themes.
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation::item { padding-left: 6px; }"
                       "QListWidget#navigation::item:selected { background: palette(alternate-base); "
                       "color: palette(text); border-left: 3px solid palette(highlight); }"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    addPage(QIcon(QStringLiteral(":/icons/endpoints.svg")), tr("Endpoints"), m_listPage);
    addPage(QIcon(QStringLiteral(":/icons/dns-records.svg")), tr("DNS Records"), m_dnsPage);
    addPage(QIcon(QStringLiteral(":/icons/accounts.svg")), tr("CA Accounts"), m_accountsPage);
    addPage(QIcon(QStringLiteral(":/icons/activity.svg")), tr("Activity"), m_activityPage);
    addPage(QIcon(QStringLiteral(":/icons/challenges.svg")), tr("Challenges"), m_challengesPage);
    addPage(QIcon(QStringLiteral(":/icons/tokens.svg")), tr("API Tokens"), m_tokensPage);
    addPage(QIcon(QStringLiteral(":/icons/hub.svg")), tr("Hub"), m_hubPage);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(EndpointsSection);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);
    resize(1180, 700);
    createMenus();
    createToolBar();
    connectFacade();

    connect(m_listPage, &EndpointListPage::selectionChanged, m_actions, &EndpointActions::setSelection);
    connect(m_listPage, &EndpointListPage::activated, m_actions, &EndpointActions::edit);
    const auto showMessage = [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    };
    connect(m_actions, &EndpointActions::message, this, showMessage);
    connect(m_actions, &EndpointActions::dnsCheckRequested, this, &MainWindow::checkDns);
    connect(m_dnsPage->panel(), &DnsReviewPanel::message, this, showMessage);
    connect(m_listPage->detailsPane()->dnsPanel(), &DnsReviewPanel::message, this, showMessage);
    connect(m_accountsPage, &AccountsPage::message, this, showMessage);
    connect(m_challengesPage, &ManagedChallengesPage::message, this, showMessage);
    connect(m_tokensPage, &ApiTokensPage::message, this, showMessage);
    connect(m_hubPage, &HubSettingsPanel::message, this, showMessage);
    connect(m_actions, &EndpointActions::endpointAdded, this, [this](qint64 endpointId) {
        // The list learns of the new row through the facade's signal; select it once it is there.
        QMetaObject::invokeMethod(
            this,
            [this, endpointId] {
                m_listPage->selectEndpoint(endpointId);
            },
            Qt::QueuedConnection);
    });
    connect(m_tray, &TrayController::openRequested, this, [this] {
        if (isMinimized()) {
            showNormal();
        }
        show();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayController::endpointRequested, this, &MainWindow::showEndpoint);
    connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    updateStatus();
}

void MainWindow::addPage(const QIcon &icon, const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
    const int index = m_pages->count() - 1;
    auto *action = new QAction(icon, title, this);
    action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] {
        showSection(static_cast<Section>(index));
    });
    m_pageActions << action;
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(section);
}

void MainWindow::showEndpoint(qint64 endpointId)
{
    showSection(EndpointsSection);
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
    m_listPage->selectEndpoint(endpointId);
}

void MainWindow::checkDns(const QList<qint64> &endpointIds)
{
    if (endpointIds.isEmpty()) {
        return;
    }
    if (endpointIds.size() == 1) {
        showSection(EndpointsSection);
        m_listPage->selectEndpoint(endpointIds.first());
        m_listPage->detailsPane()->showDnsRecords();
        return;
    }
    showSection(DnsRecordsSection);
    m_dnsPage->showEndpoints(endpointIds);
    m_dnsPage->panel()->checkNow();
}

SetupWizard *MainWindow::openSetupWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new SetupWizard(m_facade, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::finished, this, [this] {
        if (m_wizard && m_wizard->endpointId() > 0) {
            showEndpoint(m_wizard->endpointId());
        }
    });
    m_wizard->open();
    return m_wizard;
}

SettingsDialog *MainWindow::openSettings()
{
    if (m_settings) {
        m_settings->raise();
        m_settings->activateWindow();
        return m_settings;
    }
    m_settings = new SettingsDialog(m_facade, this);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settings, &SettingsDialog::applied, this, &MainWindow::applyDesktopSettings);
    m_settings->open();
    return m_settings;
}

void MainWindow::applyDesktopSettings()
{
    const DesktopSettings desktop = DesktopSettings::load(m_facade.profile().settings());
    {
        // The File menu's action shows the stored value; it writes only what the administrator toggles.
        const QSignalBlocker blocker(m_keepRunning);
        m_keepRunning->setChecked(desktop.keepRunningInTray);
    }
    m_tray->setKeepRunning(desktop.keepRunningInTray);
    m_tray->notifier()->setEnabled(desktop.desktopNotifications);
}

void MainWindow::offerSetupWizardIfNew()
{
    m_facade.loadAccounts(this, [this](const Result<QList<CaAccount>> &accounts) {
        if (accounts && accounts->isEmpty()) {
            openSetupWizard();
        }
    });
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_actions->addAction());
    QAction *wizard = fileMenu->addAction(QIcon(QStringLiteral(":/icons/wizard.svg")), tr("&Setup Wizard…"));
    wizard->setObjectName(QStringLiteral("setupWizardAction"));
    connect(wizard, &QAction::triggered, this, &MainWindow::openSetupWizard);
    fileMenu->addSeparator();
    QAction *refresh = fileMenu->addAction(tr("Re&load"), &m_facade, &Facade::refreshEndpoints);
    refresh->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    m_keepRunning = fileMenu->addAction(tr("&Keep Running in the Tray"));
    m_keepRunning->setObjectName(QStringLiteral("keepRunningAction"));
    m_keepRunning->setCheckable(true);
    m_keepRunning->setEnabled(m_tray->isAvailable());
    m_keepRunning->setToolTip(tr("Closing the window leaves CertDesk in the tray, so renewals go on"));
    connect(m_keepRunning, &QAction::toggled, this, [this](bool keep) {
        m_tray->setKeepRunning(keep);
        QSettings &settings = m_facade.profile().settings();
        DesktopSettings desktop = DesktopSettings::load(settings);
        desktop.keepRunningInTray = keep;
        desktop.save(settings);
    });
    applyDesktopSettings();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *endpointMenu = menuBar()->addMenu(tr("&Endpoint"));
    endpointMenu->addAction(m_actions->renewAction());
    endpointMenu->addAction(m_actions->checkDnsAction());
    endpointMenu->addAction(m_actions->editAction());
    endpointMenu->addAction(m_actions->exportAction());
    endpointMenu->addSeparator();
    endpointMenu->addAction(m_actions->deleteAction());
    // Delete is bound to the list, so the filter's own delete key keeps working.
    m_listPage->table()->addAction(m_actions->deleteAction());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addActions(m_pageActions);

    QMenu *renewalsMenu = menuBar()->addMenu(tr("&Renewals"));
    QAction *dueNow = renewalsMenu->addAction(tr("Renew &Due Certificates Now"), &m_facade, &Facade::renewDueNow);
    dueNow->setObjectName(QStringLiteral("renewDueAction"));
    renewalsMenu->addAction(m_tray->pauseAction());

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = toolsMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About CertDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Endpoints"));
    toolBar->setObjectName(QStringLiteral("endpointToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_actions->addAction());
    toolBar->addSeparator();
    toolBar->addAction(m_actions->renewAction());
    toolBar->addAction(m_actions->checkDnsAction());
    toolBar->addAction(m_actions->exportAction());
    toolBar->addAction(m_actions->deleteAction());
}

void MainWindow::connectFacade()
{
    connect(&m_facade, &Facade::endpointsChanged, m_model, &EndpointTableModel::setEndpoints);
    connect(&m_facade, &Facade::endpointUpdated, m_model, &EndpointTableModel::upsertEndpoint);
    connect(&m_facade, &Facade::endpointsRemoved, m_model, &EndpointTableModel::removeEndpoints);
    connect(&m_facade, &Facade::accountsChanged, m_model, &EndpointTableModel::setAccounts);
    connect(&m_facade, &Facade::accountsChanged, m_accounts, &CaAccountTableModel::setAccounts);
    connect(&m_facade, &Facade::orderQueued, m_model, [this](qint64 endpointId) {
        m_model->setOrderRunning(endpointId, true);
    });
    connect(&m_facade, &Facade::orderProgress, m_model, [this](qint64 endpointId) {
        m_model->setOrderRunning(endpointId, true);
    });
    connect(&m_facade, &Facade::orderFinished, this, [this](qint64 endpointId, bool succeeded, const Problem &problem) {
        m_model->setOrderRunning(endpointId, false);
        const int row = m_model->rowOf(endpointId);
        const QString name =
            row < 0 ? QString() : DnsName::fromNormalised(m_model->endpointAt(row).names.value(0)).display();
        statusBar()->showMessage(succeeded ? tr("New certificate for %1.").arg(name)
                                           : tr("No certificate for %1: %2").arg(name, ProblemText::oneLine(problem)),
                                 15000);
    });
    connect(&m_facade, &Facade::problemOccurred, this, &MainWindow::showProblem);
    // "DNS action needed" in the list: what the stored checks say, then every live check.
    connect(&m_facade, &Facade::requiredRecordsChecked, m_model, &EndpointTableModel::applyRecordStatuses);
    m_facade.loadRecordChecks(this, [this](const Result<QList<RecordStatusRepository::Entry>> &checks) {
        if (checks) {
            m_model->setRecordChecks(checks.value());
        } else {
            showProblem(checks.problem());
        }
    });
    m_facade.loadAccounts(this, [this](const Result<QList<CaAccount>> &accounts) {
        if (accounts) {
            m_model->setAccounts(accounts.value());
            m_accounts->setAccounts(accounts.value());
        } else {
            showProblem(accounts.problem());
        }
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tray->keepsRunning()) {
        // Renewals must go on: the window goes, CertDesk stays in the tray.
        hide();
        event->ignore();
        m_tray->noteWindowHidden();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About CertDesk"),
                       tr("<h3>CertDesk %1</h3><p>Managed HTTPS for administrators: certificates from any ACME CA, "
                          "renewed in the background, with the DNS records to create checked live.</p>"
                          "<p>Profile: %2</p>")
                           .arg(QStringLiteral(CERTDESK_VERSION),
                                QDir::toNativeSeparators(m_facade.profile().dataDir()).toHtmlEscaped()));
}

void MainWindow::showProblem(const Problem &problem)
{
    statusBar()->showMessage(ProblemText::oneLine(problem), 15000);
}

void MainWindow::updateStatus()
{
    const int count = m_model->rowCount();
    m_statusLabel->setText(count == 0 ? tr("No endpoints") : tr("%n endpoint(s)", nullptr, count));
}
