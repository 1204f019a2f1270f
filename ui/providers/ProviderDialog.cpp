#include "ProviderDialog.h"

#include "ProviderForm.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ProviderDialog::ProviderDialog(Facade &facade, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_form(new ProviderForm(facade, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("providerDialog"));
    setWindowTitle(tr("New DNS Provider"));
    m_problem->setObjectName(QStringLiteral("saveProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveProviderButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProviderDialog::reject);
    connect(m_form, &ProviderForm::changed, m_problem, &QWidget::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, 600);
}

ProviderDialog::ProviderDialog(Facade &facade, const DnsProviderConfig &provider, QWidget *parent)
    : ProviderDialog(facade, parent)
{
    setWindowTitle(tr("Edit DNS Provider"));
    m_form->setProvider(provider);
}

void ProviderDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(!busy);
    save->setText(busy ? tr("Testing and saving…") : tr("&Save"));
}

void ProviderDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (!m_form->validate()) {
        m_problem->setText(tr("Correct the settings marked above; nothing was saved."));
        m_problem->show();
        return;
    }
    m_problem->hide();
    setBusy(true);
    m_facade.saveProvider(m_form->provider(), m_form->secret(), this, [this](const Result<DnsProviderConfig> &saved) {
        setBusy(false);
        if (!saved) {
            m_problem->setText(ProblemText::html(saved.problem()));
            m_problem->show();
            return;
        }
        // Stored in the keychain now; the dialog need not hold it any longer.
        m_form->clearSecret();
        m_saved = saved.value();
        Q_EMIT providerSaved(m_saved);
        QDialog::accept();
    });
}
