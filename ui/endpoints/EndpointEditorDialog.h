#pragma once

#include "core/endpoints/Endpoint.h"

#include <QDialog>

class EndpointForm;
class Facade;
class QDialogButtonBox;
class QLabel;

// Adds an endpoint, or changes one. The form checks as it is typed; saving goes to the
// worker through the facade, and the dialog closes once the worker has stored it (or shows
// why it could not, for example a name another endpoint already has).
class EndpointEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new endpoint.
    EndpointEditorDialog(Facade &facade, QWidget *parent = nullptr);
    // Changes `endpoint`.
    EndpointEditorDialog(Facade &facade, const Endpoint &endpoint, QWidget *parent = nullptr);

    EndpointForm *form() const { return m_form; }

    // The endpoint as stored, once accepted.
    const Endpoint &savedEndpoint() const { return m_saved; }

    void accept() override;

private:
    void setUp();
    void setBusy(bool busy);

    Facade &m_facade;
    bool m_editing = false;
    EndpointForm *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    Endpoint m_saved;
};
