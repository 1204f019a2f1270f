#include "FirstIssuancePage.h"

#include "SetupWizard.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString stepText(const QString &step)
{
    if (step == QLatin1String("authorizing") || step == QLatin1String("pending")) {
        return FirstIssuancePage::tr("The CA is checking that the names are yours…");
    }
    if (step == QLatin1String("finalizing") || step == QLatin1String("ready") || step == QLatin1String("processing")) {
        return FirstIssuancePage::tr("The CA is issuing the certificate…");
    }
    if (step == QLatin1String("downloading") || step == QLatin1String("valid")) {
        return FirstIssuancePage::tr("Downloading and storing the certificate…");
    }
    return FirstIssuancePage::tr("Ordering the certificate…");
}

} // namespace

FirstIssuancePage::FirstIssuancePage(Facade &facade, QWidget *parent)
    : QWizardPage(parent)
    , m_facade(facade)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_retry(new QPushButton(tr("&Try Again"), this))
{
    setObjectName(QStringLiteral("issuancePage"));
    setTitle(tr("Your first certificate"));
    setSubTitle(tr("CertDesk orders it now. From here on it is renewed automatically."));
    setFinalPage(true);
    m_status->setObjectName(QStringLiteral("issuanceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("issuanceProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Issuance progress"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &FirstIssuancePage::issue);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(&m_facade, &Facade::orderProgress, this, &FirstIssuancePage::progress);
    connect(&m_facade, &Facade::orderFinished, this, &FirstIssuancePage::finished);
}

qint64 FirstIssuancePage::endpointId() const
{
    return static_cast<SetupWizard *>(wizard())->endpointId();
}

void FirstIssuancePage::initializePage()
{
    if (!m_succeeded && !m_running) {
        issue();
    }
}

void FirstIssuancePage::issue()
{
    m_running = true;
    m_done = false;
    m_retry->hide();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_status->setText(stepText({}));
    Q_EMIT completeChanged();
    m_facade.issueNow({endpointId()});
}

void FirstIssuancePage::progress(qint64 endpointId, const QString &step)
{
    if (m_running && endpointId == this->endpointId()) {
        m_status->setText(stepText(step));
    }
}

void FirstIssuancePage::finished(qint64 endpointId, bool succeeded, const Problem &problem)
{
    if (!m_running || endpointId != this->endpointId()) {
        return;
    }
    m_running = false;
    m_done = true;
    m_succeeded = succeeded;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setVisible(succeeded);
    if (succeeded) {
        m_status->setText(tr("The certificate has been issued. You find it in the endpoint list, where CertDesk "
                             "shows when it expires and when it will be renewed."));
    } else {
        m_status->setText(tr("<p><b>No certificate yet.</b></p><p>%1</p><p>Fix the cause and try again, or "
                             "finish now and renew the endpoint from the list later.</p>")
                              .arg(ProblemText::html(problem)));
        m_retry->show();
    }
    Q_EMIT completeChanged();
}

bool FirstIssuancePage::isComplete() const
{
    return m_done;
}
