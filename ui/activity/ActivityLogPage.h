#pragma once

#include <QWidget>

class ActivityFilterModel;
class ActivityLogModel;
class EndpointTableModel;
class Facade;
class QComboBox;
class QLineEdit;
class QTimer;
class QTreeView;

// Everything CertDesk did, newest first, narrowed by endpoint, severity and text. The log
// is read on the worker; it is read again while the page is visible whenever something
// happened that logs (orders, changes to endpoints).
class ActivityLogPage final : public QWidget
{
    Q_OBJECT

public:
    ActivityLogPage(Facade &facade, EndpointTableModel *endpoints, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

    ActivityLogModel *model() const { return m_model; }

    ActivityFilterModel *filter() const { return m_filter; }

    // Shows only this endpoint's entries (0: all).
    void showEndpoint(qint64 endpointId);
    void reload();

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateEndpointChoices();
    void scheduleReload();

    Facade &m_facade;
    EndpointTableModel *m_endpoints;
    ActivityLogModel *m_model;
    ActivityFilterModel *m_filter;
    QComboBox *m_endpoint;
    QComboBox *m_severity;
    QLineEdit *m_text;
    QTreeView *m_view;
    QTimer *m_reloadTimer;
    qint64 m_wantedEndpoint = 0;
};
