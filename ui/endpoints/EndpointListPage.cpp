#include "EndpointListPage.h"

#include "EndpointTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

EndpointListPage::EndpointListPage(EndpointTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedLayout(this))
    , m_emptyState(new QWidget(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EndpointTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_table->setObjectName(QStringLiteral("endpointTable"));
    m_table->setAccessibleName(tr("Endpoints"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EndpointTableModel::NamesColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_emptyState->setObjectName(QStringLiteral("endpointEmptyState"));
    auto *title = new QLabel(tr("No endpoints yet"), m_emptyState);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *explanation =
        new QLabel(tr("An endpoint is a host name, or a few, served by one of your servers or load balancers. "
                      "CertDesk obtains its certificate from your CA, renews it before it expires, and tells you "
                      "exactly which DNS records to create.\n\nAdd your first endpoint to get started; internal "
                      "names work too, through DNS delegation."),
                   m_emptyState);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setMaximumWidth(520);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch();
    emptyLayout->addWidget(title);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(explanation, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_table);

    connect(m_model, &QAbstractItemModel::modelReset, this, &EndpointListPage::updatePage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EndpointListPage::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EndpointListPage::updatePage);
    updatePage();
}

bool EndpointListPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void EndpointListPage::updatePage()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? m_emptyState : static_cast<QWidget *>(m_table));
}
