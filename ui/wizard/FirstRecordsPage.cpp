#include "FirstRecordsPage.h"

#include "SetupWizard.h"

#include "ui/dns/DnsReviewPanel.h"
#include "ui/dns/RequiredRecordModel.h"

#include <QLabel>
#include <QVBoxLayout>

FirstRecordsPage::FirstRecordsPage(Facade &facade, QWidget *parent)
    : QWizardPage(parent)
    , m_panel(new DnsReviewPanel(facade, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("recordsPage"));
    setTitle(tr("DNS records"));
    setSubTitle(tr("Create these records at your DNS provider. CertDesk checks them live as you go."));
    // The next page orders the certificate.
    m_panel->setIssueButtonVisible(false);
    m_note->setObjectName(QStringLiteral("recordsPageNote"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_note);
    connect(m_panel, &DnsReviewPanel::recordsLoaded, this, &FirstRecordsPage::updateNote);
    connect(m_panel, &DnsReviewPanel::checkFinished, this, &FirstRecordsPage::updateNote);
    connect(m_panel->model(), &QAbstractItemModel::dataChanged, this, &FirstRecordsPage::updateNote);
}

void FirstRecordsPage::initializePage()
{
    m_note->clear();
    m_panel->showEndpoints({static_cast<SetupWizard *>(wizard())->endpointId()});
}

void FirstRecordsPage::updateNote()
{
    const RequiredRecordModel *model = m_panel->model();
    if (!m_panel->isLoaded()) {
        m_note->clear();
    } else if (model->rowCount() == 0) {
        m_note->setText(tr("Nothing to create for this endpoint. Continue to order its certificate."));
    } else if (m_panel->isReadyToIssue()) {
        m_note->setText(tr("Every record is in place. Continue to order the certificate."));
    } else {
        m_note->setText(tr("Not every record is in place yet. You can continue anyway: the first order fails until "
                           "the CA can see them, and the endpoint list shows “DNS action needed” meanwhile. "
                           "Records can take a few minutes to appear at every server; CertDesk checks again by "
                           "itself."));
    }
}
