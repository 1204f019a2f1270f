#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class EndpointTableModel;

// Sorts and filters the endpoint list. The filter is what the administrator types: every
// word must appear somewhere in an endpoint's names (either spelling), target, CA account or
// status, in any case. Both sorting and filtering read the model's rows directly instead of
// going through QVariants, which keeps a keystroke fast with ten thousand endpoints.
class EndpointFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EndpointFilterModel(EndpointTableModel *model, QObject *parent = nullptr);

    void setFilterText(const QString &text);

    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    EndpointTableModel *m_model;
    QString m_text;
    QStringList m_words;
};
