#pragma once

#include "core/dns/DnsName.h"

#include <QWizardPage>

class Facade;
class ProviderForm;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

// Step two: the delegation zone (DESIGN.md, "CNAME delegation") and the DNS provider that
// writes it. Leaving the page tests the provider's connection with the credential as typed and
// stores the provider (credential in the keychain) and the zone only when the test passes.
// An administrator who validates over http-01, or sets this up later in Settings, skips it; a
// zone that is already set up is kept unless they choose to change it.
class DelegationPage final : public QWizardPage
{
    Q_OBJECT

public:
    DelegationPage(Facade &facade, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ProviderForm *providerForm() const { return m_form; }

private:
    enum Choice {
        SetUp,
        Keep,
        Later
    };

    Choice choice() const;
    void updateEnabled();
    void finishWith(const QString &problemHtml);

    Facade &m_facade;
    QRadioButton *m_setUp;
    QRadioButton *m_keep;
    QRadioButton *m_later;
    QButtonGroup *m_choices;
    QWidget *m_details;
    QLineEdit *m_zone;
    QLabel *m_zoneMessage;
    ProviderForm *m_form;
    QLabel *m_status;
    bool m_busy = false;
    bool m_justSaved = false;
};
