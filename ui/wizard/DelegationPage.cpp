#include "DelegationPage.h"

#include "core/Facade.h"
#include "core/endpoints/DelegationZone.h"
#include "ui/common/ProblemText.h"
#include "ui/providers/ProviderForm.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

DelegationPage::DelegationPage(Facade &facade, QWidget *parent)
    : QWizardPage(parent)
    , m_facade(facade)
    , m_setUp(new QRadioButton(tr("Set up the delegation zone &now"), this))
    , m_keep(new QRadioButton(tr("&Keep the current delegation zone"), this))
    , m_later(new QRadioButton(tr("&Later: my first endpoint uses http-01, or I set this up in Settings"), this))
    , m_choices(new QButtonGroup(this))
    , m_details(new QWidget(this))
    , m_zone(new QLineEdit(m_details))
    , m_zoneMessage(new QLabel(m_details))
    , m_form(new ProviderForm(facade, m_details))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("delegationPage"));
    setTitle(tr("Your delegation zone"));
    setSubTitle(tr("One zone you control, such as acme.example.com. Each name's _acme-challenge record points into "
                   "it once, and CertDesk writes the challenges there, so internal names and wildcards get "
                   "certificates without DNS credentials for every domain."));
    m_setUp->setObjectName(QStringLiteral("delegationSetUpRadio"));
    m_keep->setObjectName(QStringLiteral("delegationKeepRadio"));
    m_later->setObjectName(QStringLiteral("delegationLaterRadio"));
    m_zone->setObjectName(QStringLiteral("delegationZoneEdit"));
    m_zone->setPlaceholderText(tr("acme.example.com"));
    m_zoneMessage->setObjectName(QStringLiteral("delegationZoneMessage"));
    m_zoneMessage->setWordWrap(true);
    m_zoneMessage->hide();
    m_status->setObjectName(QStringLiteral("delegationPageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_choices->addButton(m_setUp, SetUp);
    m_choices->addButton(m_keep, Keep);
    m_choices->addButton(m_later, Later);
    m_keep->hide();
    m_setUp->setChecked(true);

    auto *zoneRow = new QFormLayout;
    zoneRow->addRow(tr("&Zone:"), m_zone);
    zoneRow->addRow(QString(), m_zoneMessage);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(zoneRow);
    auto *providerTitle = new QLabel(tr("The DNS provider that writes this zone:"), m_details);
    detailsLayout->addWidget(providerTitle);
    detailsLayout->addWidget(m_form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_setUp);
    layout->addWidget(m_keep);
    layout->addWidget(m_later);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);

    connect(m_choices, &QButtonGroup::idToggled, this, [this] {
        updateEnabled();
    });
    connect(m_zone, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_zoneMessage->hide();
        // The provider's own zone starts as the delegation zone (an RFC 2136 server, PowerDNS).
        if (const Result<DnsName> zone = DelegationZone::parseZone(text); zone) {
            m_form->setFieldValue(QStringLiteral("zone"), zone->display());
        }
        Q_EMIT completeChanged();
    });
    connect(m_form, &ProviderForm::changed, this, &QWizardPage::completeChanged);
    updateEnabled();
}

void DelegationPage::initializePage()
{
    m_facade.loadDelegationZone(this, [this](const Result<std::optional<DelegationZone>> &current) {
        if (!current || !current.value()) {
            return;
        }
        const DelegationZone &zone = *current.value();
        m_keep->setText(tr("&Keep the current delegation zone, %1").arg(zone.zone.display()));
        m_keep->show();
        m_keep->setChecked(true);
        m_zone->setText(zone.zone.display());
    });
}

DelegationPage::Choice DelegationPage::choice() const
{
    return Choice(m_choices->checkedId());
}

void DelegationPage::updateEnabled()
{
    m_details->setEnabled(choice() == SetUp);
    m_status->clear();
    Q_EMIT completeChanged();
}

bool DelegationPage::isComplete() const
{
    if (m_busy) {
        return false;
    }
    return choice() != SetUp || !m_zone->text().trimmed().isEmpty();
}

void DelegationPage::finishWith(const QString &problemHtml)
{
    m_busy = false;
    m_status->setText(problemHtml);
    Q_EMIT completeChanged();
}

bool DelegationPage::validatePage()
{
    if (std::exchange(m_justSaved, false) || choice() != SetUp) {
        return true;
    }
    const Result<DnsName> zone = DelegationZone::parseZone(m_zone->text());
    if (!zone) {
        m_zoneMessage->setText(ProblemText::html(zone.problem()));
        m_zoneMessage->show();
        m_zone->setFocus();
        return false;
    }
    if (!m_form->validate()) {
        return false;
    }
    m_busy = true;
    m_status->setText(tr("Testing the connection to the DNS provider…"));
    Q_EMIT completeChanged();
    // Once saved, the form edits that provider (setProvider below), so going back and
    // changing it never adds a second one.
    const DnsProviderConfig provider = m_form->provider();
    const QByteArray secret = m_form->secret();
    const DnsName chosenZone = zone.value();
    // Saving tests the connection first and stores nothing when the test fails.
    m_facade.saveProvider(provider, secret, this, [this, chosenZone](const Result<DnsProviderConfig> &saved) {
        if (!saved) {
            finishWith(ProblemText::html(saved.problem()));
            return;
        }
        m_form->setProvider(saved.value());
        m_facade.saveDelegationZone(chosenZone, saved->id, this, [this](const Result<void> &stored) {
            if (!stored) {
                finishWith(ProblemText::html(stored.problem()));
                return;
            }
            m_busy = false;
            m_status->clear();
            Q_EMIT completeChanged();
            m_justSaved = true;
            wizard()->next();
        });
    });
    return false;
}
