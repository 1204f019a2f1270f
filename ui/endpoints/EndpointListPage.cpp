#include "EndpointListPage.h"

#include "EndpointDetailsPane.h"
#include "EndpointFilterModel.h"
#include "EndpointTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedLayout>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

EndpointListPage::EndpointListPage(Facade &facade,
                                   EndpointTableModel *model,
                                   QAction *addAction,
                                   const QList<QAction *> &detailActions,
                                   QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EndpointFilterModel(model, this))
    , m_stack(new QStackedLayout(this))
    , m_emptyState(createEmptyState(addAction))
    , m_listPage(new QWidget(this))
    , m_filter(new QLineEdit(m_listPage))
    , m_count(new QLabel(m_listPage))
    , m_splitter(new QSplitter(Qt::Vertical, m_listPage))
    , m_table(new QTableView(m_splitter))
    , m_details(new EndpointDetailsPane(facade, detailActions, m_splitter))
    , m_clock(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("endpointFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, target, CA or status (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter endpoints"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("endpointCount"));
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EndpointFilterModel::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, &EndpointListPage::updateCount);
    // Down from the filter goes to the list, Escape clears the filter.
    m_filter->installEventFilter(this);

    m_table->setObjectName(QStringLiteral("endpointTable"));
    m_table->setAccessibleName(tr("Endpoints"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EndpointTableModel::NamesColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures ten thousand rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(EndpointTableModel::NamesColumn, 22 * em);
    // Wide enough for the longest status ("DNS action needed") beside its icon.
    int statusWidth = 0;
    for (const EndpointStatus::State state : {EndpointStatus::State::Failed,
                                              EndpointStatus::State::Expired,
                                              EndpointStatus::State::Expiring,
                                              EndpointStatus::State::DnsActionNeeded,
                                              EndpointStatus::State::Renewing,
                                              EndpointStatus::State::New,
                                              EndpointStatus::State::Ok}) {
        statusWidth = std::max(statusWidth, m_table->fontMetrics().horizontalAdvance(EndpointStatus::text(state)));
    }
    header->resizeSection(EndpointTableModel::StatusColumn,
                          statusWidth + m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 2 * em);
    header->resizeSection(EndpointTableModel::ExpiresColumn, 16 * em);
    header->resizeSection(EndpointTableModel::NextRenewalColumn, 16 * em);
    header->resizeSection(EndpointTableModel::ExposureColumn, 6 * em);
    header->resizeSection(EndpointTableModel::ValidationColumn, 7 * em);
    m_table->installEventFilter(this);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(EndpointTableModel::EndpointIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EndpointListPage::emitSelection);
    connect(this, &EndpointListPage::selectionChanged, m_details, &EndpointDetailsPane::showEndpoints);

    m_splitter->setObjectName(QStringLiteral("endpointSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    // The list gets the room; the details of one endpoint fit in a band below it.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_listPage);

    connect(m_model, &QAbstractItemModel::modelReset, this, &EndpointListPage::updatePage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EndpointListPage::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EndpointListPage::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EndpointListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EndpointListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EndpointListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EndpointListPage::updateCount);

    // "in 3 days" must not go stale while the window stays open.
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, m_model, &EndpointTableModel::refreshTimes);
    m_clock->start();
    updatePage();
}

QWidget *EndpointListPage::createEmptyState(QAction *addAction)
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("endpointEmptyState"));
    auto *title = new QLabel(tr("No endpoints yet"), page);
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
                   page);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(explanation, 0, Qt::AlignHCenter);
    if (addAction) {
        auto *button = new QPushButton(addAction->icon(), addAction->text(), page);
        button->setObjectName(QStringLiteral("emptyStateAddButton"));
        connect(button, &QPushButton::clicked, addAction, &QAction::trigger);
        layout->addSpacing(12);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch();
    return page;
}

bool EndpointListPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void EndpointListPage::updatePage()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? m_emptyState : m_listPage);
    updateCount();
}

void EndpointListPage::updateCount()
{
    // The status bar counts all endpoints; this says how many the filter lets through.
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(tr("%1 of %n endpoint(s)", nullptr, total).arg(shown));
    m_count->setVisible(!m_proxy->filterText().isEmpty());
}

QList<qint64> EndpointListPage::selectedEndpointIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        ids << index.data(EndpointTableModel::EndpointIdRole).toLongLong();
    }
    return ids;
}

void EndpointListPage::emitSelection()
{
    Q_EMIT selectionChanged(selectedEndpointIds());
}

void EndpointListPage::selectEndpoint(qint64 endpointId)
{
    const int sourceRow = m_model->rowOf(endpointId);
    if (sourceRow < 0) {
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool EndpointListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->selectionModel()->hasSelection()) {
                const QModelIndex current = m_table->currentIndex();
                const QModelIndex first = current.isValid() ? current : m_proxy->index(0, 0);
                selectEndpoint(first.data(EndpointTableModel::EndpointIdRole).toLongLong());
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    } else if (watched == m_table) {
        // Type-ahead: printable keys typed in the list go to the filter.
        const QString text = key->text();
        const bool printable = !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()
                               && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (printable) {
            m_filter->setFocus(Qt::ShortcutFocusReason);
            m_filter->setText(m_filter->text() + text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
