#pragma once

#include "core/endpoints/EndpointDetails.h"

#include <QList>
#include <QWidget>

class ActivityLogModel;
class DnsReviewPanel;
class Facade;
class OrderHistoryModel;
class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeView;
struct Problem;

// The right-hand side of the endpoint list: for one selected endpoint its certificate
// (names, issuer, validity, key type, fingerprint, chain), its settings, the DNS records it
// needs (checked live), its orders and its activity log, with the actions that apply; for
// several, how many are selected.
class EndpointDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    EndpointDetailsPane(Facade &facade, const QList<QAction *> &actions, QWidget *parent = nullptr);

    // Shows the details of these endpoints (none, one or several).
    void showEndpoints(const QList<qint64> &endpointIds);

    qint64 endpointId() const { return m_endpointId; }

    const EndpointDetails &details() const { return m_details; }

    QTabWidget *tabs() const { return m_tabs; }

    DnsReviewPanel *dnsPanel() const { return m_dnsPanel; }

    // Brings the DNS Records tab forward and checks the records live now.
    void showDnsRecords();

Q_SIGNALS:
    // The details of endpointId() arrived and are on screen.
    void detailsShown(qint64 endpointId);

private:
    QWidget *createCertificateTab();
    QWidget *createSettingsTab();
    QTreeView *createListView(QAbstractItemModel *model, const QString &name);
    QWidget *withFullText(QTreeView *view, int role);
    void reload();
    void show(const EndpointDetails &details);
    void showProblem(const Problem &problem);
    void showCertificate(const EndpointDetails &details);
    void showSettings(const Endpoint &endpoint, const QString &accountTitle);
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);

    Facade &m_facade;
    qint64 m_endpointId = 0;
    quint64 m_request = 0;
    EndpointDetails m_details;
    QTimer *m_reloadTimer;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_detailsPage;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    QLabel *m_noCertificate;
    QWidget *m_certificateFields;
    QFormLayout *m_certificateForm;
    QFormLayout *m_settingsForm;
    OrderHistoryModel *m_orders;
    ActivityLogModel *m_activity;
    DnsReviewPanel *m_dnsPanel;
};
