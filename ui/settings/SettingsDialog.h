#pragma once

#include <QDialog>
#include <QList>

class DelegationZonePage;
class DnsChecksPage;
class Facade;
class GeneralPage;
class NotificationsPage;
class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class SettingsPage;

// CertDesk's settings, one page per subject. Nothing is written until OK or Apply, and then
// only if every page's input is valid (a message beside each wrong field says what to fix);
// Cancel forgets every change.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Page {
        General,
        DnsChecks,
        Delegation,
        Notifications,
    };

    explicit SettingsDialog(Facade &facade, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

    GeneralPage *generalPage() const { return m_general; }

    DnsChecksPage *dnsChecksPage() const { return m_dns; }

    DelegationZonePage *delegationZonePage() const { return m_delegation; }

    NotificationsPage *notificationsPage() const { return m_notifications; }

    // Every page has its stored values (or said why it could not read them).
    bool isLoaded() const;

    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void accept() override;
    // Validates and saves every changed page; the dialog stays open.
    void apply();

Q_SIGNALS:
    // Settings were written: whoever shows them elsewhere (the File menu, the tray) reads them again.
    void applied();

private:
    void addPage(SettingsPage *page);
    // false if a page's input is invalid (that page is shown, its first wrong field focused).
    bool validateAll();
    void save(bool closeWhenDone);
    void updateButtons();

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    GeneralPage *m_general;
    DnsChecksPage *m_dns;
    DelegationZonePage *m_delegation;
    NotificationsPage *m_notifications;
    QList<SettingsPage *> m_pages;
    bool m_saving = false;
};
