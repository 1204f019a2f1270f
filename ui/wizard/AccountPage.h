#pragma once

#include "core/acme/CaAccount.h"

#include <QWizardPage>

class AccountForm;
class Facade;
class QLabel;
class QRadioButton;

// Step one: a CA account. With accounts already there, the default one can be kept;
// otherwise the account form registers a new one when the page is left.
class AccountPage final : public QWizardPage
{
    Q_OBJECT

public:
    AccountPage(Facade &facade, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    AccountForm *form() const { return m_form; }

private:
    bool registeringNew() const;

    Facade &m_facade;
    QRadioButton *m_useExisting;
    QRadioButton *m_registerNew;
    AccountForm *m_form;
    QLabel *m_status;
    QList<CaAccount> m_accounts;
    bool m_busy = false;
    bool m_registered = false;
};
