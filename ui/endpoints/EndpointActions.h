#pragma once

#include <QList>
#include <QObject>

class EndpointTableModel;
class Facade;
class QAction;
class QWidget;

// What can be done to endpoints, as actions for menus, toolbars and the details pane: add,
// edit, renew now, check DNS, export and delete (with confirmation). Enabled according to the current
// selection; every change goes to the worker through the facade.
class EndpointActions final : public QObject
{
    Q_OBJECT

public:
    EndpointActions(Facade &facade, EndpointTableModel *model, QWidget *window);

    QAction *addAction() const { return m_add; }

    QAction *editAction() const { return m_edit; }

    QAction *renewAction() const { return m_renew; }

    QAction *exportAction() const { return m_export; }

    QAction *deleteAction() const { return m_delete; }

    QAction *checkDnsAction() const { return m_checkDns; }

    void setSelection(const QList<qint64> &endpointIds);

    QList<qint64> selection() const { return m_selection; }

    void add();
    void edit();
    void renew();
    void exportCertificates();
    void remove();
    // Asks for the selected endpoints' DNS records to be shown and checked live now.
    void checkDns();

Q_SIGNALS:
    // Something to tell the administrator in passing (the status bar).
    void message(const QString &text);
    // A new endpoint was saved through the editor.
    void endpointAdded(qint64 endpointId);
    // "Check DNS": the window shows these endpoints' records in the DNS review and checks them.
    void dnsCheckRequested(const QList<qint64> &endpointIds);

private:
    QString namesOf(const QList<qint64> &endpointIds, int limit) const;
    void updateActions();

    Facade &m_facade;
    EndpointTableModel *m_model;
    QWidget *m_window;
    QList<qint64> m_selection;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_renew;
    QAction *m_export;
    QAction *m_delete;
    QAction *m_checkDns;
};
