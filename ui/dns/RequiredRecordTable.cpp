#include "RequiredRecordTable.h"

#include "RecordAdvice.h"
#include "RequiredRecordFilterModel.h"
#include "RequiredRecordModel.h"

#include <QAction>
#include <QHeaderView>
#include <QStyle>

#include <algorithm>

RequiredRecordTable::RequiredRecordTable(RequiredRecordFilterModel *proxy, QWidget *parent)
    : QTableView(parent)
    , m_proxy(proxy)
    , m_copyDelegate(new CopyButtonDelegate(this))
{
    setObjectName(QStringLiteral("recordTable"));
    setAccessibleName(tr("Required DNS records"));
    setModel(proxy);
    setItemDelegateForColumn(RequiredRecordModel::CopyColumn, m_copyDelegate);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the order core derives them in, until asked
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);

    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(RequiredRecordModel::EndpointColumn, 16 * em);
    header->resizeSection(RequiredRecordModel::NameColumn, 20 * em);
    header->resizeSection(RequiredRecordModel::ValueColumn, 20 * em);
    // Type and status hold a few known words: wide enough for the longest, once.
    const int padding = 2 * em;
    header->resizeSection(
        RequiredRecordModel::TypeColumn,
        std::max(metrics.horizontalAdvance(QStringLiteral("CNAME")), metrics.horizontalAdvance(QStringLiteral("ALIAS")))
            + padding);
    int statusWidth = metrics.horizontalAdvance(RecordAdvice::label(std::nullopt));
    for (const RecordStatus::State state : {RecordStatus::State::Ok,
                                            RecordStatus::State::Propagating,
                                            RecordStatus::State::Missing,
                                            RecordStatus::State::WrongTarget,
                                            RecordStatus::State::Conflict,
                                            RecordStatus::State::BlockedByCaa,
                                            RecordStatus::State::LookupError}) {
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(RecordAdvice::label(state)));
    }
    header->resizeSection(RequiredRecordModel::StatusColumn,
                          statusWidth + style()->pixelMetric(QStyle::PM_SmallIconSize) + padding + metrics.height());
    QStyleOptionViewItem option;
    option.initFrom(this);
    header->resizeSection(RequiredRecordModel::CopyColumn, m_copyDelegate->sizeHint(option, {}).width() + em / 2);

    connect(m_copyDelegate,
            &CopyButtonDelegate::copyRequested,
            this,
            [this](const QModelIndex &index, CopyButtonDelegate::Part part) {
                Q_EMIT copyRequested(m_proxy->mapToSource(index).row(), part);
            });
    auto *copyValue = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy &Value"), this);
    copyValue->setObjectName(QStringLiteral("copyValueAction"));
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, [this] {
        Q_EMIT copyRequested(currentSourceRow(), CopyButtonDelegate::Part::Value);
    });
    auto *copyName = new QAction(tr("Copy &Name"), this);
    copyName->setObjectName(QStringLiteral("copyNameAction"));
    copyName->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyName->setShortcutContext(Qt::WidgetShortcut);
    connect(copyName, &QAction::triggered, this, [this] {
        Q_EMIT copyRequested(currentSourceRow(), CopyButtonDelegate::Part::Name);
    });
    addAction(copyValue);
    addAction(copyName);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

int RequiredRecordTable::currentSourceRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void RequiredRecordTable::fitColumns()
{
    // Names and values are what people copy and compare: shown whole where the room allows.
    // The view measures at most the header's precision of rows, so this stays cheap.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const int column :
         {RequiredRecordModel::EndpointColumn, RequiredRecordModel::NameColumn, RequiredRecordModel::ValueColumn}) {
        if (isColumnHidden(column)) {
            continue;
        }
        resizeColumnToContents(column);
        setColumnWidth(column, std::clamp(columnWidth(column), 10 * em, 36 * em));
    }
}
