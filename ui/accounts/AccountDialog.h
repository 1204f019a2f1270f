#pragma once

#include "core/acme/CaAccount.h"

#include <QDialog>

class AccountForm;
class Facade;
class QDialogButtonBox;
class QLabel;

// Registers a new account at a CA. The registration runs on the worker; the dialog stays
// open until the CA has answered and shows the CA's reason when it refuses.
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(Facade &facade, QWidget *parent = nullptr);

    AccountForm *form() const { return m_form; }

    const CaAccount &registeredAccount() const { return m_account; }

    void accept() override;

private:
    void updateButtons();

    Facade &m_facade;
    AccountForm *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    CaAccount m_account;
    bool m_busy = false;
};
