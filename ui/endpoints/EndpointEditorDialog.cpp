#include "EndpointEditorDialog.h"

#include "EndpointForm.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

EndpointEditorDialog::EndpointEditorDialog(Facade &facade, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_form(new EndpointForm(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Endpoint"));
    setUp();
}

EndpointEditorDialog::EndpointEditorDialog(Facade &facade, const Endpoint &endpoint, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_editing(true)
    , m_form(new EndpointForm(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit Endpoint"));
    setUp();
    m_form->setEndpoint(endpoint);
}

void EndpointEditorDialog::setUp()
{
    setObjectName(QStringLiteral("endpointEditor"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    m_problem->setObjectName(QStringLiteral("saveProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EndpointEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EndpointEditorDialog::reject);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_form->isValid());
    connect(m_form, &EndpointForm::validityChanged, m_buttons->button(QDialogButtonBox::Save), &QWidget::setEnabled);
    m_facade.loadAccounts(this, [this](const Result<QList<CaAccount>> &accounts) {
        if (accounts) {
            m_form->setAccounts(accounts.value());
        }
    });
    resize(640, 720);
}

void EndpointEditorDialog::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy && m_form->isValid());
    m_buttons->button(QDialogButtonBox::Save)->setText(busy ? tr("Saving…") : tr("&Save"));
}

void EndpointEditorDialog::accept()
{
    const Result<Endpoint> endpoint = m_form->endpoint();
    if (!endpoint) {
        m_problem->setText(ProblemText::html(endpoint.problem()));
        m_problem->show();
        return;
    }
    m_problem->hide();
    setBusy(true);
    auto done = [this](const Result<Endpoint> &saved) {
        setBusy(false);
        if (!saved) {
            m_problem->setText(ProblemText::html(saved.problem()));
            m_problem->show();
            return;
        }
        m_saved = saved.value();
        QDialog::accept();
    };
    if (m_editing) {
        m_facade.updateEndpoint(endpoint.value(), this, done);
    } else {
        m_facade.addEndpoint(endpoint.value(), this, done);
    }
}
