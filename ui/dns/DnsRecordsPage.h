#pragma once

#include <QList>
#include <QWidget>

class DnsReviewPanel;
class Facade;
class QLabel;
class QPushButton;

// The main window's "DNS Records" page: the records of every endpoint at once in the DNS
// review, filterable by status, or those of the endpoints chosen with "Check DNS".
class DnsRecordsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DnsRecordsPage(Facade &facade, QWidget *parent = nullptr);

    DnsReviewPanel *panel() const { return m_panel; }

    void showAllEndpoints();
    // Narrows the page to these endpoints until "Show All Endpoints".
    void showEndpoints(const QList<qint64> &endpointIds);

private:
    QLabel *m_scope;
    QPushButton *m_showAll;
    DnsReviewPanel *m_panel;
};
