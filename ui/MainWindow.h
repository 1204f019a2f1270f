#pragma once

#include <QMainWindow>
#include <QPointer>

class AccountsPage;
class ActivityLogPage;
class ApiTokensPage;
class CaAccountTableModel;
class DnsRecordsPage;
class EndpointActions;
class EndpointListPage;
class EndpointTableModel;
class Facade;
class HubSettingsPanel;
class ManagedChallengesPage;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class SettingsDialog;
class SetupWizard;
class TrayController;
struct Problem;

// Wires the pages, menus and status bar to the facade. Holds no logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Section {
        EndpointsSection,
        DnsRecordsSection,
        AccountsSection,
        ActivitySection,
        // Appended, so Ctrl+1 to Ctrl+3 stay where they were.
        ChallengesSection,
        TokensSection,
        HubSection,
    };

    explicit MainWindow(Facade &facade, QWidget *parent = nullptr);

    EndpointListPage *endpointListPage() const { return m_listPage; }

    EndpointTableModel *endpointModel() const { return m_model; }

    EndpointActions *endpointActions() const { return m_actions; }

    CaAccountTableModel *accountModel() const { return m_accounts; }

    AccountsPage *accountsPage() const { return m_accountsPage; }

    DnsRecordsPage *dnsRecordsPage() const { return m_dnsPage; }

    ActivityLogPage *activityPage() const { return m_activityPage; }

    ManagedChallengesPage *challengesPage() const { return m_challengesPage; }

    ApiTokensPage *tokensPage() const { return m_tokensPage; }

    HubSettingsPanel *hubPage() const { return m_hubPage; }

    TrayController *trayController() const { return m_tray; }

    void showSection(Section section);
    // Brings the window up with this endpoint selected (from a notification, say).
    void showEndpoint(qint64 endpointId);
    // "Check DNS": one endpoint's records in its details, several on the DNS Records page,
    // checked live now.
    void checkDns(const QList<qint64> &endpointIds);
    // The setup wizard (from the File menu); returns the open one if it is already shown.
    SetupWizard *openSetupWizard();
    // The settings dialog (Tools menu); returns the open one if it is already shown.
    SettingsDialog *openSettings();
    // On a new profile (no CA account yet), opens the setup wizard once the accounts are read.
    void offerSetupWizardIfNew();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QIcon &icon, const QString &title, QWidget *page);
    void createMenus();
    void createToolBar();
    void connectFacade();
    void showAbout();
    void showProblem(const Problem &problem);
    void updateStatus();
    // The tray and the File menu follow the desktop settings (after the settings dialog wrote them).
    void applyDesktopSettings();

    Facade &m_facade;
    EndpointTableModel *m_model;
    EndpointActions *m_actions;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    EndpointListPage *m_listPage;
    DnsRecordsPage *m_dnsPage;
    CaAccountTableModel *m_accounts;
    AccountsPage *m_accountsPage;
    ActivityLogPage *m_activityPage;
    ManagedChallengesPage *m_challengesPage;
    ApiTokensPage *m_tokensPage;
    HubSettingsPanel *m_hubPage;
    TrayController *m_tray;
    QLabel *m_statusLabel;
    QList<QAction *> m_pageActions;
    QAction *m_keepRunning = nullptr;
    // Guarded pointers, not a destroyed() handler: the dialogs are children, so they die inside
    // ~QWidget, when a handler would write to a MainWindow that no longer exists.
    QPointer<SetupWizard> m_wizard;
    QPointer<SettingsDialog> m_settings;
};
