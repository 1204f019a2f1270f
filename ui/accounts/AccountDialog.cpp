#include "AccountDialog.h"

#include "AccountForm.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AccountDialog::AccountDialog(Facade &facade, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_form(new AccountForm(facade, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("New CA Account"));
    m_problem->setObjectName(QStringLiteral("registrationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    QPushButton *registerButton = m_buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    registerButton->setObjectName(QStringLiteral("registerButton"));
    registerButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_form, &AccountForm::completeChanged, this, &AccountDialog::updateButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateButtons();
    resize(600, 520);
}

void AccountDialog::updateButtons()
{
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(!m_busy && m_form->isComplete());
            button->setText(m_busy ? tr("Registering…") : tr("&Register"));
        }
    }
}

void AccountDialog::accept()
{
    if (m_busy || !m_form->isComplete()) {
        return;
    }
    m_busy = true;
    m_form->setEnabled(false);
    m_problem->hide();
    updateButtons();
    m_facade.registerAccount(m_form->request(), this, [this](const Result<CaAccount> &account) {
        m_busy = false;
        m_form->setEnabled(true);
        updateButtons();
        if (!account) {
            m_problem->setText(ProblemText::html(account.problem()));
            m_problem->show();
            return;
        }
        m_account = account.value();
        QDialog::accept();
    });
}
