#pragma once

#include "core/dns/DnsName.h"
#include "core/dns/DnsSettings.h"
#include "ui/settings/SettingsPage.h"

class Facade;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// How CertDesk checks DNS records: the recursive resolvers it asks (and a test of them), the
// port of authoritative servers, how long a new TXT record may take to appear, and how often
// required records are checked in the background.
class DnsChecksPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit DnsChecksPage(Facade &facade, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    QWidget *validate() override;
    void save(std::function<void(Result<void>)> done) override;

    // The zone "Test Resolvers" asks for: the delegation zone as it is on its page.
    void setProbeZone(const DnsName &zone) { m_probeZone = zone; }

    QList<DnsServer> resolvers() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSettings(const DnsSettings &settings);
    // Adds what is typed in the address field; false (with a message) if it is not an address.
    bool addTypedResolver();
    void removeSelectedResolvers();
    void useSystemResolvers();
    void testResolvers();
    DnsSettings current() const;

    Facade &m_facade;
    QListWidget *m_resolvers;
    QLineEdit *m_resolverEdit;
    QPushButton *m_addResolver;
    QPushButton *m_removeResolver;
    QPushButton *m_systemResolvers;
    QLabel *m_resolverMessage;
    QSpinBox *m_authoritativePort;
    QSpinBox *m_confirmTimeout;
    QSpinBox *m_watchInterval;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_loadProblem;
    DnsSettings m_loaded; // keeps what the page does not show (CAA identities)
    DnsName m_probeZone;
};
