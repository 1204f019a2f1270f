#pragma once

#include <QWizardPage>

class DnsReviewPanel;
class Facade;
class QLabel;

// Step three: the DNS records the first endpoint needs, checked live while the page is open
// (and again by itself while one is not OK). The administrator may go on before they are all
// in place; the page says what that means.
class FirstRecordsPage final : public QWizardPage
{
    Q_OBJECT

public:
    FirstRecordsPage(Facade &facade, QWidget *parent = nullptr);

    void initializePage() override;

    DnsReviewPanel *panel() const { return m_panel; }

private:
    void updateNote();

    DnsReviewPanel *m_panel;
    QLabel *m_note;
};
