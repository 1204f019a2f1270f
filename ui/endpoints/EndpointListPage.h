#pragma once

#include <QList>
#include <QWidget>

class EndpointDetailsPane;
class EndpointFilterModel;
class EndpointTableModel;
class Facade;
class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedLayout;
class QTableView;
class QTimer;

// The main window's centre: a filter, the endpoint table and the selected endpoint's details
// side by side, or, while there are no endpoints, a page that explains what an endpoint is
// and how to add the first one.
class EndpointListPage final : public QWidget
{
    Q_OBJECT

public:
    // `detailActions` appear as buttons in the details pane; `addAction` on the empty page.
    EndpointListPage(Facade &facade,
                     EndpointTableModel *model,
                     QAction *addAction,
                     const QList<QAction *> &detailActions,
                     QWidget *parent = nullptr);

    bool isShowingEmptyState() const;

    QTableView *table() const { return m_table; }

    QLineEdit *filterEdit() const { return m_filter; }

    EndpointFilterModel *proxy() const { return m_proxy; }

    EndpointDetailsPane *detailsPane() const { return m_details; }

    QList<qint64> selectedEndpointIds() const;
    // Selects and shows one endpoint (clearing the filter if it hides it).
    void selectEndpoint(qint64 endpointId);

Q_SIGNALS:
    void selectionChanged(const QList<qint64> &endpointIds);
    // Enter or a double click on a row.
    void activated(qint64 endpointId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createEmptyState(QAction *addAction);
    void updatePage();
    void updateCount();
    void emitSelection();

    EndpointTableModel *m_model;
    EndpointFilterModel *m_proxy;
    QStackedLayout *m_stack;
    QWidget *m_emptyState;
    QWidget *m_listPage;
    QLineEdit *m_filter;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTableView *m_table;
    EndpointDetailsPane *m_details;
    QTimer *m_clock;
};
