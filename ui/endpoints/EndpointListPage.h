#pragma once

#include <QWidget>

class EndpointTableModel;
class QLabel;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

// The main window's centre: the endpoint table, or, while there are no endpoints, a page
// that explains what an endpoint is and how to add the first one.
class EndpointListPage final : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointListPage(EndpointTableModel *model, QWidget *parent = nullptr);

    bool isShowingEmptyState() const;

    QTableView *table() const { return m_table; }

private:
    void updatePage();

    EndpointTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedLayout *m_stack;
    QWidget *m_emptyState;
    QTableView *m_table;
};
