#include "DnsRecordsPage.h"

#include "DnsReviewPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DnsRecordsPage::DnsRecordsPage(Facade &facade, QWidget *parent)
    : QWidget(parent)
    , m_scope(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show &All Endpoints"), this))
    , m_panel(new DnsReviewPanel(facade, this))
{
    setObjectName(QStringLiteral("dnsRecordsPage"));
    auto *title = new QLabel(tr("DNS Records"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *explanation = new QLabel(tr("Every record your endpoints need, checked live at each zone's authoritative "
                                      "servers and at the resolvers a CA sees. Create what is missing at your DNS "
                                      "provider; CertDesk checks again by itself while something is not OK."),
                                   this);
    explanation->setWordWrap(true);
    m_scope->setObjectName(QStringLiteral("dnsPageScope"));
    m_showAll->setObjectName(QStringLiteral("showAllRecordsButton"));
    connect(m_showAll, &QPushButton::clicked, this, &DnsRecordsPage::showAllEndpoints);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(scopeRow);
    layout->addWidget(m_panel, 1);
    showAllEndpoints();
}

void DnsRecordsPage::showAllEndpoints()
{
    m_panel->showAllEndpoints();
    m_scope->setText(tr("Showing the records of every endpoint."));
    m_showAll->hide();
}

void DnsRecordsPage::showEndpoints(const QList<qint64> &endpointIds)
{
    m_panel->showEndpoints(endpointIds);
    m_scope->setText(tr("Showing the records of %n selected endpoint(s).", nullptr, int(endpointIds.size())));
    m_showAll->show();
}
