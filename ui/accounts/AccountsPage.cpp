#include "AccountsPage.h"

#include "AccountDialog.h"
#include "CaAccountTableModel.h"

#include "core/Facade.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AccountsPage::AccountsPage(Facade &facade, CaAccountTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_model(model)
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    auto *title = new QLabel(tr("CA accounts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *explanation = new QLabel(tr("Certificates are ordered with an account at an ACME CA. Endpoints use the "
                                      "default account (the newest one) unless their settings name another. Account "
                                      "keys are kept in the system keychain."),
                                   this);
    explanation->setWordWrap(true);
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Account…"), this);
    add->setObjectName(QStringLiteral("addAccountButton"));
    connect(add, &QPushButton::clicked, this, &AccountsPage::addAccount);

    m_table->setObjectName(QStringLiteral("accountTable"));
    m_table->setAccessibleName(tr("CA accounts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
}

void AccountsPage::addAccount()
{
    auto *dialog = new AccountDialog(m_facade, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT message(tr("Account registered at %1.").arg(dialog->registeredAccount().directoryUrl.host()));
    });
    dialog->open();
}
