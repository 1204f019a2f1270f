#include "AccountPage.h"

#include "core/Facade.h"
#include "ui/accounts/AccountForm.h"
#include "ui/common/ProblemText.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

AccountPage::AccountPage(Facade &facade, QWidget *parent)
    : QWizardPage(parent)
    , m_facade(facade)
    , m_useExisting(new QRadioButton(this))
    , m_registerNew(new QRadioButton(tr("Register a &new account"), this))
    , m_form(new AccountForm(facade, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accountPage"));
    setTitle(tr("Your CA account"));
    setSubTitle(tr("Certificates are ordered with an account at an ACME certificate authority. Its key stays in "
                   "your system's keychain."));
    m_useExisting->setObjectName(QStringLiteral("useExistingAccountRadio"));
    m_registerNew->setObjectName(QStringLiteral("registerNewAccountRadio"));
    m_status->setObjectName(QStringLiteral("accountPageStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_useExisting);
    layout->addWidget(m_registerNew);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_status);
    m_useExisting->hide();
    m_registerNew->hide();
    m_registerNew->setChecked(true);
    connect(m_registerNew, &QRadioButton::toggled, m_form, &QWidget::setEnabled);
    connect(m_registerNew, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    connect(m_form, &AccountForm::completeChanged, this, &QWizardPage::completeChanged);
}

void AccountPage::initializePage()
{
    m_facade.loadAccounts(this, [this](const Result<QList<CaAccount>> &accounts) {
        if (!accounts || accounts->isEmpty() || m_registered) {
            return;
        }
        m_accounts = accounts.value();
        const CaAccount &newest =
            *std::max_element(m_accounts.cbegin(), m_accounts.cend(), [](const CaAccount &a, const CaAccount &b) {
                return a.id < b.id;
            });
        m_useExisting->setText(tr("Use the account &%1 at %2").arg(newest.title, newest.directoryUrl.host()));
        m_useExisting->show();
        m_registerNew->show();
        m_useExisting->setChecked(true);
        Q_EMIT completeChanged();
    });
}

bool AccountPage::registeringNew() const
{
    return m_registerNew->isChecked();
}

bool AccountPage::isComplete() const
{
    if (m_busy) {
        return false;
    }
    return m_registered || !registeringNew() || m_form->isComplete();
}

bool AccountPage::validatePage()
{
    if (m_registered || !registeringNew()) {
        return true;
    }
    // Registration talks to the CA: start it, stay on the page, and move on when it is done.
    m_busy = true;
    m_form->setEnabled(false);
    m_status->setText(tr("Registering with the CA…"));
    Q_EMIT completeChanged();
    m_facade.registerAccount(m_form->request(), this, [this](const Result<CaAccount> &account) {
        m_busy = false;
        m_form->setEnabled(true);
        if (!account) {
            m_status->setText(ProblemText::html(account.problem()));
            Q_EMIT completeChanged();
            return;
        }
        m_registered = true;
        m_status->setText(tr("Account registered at %1.").arg(account->directoryUrl.host()));
        Q_EMIT completeChanged();
        wizard()->next();
    });
    return false;
}
