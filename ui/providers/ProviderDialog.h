#pragma once

#include "core/providers/DnsProviderConfig.h"

#include <QDialog>

class Facade;
class ProviderForm;
class QDialogButtonBox;
class QLabel;

// Creates or edits one DNS provider on its own, for any part of the window that needs one: a
// managed challenge, the delegation zone, the setup wizard.
//
//     auto *dialog = new ProviderDialog(facade, this);         // or (facade, savedProvider, this)
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     dialog->form()->setKind(QStringLiteral("rfc2136"));      // optional: a kind, field values
//     dialog->form()->setFieldValue(QStringLiteral("zone"), QStringLiteral("acme.example.com"));
//     connect(dialog, &ProviderDialog::providerSaved, this, [](const DnsProviderConfig &saved) {
//         // saved.id is the new (or edited) provider's id
//     });
//     dialog->open();
//
// *Save* checks the form, then stores it through Facade::saveProvider: the settings in the
// database, the credential in the keychain only. The dialog closes once both are stored and
// stays open with the reason when they are not. It never keeps the credential: the form's
// password field is cleared once it is saved. *Test connection* is in the form.
class ProviderDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new provider.
    explicit ProviderDialog(Facade &facade, QWidget *parent = nullptr);
    // Edits a saved provider: its kind stays, and its credential stays unless a new one is typed.
    ProviderDialog(Facade &facade, const DnsProviderConfig &provider, QWidget *parent = nullptr);

    ProviderForm *form() const { return m_form; }

    // The provider as stored (with its id), once providerSaved was emitted.
    const DnsProviderConfig &savedProvider() const { return m_saved; }

    void accept() override;

Q_SIGNALS:
    void providerSaved(const DnsProviderConfig &provider);

private:
    void setBusy(bool busy);

    Facade &m_facade;
    ProviderForm *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    DnsProviderConfig m_saved;
    bool m_busy = false;
};
