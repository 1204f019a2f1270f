#pragma once

#include <QWizardPage>

class EndpointForm;
class Facade;
class QLabel;

// Step two: the first endpoint, with the same form (and the same checks) as the editor.
// It is stored when the page is left.
class FirstEndpointPage final : public QWizardPage
{
    Q_OBJECT

public:
    FirstEndpointPage(Facade &facade, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    EndpointForm *form() const { return m_form; }

private:
    Facade &m_facade;
    EndpointForm *m_form;
    QLabel *m_status;
    qint64 m_savedId = 0;
    bool m_busy = false;
    bool m_justSaved = false;
};
