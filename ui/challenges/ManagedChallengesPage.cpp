#include "ManagedChallengesPage.h"

#include "ManagedChallengeDialog.h"
#include "ManagedChallengeTableModel.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"
#include "ui/providers/DnsProviderTableModel.h"
#include "ui/providers/ProviderDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    return label;
}

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace

ManagedChallengesPage::ManagedChallengesPage(Facade &facade, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_model(new ManagedChallengeTableModel(this))
    , m_providers(new DnsProviderTableModel(this))
    , m_table(new QTableView(this))
    , m_providerTable(new QTableView(this))
    , m_edit(new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit…"), this))
    , m_remove(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Remove…"), this))
    , m_editProvider(new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Ed&it…"), this))
    , m_removeProvider(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Re&move…"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("challengesPage"));
    auto *explanation = new QLabel(tr("A managed challenge lets a DNS provider write the _acme-challenge records for "
                                      "the names its rule matches: for CertDesk's own certificates whose names are "
                                      "not delegated, and for the ACME clients that use the hub. When several rules "
                                      "match a name, the most specific one wins."),
                                   this);
    explanation->setWordWrap(true);
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Challenge…"), this);
    add->setObjectName(QStringLiteral("addChallengeButton"));
    m_edit->setObjectName(QStringLiteral("editChallengeButton"));
    m_remove->setObjectName(QStringLiteral("removeChallengeButton"));
    auto *addProvider = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add &Provider…"), this);
    addProvider->setObjectName(QStringLiteral("addProviderButton"));
    m_editProvider->setObjectName(QStringLiteral("editProviderButton"));
    m_removeProvider->setObjectName(QStringLiteral("removeProviderButton"));
    m_problem->setObjectName(QStringLiteral("pageProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();

    m_table->setObjectName(QStringLiteral("challengeTable"));
    m_table->setAccessibleName(tr("Managed challenges"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_providerTable->setObjectName(QStringLiteral("providerTable"));
    m_providerTable->setAccessibleName(tr("DNS providers"));
    m_providerTable->setModel(m_providers);
    setUpTable(m_providerTable);
    // The settings summary is long: it gets the room that is left and is elided there.
    m_providerTable->horizontalHeader()->setSectionResizeMode(DnsProviderTableModel::SettingsColumn,
                                                              QHeaderView::Stretch);

    auto *header = new QHBoxLayout;
    header->addWidget(heading(tr("Managed challenges"), this), 1);
    header->addWidget(add);
    header->addWidget(m_edit);
    header->addWidget(m_remove);
    auto *providerHeader = new QHBoxLayout;
    providerHeader->addWidget(heading(tr("DNS providers"), this), 1);
    providerHeader->addWidget(addProvider);
    providerHeader->addWidget(m_editProvider);
    providerHeader->addWidget(m_removeProvider);
    auto *providerExplanation =
        new QLabel(tr("The DNS services CertDesk writes records through. Their credentials are kept in the system "
                      "keychain and are never shown again."),
                   this);
    providerExplanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_problem);
    layout->addSpacing(8);
    layout->addLayout(providerHeader);
    layout->addWidget(providerExplanation);
    layout->addWidget(m_providerTable, 2);

    connect(add, &QPushButton::clicked, this, &ManagedChallengesPage::addChallenge);
    connect(m_edit, &QPushButton::clicked, this, &ManagedChallengesPage::editChallenge);
    connect(m_remove, &QPushButton::clicked, this, &ManagedChallengesPage::removeChallenge);
    connect(m_table, &QTableView::activated, this, &ManagedChallengesPage::editChallenge);
    connect(addProvider, &QPushButton::clicked, this, &ManagedChallengesPage::addProvider);
    connect(m_editProvider, &QPushButton::clicked, this, &ManagedChallengesPage::editProvider);
    connect(m_removeProvider, &QPushButton::clicked, this, &ManagedChallengesPage::removeProvider);
    connect(m_providerTable, &QTableView::activated, this, &ManagedChallengesPage::editProvider);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ManagedChallengesPage::updateButtons);
    connect(m_providerTable->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ManagedChallengesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ManagedChallengesPage::updateButtons);
    connect(m_providers, &QAbstractItemModel::modelReset, this, &ManagedChallengesPage::updateButtons);
    connect(&facade, &Facade::challengesChanged, m_model, &ManagedChallengeTableModel::setChallenges);
    connect(&facade, &Facade::providersChanged, this, [this](const QList<DnsProviderConfig> &providers) {
        m_providers->setProviders(providers);
        m_model->setProviders(providers);
    });
    updateButtons();
    reload();
}

void ManagedChallengesPage::reload()
{
    m_facade.loadProviders(this, [this](const Result<QList<DnsProviderConfig>> &providers) {
        if (!providers) {
            showProblem(providers.problem());
            return;
        }
        m_providers->setProviders(providers.value());
        m_model->setProviders(providers.value());
    });
    m_facade.loadChallenges(this, [this](const Result<QList<ManagedChallenge>> &challenges) {
        if (!challenges) {
            showProblem(challenges.problem());
            return;
        }
        m_model->setChallenges(challenges.value());
    });
}

int ManagedChallengesPage::selectedRow(QTableView *table) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ManagedChallengesPage::updateButtons()
{
    const bool challenge = selectedRow(m_table) >= 0;
    m_edit->setEnabled(challenge);
    m_remove->setEnabled(challenge);
    const bool provider = selectedRow(m_providerTable) >= 0;
    m_editProvider->setEnabled(provider);
    m_removeProvider->setEnabled(provider);
}

void ManagedChallengesPage::showProblem(const Problem &problem)
{
    m_problem->setText(ProblemText::html(problem));
    m_problem->show();
    Q_EMIT message(ProblemText::oneLine(problem));
}

void ManagedChallengesPage::addChallenge()
{
    m_problem->hide();
    auto *dialog = new ManagedChallengeDialog(m_facade, {}, m_providers->providers(), m_model->challenges(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT message(tr("Managed challenge “%1” added.").arg(dialog->savedChallenge().title));
    });
    dialog->open();
}

void ManagedChallengesPage::editChallenge()
{
    const int row = selectedRow(m_table);
    if (row < 0) {
        return;
    }
    m_problem->hide();
    auto *dialog = new ManagedChallengeDialog(
        m_facade, m_model->challengeAt(row), m_providers->providers(), m_model->challenges(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT message(tr("Managed challenge “%1” saved.").arg(dialog->savedChallenge().title));
    });
    dialog->open();
}

void ManagedChallengesPage::removeChallenge()
{
    const int row = selectedRow(m_table);
    if (row < 0) {
        return;
    }
    const ManagedChallenge challenge = m_model->challengeAt(row);
    auto *confirm = new QMessageBox(QMessageBox::Question,
                                    tr("Remove Managed Challenge"),
                                    tr("Remove the managed challenge “%1”?").arg(challenge.title),
                                    QMessageBox::Cancel,
                                    this);
    confirm->setObjectName(QStringLiteral("confirmRemoveChallenge"));
    confirm->setInformativeText(tr("API tokens scoped to it can no longer write through it, and names only it "
                                   "serves fall to another challenge or to none."));
    confirm->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm, challenge](QAbstractButton *button) {
        if (confirm->buttonRole(button) != QMessageBox::DestructiveRole) {
            return;
        }
        m_facade.removeChallenge(challenge.id, this, [this, challenge](const Result<qint64> &removed) {
            if (!removed) {
                showProblem(removed.problem());
                return;
            }
            m_problem->hide();
            Q_EMIT message(tr("Managed challenge “%1” removed.").arg(challenge.title));
        });
    });
    confirm->open();
}

void ManagedChallengesPage::addProvider()
{
    m_problem->hide();
    auto *dialog = new ProviderDialog(m_facade, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProviderDialog::providerSaved, this, [this](const DnsProviderConfig &saved) {
        Q_EMIT message(tr("DNS provider “%1” added.").arg(saved.title));
    });
    dialog->open();
}

void ManagedChallengesPage::editProvider()
{
    const int row = selectedRow(m_providerTable);
    if (row < 0) {
        return;
    }
    m_problem->hide();
    auto *dialog = new ProviderDialog(m_facade, m_providers->providerAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProviderDialog::providerSaved, this, [this](const DnsProviderConfig &saved) {
        Q_EMIT message(tr("DNS provider “%1” saved.").arg(saved.title));
    });
    dialog->open();
}

void ManagedChallengesPage::removeProvider()
{
    const int row = selectedRow(m_providerTable);
    if (row < 0) {
        return;
    }
    const DnsProviderConfig provider = m_providers->providerAt(row);
    auto *confirm = new QMessageBox(QMessageBox::Question,
                                    tr("Remove DNS Provider"),
                                    tr("Remove the DNS provider “%1” and its credential?").arg(provider.title),
                                    QMessageBox::Cancel,
                                    this);
    confirm->setObjectName(QStringLiteral("confirmRemoveProvider"));
    confirm->setInformativeText(tr("Its credential is deleted from the keychain as well. A provider that a managed "
                                   "challenge or the delegation zone uses is not removed."));
    confirm->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm, provider](QAbstractButton *button) {
        if (confirm->buttonRole(button) != QMessageBox::DestructiveRole) {
            return;
        }
        m_facade.removeProvider(provider.id, this, [this, provider](const Result<qint64> &removed) {
            if (!removed) {
                showProblem(removed.problem());
                return;
            }
            m_problem->hide();
            Q_EMIT message(tr("DNS provider “%1” removed.").arg(provider.title));
        });
    });
    confirm->open();
}
