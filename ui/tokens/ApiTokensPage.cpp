#include "ApiTokensPage.h"

#include "ApiTokenTableModel.h"
#include "TokenDialog.h"
#include "TokenSecretDialog.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ApiTokensPage::ApiTokensPage(Facade &facade, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_model(new ApiTokenTableModel(this))
    , m_table(new QTableView(this))
    , m_setup(new QPushButton(tr("Client &Setup…"), this))
    , m_revoke(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Revoke…"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("tokensPage"));
    auto *title = new QLabel(tr("API tokens"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *explanation = new QLabel(tr("A token lets one machine or application ask the hub to publish its "
                                      "_acme-challenge records, only through the managed challenges it is given and "
                                      "only for the names they serve. Its secret is shown once, when it is made."),
                                   this);
    explanation->setWordWrap(true);
    auto *create = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New Token…"), this);
    create->setObjectName(QStringLiteral("newTokenButton"));
    m_setup->setObjectName(QStringLiteral("clientSetupButton"));
    m_setup->setToolTip(tr("The selected token's client configuration, without its secret"));
    m_revoke->setObjectName(QStringLiteral("revokeTokenButton"));
    m_problem->setObjectName(QStringLiteral("pageProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(ApiTokenTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setAccessibleName(tr("API tokens"));
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApiTokenTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(create);
    header->addWidget(m_setup);
    header->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);

    connect(create, &QPushButton::clicked, this, &ApiTokensPage::createToken);
    connect(m_setup, &QPushButton::clicked, this, &ApiTokensPage::showClientSetup);
    connect(m_revoke, &QPushButton::clicked, this, &ApiTokensPage::revokeToken);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiTokensPage::updateButtons);
    connect(sorted, &QAbstractItemModel::modelReset, this, &ApiTokensPage::updateButtons);
    connect(&facade, &Facade::tokensChanged, m_model, &ApiTokenTableModel::setTokens);
    connect(&facade, &Facade::challengesChanged, m_model, &ApiTokenTableModel::setChallenges);
    updateButtons();
    reload();
}

void ApiTokensPage::reload()
{
    m_facade.loadChallenges(this, [this](const Result<QList<ManagedChallenge>> &challenges) {
        if (challenges) {
            m_model->setChallenges(challenges.value());
        }
    });
    m_facade.loadTokens(this, [this](const Result<QList<ApiToken>> &tokens) {
        if (!tokens) {
            showProblem(tokens.problem());
            return;
        }
        m_model->setTokens(tokens.value());
    });
}

int ApiTokensPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return -1;
    }
    const auto *sorted = static_cast<const QSortFilterProxyModel *>(m_table->model());
    return sorted->mapToSource(rows.first()).row();
}

void ApiTokensPage::updateButtons()
{
    const int row = selectedRow();
    m_setup->setEnabled(row >= 0);
    m_revoke->setEnabled(row >= 0 && !m_model->tokenAt(row).isRevoked());
}

void ApiTokensPage::showProblem(const Problem &problem)
{
    m_problem->setText(ProblemText::html(problem));
    m_problem->show();
    Q_EMIT message(ProblemText::oneLine(problem));
}

void ApiTokensPage::createToken()
{
    m_problem->hide();
    // The challenges as stored now: the dialog lists them to choose from.
    m_facade.loadChallenges(this, [this](const Result<QList<ManagedChallenge>> &loaded) {
        if (!loaded) {
            showProblem(loaded.problem());
            return;
        }
        auto *dialog = new TokenDialog(m_facade, loaded.value(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TokenDialog::tokenCreated, this, [this](const TokenIssuer::Issued &issued) {
            // The secret goes straight into the dialog that shows it once; nothing here keeps it.
            auto *secret = new TokenSecretDialog(m_facade, issued.token, issued.secret, this);
            secret->setAttribute(Qt::WA_DeleteOnClose);
            secret->open();
            Q_EMIT message(tr("API token for %1 created.").arg(issued.token.consumer));
        });
        dialog->open();
    });
}

void ApiTokensPage::showClientSetup()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    auto *dialog = new TokenSecretDialog(m_facade, m_model->tokenAt(row), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ApiTokensPage::revokeToken()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const ApiToken token = m_model->tokenAt(row);
    auto *confirm = new QMessageBox(QMessageBox::Question,
                                    tr("Revoke API Token"),
                                    tr("Revoke the API token of %1?").arg(token.consumer),
                                    QMessageBox::Cancel,
                                    this);
    confirm->setObjectName(QStringLiteral("confirmRevokeToken"));
    confirm->setInformativeText(
        tr("The hub refuses it from now on; this cannot be undone. Client id %1.").arg(token.clientId));
    confirm->addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm, token](QAbstractButton *button) {
        if (confirm->buttonRole(button) != QMessageBox::DestructiveRole) {
            return;
        }
        m_facade.revokeToken(token.clientId, this, [this, token](const Result<ApiToken> &revoked) {
            if (!revoked) {
                showProblem(revoked.problem());
                return;
            }
            m_problem->hide();
            Q_EMIT message(tr("API token of %1 revoked.").arg(token.consumer));
        });
    });
    confirm->open();
}
