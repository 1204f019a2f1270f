#pragma once

#include "core/dns/DnsName.h"
#include "core/providers/DnsProviderConfig.h"
#include "ui/settings/SettingsPage.h"

class Facade;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The delegation zone (DESIGN.md, "CNAME delegation") and which of the existing DNS providers
// writes it; "New Provider…" creates one (ProviderDialog) and selects it.
class DelegationZonePage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit DelegationZonePage(Facade &facade, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    QWidget *validate() override;
    void save(std::function<void(Result<void>)> done) override;

    // The zone as typed, if it is a valid delegation zone; null otherwise.
    DnsName zone() const;

public Q_SLOTS:
    // Reads the provider list again (after a provider was added) and selects `selectId`.
    void reloadProviders(qint64 selectId = 0);

Q_SIGNALS:
    void zoneChanged(const DnsName &zone);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createProvider();
    void showProviders(const QList<DnsProviderConfig> &providers, qint64 selectId);
    void showZoneInUnicode();
    void updateProviderHint();
    qint64 chosenProviderId() const;

    Facade &m_facade;
    QLineEdit *m_zone;
    QLabel *m_zoneMessage;
    QComboBox *m_provider;
    QPushButton *m_newProvider;
    QLabel *m_providerMessage;
    QLabel *m_providerHint;
    QLabel *m_loadProblem;
    DnsName m_loadedZone;
    qint64 m_loadedProviderId = 0;
};
