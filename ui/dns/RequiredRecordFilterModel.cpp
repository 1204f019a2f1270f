#include "RequiredRecordFilterModel.h"

#include "RequiredRecordModel.h"

#include "ui/endpoints/EndpointStatus.h"

RequiredRecordFilterModel::RequiredRecordFilterModel(RequiredRecordModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(RequiredRecordModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A record whose status changes leaves or joins a status filter at once.
    setDynamicSortFilter(true);
}

void RequiredRecordFilterModel::setStatusFilter(int status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    invalidateFilter();
}

void RequiredRecordFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed == m_text) {
        return;
    }
    // As in the endpoint list: typing on only removes rows; anything else may bring back
    // thousands, and building the mapping anew is faster than inserting them run by run.
    const bool narrowing = trimmed.startsWith(m_text);
    m_text = trimmed;
    m_words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (narrowing) {
        invalidateFilter();
    } else {
        invalidate();
    }
}

bool RequiredRecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid()) {
        return false;
    }
    if (m_status != AnyStatus) {
        const std::optional<RecordStatus::State> state = m_model->stateAt(sourceRow);
        if (m_status == NeedsAction) {
            if (state && !EndpointStatus::needsDnsAction(*state)) {
                return false;
            }
        } else if (m_status == RequiredRecordModel::NotChecked) {
            if (state) {
                return false;
            }
        } else if (!state || int(*state) != m_status) {
            return false;
        }
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
