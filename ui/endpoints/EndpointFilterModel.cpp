#include "EndpointFilterModel.h"

#include "EndpointTableModel.h"

EndpointFilterModel::EndpointFilterModel(EndpointTableModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(EndpointTableModel::SortRole);
    // Re-sorting and re-filtering a changed row happens in the proxy already; this keeps a
    // renewed endpoint in its sorted place.
    setDynamicSortFilter(true);
}

void EndpointFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    // Typing on narrows: the proxy only removes rows. Anything else can bring back thousands,
    // which the proxy would insert one sorted run at a time; building the mapping anew is
    // several times faster then.
    const bool narrowing = trimmed.startsWith(m_text);
    m_text = trimmed;
    m_words = trimmed.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (narrowing) {
        invalidateFilter();
    } else {
        invalidate();
    }
}

bool EndpointFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid()) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString &haystack = m_model->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        if (!haystack.contains(word)) {
            return false;
        }
    }
    return true;
}

bool EndpointFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->lessThan(left.row(), right.row(), left.column());
}
