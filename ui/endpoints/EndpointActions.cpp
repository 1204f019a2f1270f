#include "EndpointActions.h"

#include "EndpointEditorDialog.h"
#include "EndpointTableModel.h"
#include "ExportDialog.h"

#include "core/Facade.h"
#include "core/dns/DnsName.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

EndpointActions::EndpointActions(Facade &facade, EndpointTableModel *model, QWidget *window)
    : QObject(window)
    , m_facade(facade)
    , m_model(model)
    , m_window(window)
    , m_add(new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New Endpoint…"), this))
    , m_edit(new QAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit…"), this))
    , m_renew(new QAction(QIcon(QStringLiteral(":/icons/renew.svg")), tr("&Renew Now"), this))
    , m_export(new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport…"), this))
    , m_delete(new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete…"), this))
    , m_checkDns(new QAction(QIcon(QStringLiteral(":/icons/dns-records.svg")), tr("C&heck DNS"), this))
{
    m_add->setObjectName(QStringLiteral("addEndpointAction"));
    m_add->setShortcut(QKeySequence::New);
    m_add->setToolTip(tr("Add an endpoint: one or more names served together"));
    m_edit->setObjectName(QStringLiteral("editEndpointAction"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_renew->setObjectName(QStringLiteral("renewAction"));
    m_renew->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_renew->setToolTip(tr("Order new certificates for the selected endpoints now"));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setToolTip(tr("Write the selected endpoints' certificates and keys to a folder"));
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected endpoints and their certificates from CertDesk"));
    // The delete key must not reach the action while someone edits the filter text.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_add, &QAction::triggered, this, &EndpointActions::add);
    connect(m_edit, &QAction::triggered, this, &EndpointActions::edit);
    connect(m_renew, &QAction::triggered, this, &EndpointActions::renew);
    connect(m_export, &QAction::triggered, this, &EndpointActions::exportCertificates);
    connect(m_delete, &QAction::triggered, this, &EndpointActions::remove);
    m_checkDns->setObjectName(QStringLiteral("checkDnsAction"));
    m_checkDns->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_checkDns->setToolTip(tr("Show the DNS records the selected endpoints need and check them live now"));
    connect(m_checkDns, &QAction::triggered, this, &EndpointActions::checkDns);
    // Rows change under a selection too (a first certificate makes export possible).
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EndpointActions::updateActions);
    updateActions();
}

void EndpointActions::setSelection(const QList<qint64> &endpointIds)
{
    m_selection = endpointIds;
    updateActions();
}

void EndpointActions::updateActions()
{
    const bool any = !m_selection.isEmpty();
    m_edit->setEnabled(m_selection.size() == 1);
    m_renew->setEnabled(any);
    m_delete->setEnabled(any);
    m_checkDns->setEnabled(any);
    bool allHaveCertificates = any;
    for (qint64 id : std::as_const(m_selection)) {
        const int row = m_model->rowOf(id);
        if (row < 0 || !m_model->endpointAt(row).certificateExpiresAt.isValid()) {
            allHaveCertificates = false;
            break;
        }
    }
    m_export->setEnabled(allHaveCertificates);
}

QString EndpointActions::namesOf(const QList<qint64> &endpointIds, int limit) const
{
    QStringList names;
    for (qint64 id : endpointIds) {
        if (names.size() == limit) {
            names << tr("… and %n more", nullptr, static_cast<int>(endpointIds.size()) - limit);
            break;
        }
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            names << DnsName::fromNormalised(m_model->endpointAt(row).names.value(0)).display();
        }
    }
    return names.join(QLatin1Char('\n'));
}

void EndpointActions::add()
{
    auto *dialog = new EndpointEditorDialog(m_facade, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT message(tr("Endpoint %1 added.").arg(dialog->savedEndpoint().names.value(0)));
        Q_EMIT endpointAdded(dialog->savedEndpoint().id);
    });
    dialog->open();
}

void EndpointActions::edit()
{
    if (m_selection.size() != 1) {
        return;
    }
    const int row = m_model->rowOf(m_selection.first());
    if (row < 0) {
        return;
    }
    auto *dialog = new EndpointEditorDialog(m_facade, m_model->endpointAt(row), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT message(tr("Endpoint %1 saved.").arg(dialog->savedEndpoint().names.value(0)));
    });
    dialog->open();
}

void EndpointActions::renew()
{
    if (m_selection.isEmpty()) {
        return;
    }
    m_facade.issueNow(m_selection);
    Q_EMIT message(tr("Ordering %n certificate(s)…", nullptr, static_cast<int>(m_selection.size())));
}

void EndpointActions::checkDns()
{
    if (!m_selection.isEmpty()) {
        Q_EMIT dnsCheckRequested(m_selection);
    }
}

void EndpointActions::exportCertificates()
{
    if (!m_export->isEnabled()) {
        return;
    }
    const QList<qint64> ids = m_selection;
    auto *dialog = new ExportDialog(static_cast<int>(ids.size()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        const QString folder = dialog->folder();
        m_facade.exportCertificates(
            ids, folder, dialog->writePfx(), this, [this, folder, ids](const Result<QStringList> &written) {
                if (!written) {
                    QMessageBox box(
                        QMessageBox::Warning, tr("Export Failed"), written.problem().title, QMessageBox::Ok, m_window);
                    box.setInformativeText(
                        QStringList{written.problem().detail, written.problem().hint}.join(QStringLiteral("\n\n")));
                    box.exec();
                    return;
                }
                Q_EMIT message(tr("Exported %n certificate(s) to %1.", nullptr, static_cast<int>(ids.size()))
                                   .arg(QDir::toNativeSeparators(folder)));
            });
    });
    dialog->open();
}

void EndpointActions::remove()
{
    if (m_selection.isEmpty()) {
        return;
    }
    const QList<qint64> ids = m_selection;
    const int count = static_cast<int>(ids.size());
    QMessageBox box(QMessageBox::Warning,
                    tr("Delete Endpoints"),
                    tr("Delete %n endpoint(s)?", nullptr, count),
                    QMessageBox::Cancel,
                    m_window);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    box.setInformativeText(tr("%1\n\nTheir certificates and keys are removed from CertDesk and will no longer be "
                              "renewed. Files already deployed stay where they are, and the CA still considers the "
                              "certificates valid until they expire.")
                               .arg(namesOf(ids, 10)));
    QPushButton *deleteButton = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton) {
        return;
    }
    m_facade.removeEndpoints(ids, this, [this](const Result<QList<qint64>> &removed) {
        if (!removed) {
            QMessageBox failure(
                QMessageBox::Warning, tr("Not Deleted"), removed.problem().title, QMessageBox::Ok, m_window);
            failure.setInformativeText(
                QStringList{removed.problem().detail, removed.problem().hint}.join(QStringLiteral("\n\n")));
            failure.exec();
            return;
        }
        Q_EMIT message(tr("%n endpoint(s) deleted.", nullptr, static_cast<int>(removed.value().size())));
    });
}
