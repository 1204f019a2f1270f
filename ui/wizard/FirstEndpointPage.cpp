#include "FirstEndpointPage.h"

#include "SetupWizard.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"
#include "ui/endpoints/EndpointForm.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

FirstEndpointPage::FirstEndpointPage(Facade &facade, QWidget *parent)
    : QWizardPage(parent)
    , m_facade(facade)
    , m_form(new EndpointForm(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("endpointPage"));
    setTitle(tr("Your first endpoint"));
    setSubTitle(tr("The names one server or load balancer answers to, and how the CA checks they are yours."));
    m_status->setObjectName(QStringLiteral("endpointPageStatus"));
    m_status->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    connect(m_form, &EndpointForm::validityChanged, this, &QWizardPage::completeChanged);
}

void FirstEndpointPage::initializePage()
{
    m_facade.loadAccounts(this, [this](const Result<QList<CaAccount>> &accounts) {
        if (accounts) {
            m_form->setAccounts(accounts.value());
        }
    });
}

bool FirstEndpointPage::isComplete() const
{
    return !m_busy && m_form->isValid();
}

bool FirstEndpointPage::validatePage()
{
    if (std::exchange(m_justSaved, false)) {
        return true; // the save below finished and moves the wizard on
    }
    const Result<Endpoint> endpoint = m_form->endpoint();
    if (!endpoint) {
        return false;
    }
    m_busy = true;
    m_status->setText(tr("Saving…"));
    Q_EMIT completeChanged();
    auto done = [this](const Result<Endpoint> &saved) {
        m_busy = false;
        if (!saved) {
            m_status->setText(ProblemText::html(saved.problem()));
            Q_EMIT completeChanged();
            return;
        }
        m_savedId = saved->id;
        // Going back and changing something edits this endpoint rather than adding another.
        m_form->setEndpoint(saved.value());
        static_cast<SetupWizard *>(wizard())->setEndpointId(saved->id);
        m_status->clear();
        Q_EMIT completeChanged();
        m_justSaved = true;
        wizard()->next();
    };
    if (m_savedId > 0) {
        m_facade.updateEndpoint(endpoint.value(), this, done);
    } else {
        m_facade.addEndpoint(endpoint.value(), this, done);
    }
    return false;
}
