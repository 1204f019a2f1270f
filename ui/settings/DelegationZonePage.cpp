#include "DelegationZonePage.h"

#include "core/Facade.h"
#include "core/endpoints/DelegationZone.h"
#include "ui/common/ProblemText.h"
#include "ui/providers/ProviderDialog.h"
#include "ui/providers/ProviderForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

DelegationZonePage::DelegationZonePage(Facade &facade, QWidget *parent)
    : SettingsPage(parent)
    , m_facade(facade)
    , m_zone(new QLineEdit(this))
    , m_zoneMessage(createFieldMessage(QStringLiteral("zoneMessage")))
    , m_provider(new QComboBox(this))
    , m_newProvider(new QPushButton(tr("&New Provider…"), this))
    , m_providerMessage(createFieldMessage(QStringLiteral("providerMessage")))
    , m_providerHint(new QLabel(this))
    , m_loadProblem(createFieldMessage(QStringLiteral("delegationLoadProblem")))
{
    setObjectName(QStringLiteral("delegationZonePage"));
    auto *explanation = new QLabel(
        tr("<p>The delegation zone is one DNS zone you control through one DNS provider, for example "
           "<i>acme.example.com</i>. CertDesk publishes every ACME challenge there, so it needs no credentials "
           "for the domains themselves.</p>"
           "<p>Each name gets a label of its own in the zone. Whoever runs a domain creates, once, a CNAME "
           "record from <i>_acme-challenge.&lt;name&gt;</i> to that label; the endpoint's DNS records show the "
           "exact record to create.</p>"),
        this);
    explanation->setObjectName(QStringLiteral("delegationExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);

    m_zone->setObjectName(QStringLiteral("zoneEdit"));
    m_zone->setPlaceholderText(tr("acme.example.com"));
    m_zone->setToolTip(tr("Leave it empty to use no delegation zone."));
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setPlaceholderText(tr("Choose the DNS provider that writes this zone"));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_newProvider->setObjectName(QStringLiteral("newProviderButton"));
    m_providerHint->setObjectName(QStringLiteral("providerHint"));
    m_providerHint->setWordWrap(true);
    m_providerHint->hide();

    auto *providerRow = new QHBoxLayout;
    providerRow->addWidget(m_provider, 1);
    providerRow->addWidget(m_newProvider);
    auto *form = new QFormLayout;
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(QString(), m_zoneMessage);
    // A row of two widgets gets no buddy from QFormLayout; the label names the combo itself.
    auto *providerLabel = new QLabel(tr("DNS &provider:"), this);
    providerLabel->setBuddy(m_provider);
    form->addRow(providerLabel, providerRow);
    form->addRow(QString(), m_providerHint);
    form->addRow(QString(), m_providerMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadProblem);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_zone, &QLineEdit::textEdited, this, [this] {
        showFieldMessage(m_zoneMessage, {});
        markModified();
    });
    connect(m_zone, &QLineEdit::textChanged, this, [this] {
        Q_EMIT zoneChanged(zone());
    });
    connect(m_zone, &QLineEdit::editingFinished, this, &DelegationZonePage::showZoneInUnicode);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        showFieldMessage(m_providerMessage, {});
        markModified();
    });
    connect(m_newProvider, &QPushButton::clicked, this, &DelegationZonePage::createProvider);
}

QString DelegationZonePage::title() const
{
    return tr("Delegation Zone");
}

QIcon DelegationZonePage::icon() const
{
    return QIcon(QStringLiteral(":/icons/endpoints.svg"));
}

void DelegationZonePage::showEvent(QShowEvent *event)
{
    updateProviderHint();
    SettingsPage::showEvent(event);
}

void DelegationZonePage::createProvider()
{
    auto *dialog = new ProviderDialog(m_facade, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The zone being set up is the provider's zone unless the administrator says otherwise.
    if (const DnsName typed = zone(); !typed.isNull()) {
        dialog->form()->setFieldValue(QStringLiteral("zone"), typed.display());
    }
    connect(dialog, &ProviderDialog::providerSaved, this, [this](const DnsProviderConfig &saved) {
        reloadProviders(saved.id);
    });
    dialog->open();
}

void DelegationZonePage::load()
{
    struct Loading
    {
        std::optional<DelegationZone> zone;
        QList<DnsProviderConfig> providers;
        std::optional<Problem> problem;
        int pending = 2;
    };

    auto loading = std::make_shared<Loading>();
    auto settle = [this, loading] {
        if (--loading->pending > 0) {
            return;
        }
        if (loading->problem) {
            // Not marked loaded: the page stays disabled and is never saved over what is stored.
            showFieldMessage(m_loadProblem, ProblemText::oneLine(*loading->problem));
            return;
        }
        Populating populating(this);
        showFieldMessage(m_loadProblem, {});
        m_loadedZone = loading->zone ? loading->zone->zone : DnsName();
        m_loadedProviderId = loading->zone ? loading->zone->providerId : 0;
        m_zone->setText(m_loadedZone.display());
        showProviders(loading->providers, m_loadedProviderId);
        markLoaded();
    };
    m_facade.loadDelegationZone(this, [loading, settle](const Result<std::optional<DelegationZone>> &zone) {
        if (zone) {
            loading->zone = zone.value();
        } else {
            loading->problem = zone.problem();
        }
        settle();
    });
    m_facade.loadProviders(this, [loading, settle](const Result<QList<DnsProviderConfig>> &providers) {
        if (providers) {
            loading->providers = providers.value();
        } else {
            loading->problem = providers.problem();
        }
        settle();
    });
}

void DelegationZonePage::reloadProviders(qint64 selectId)
{
    const qint64 select = selectId > 0 ? selectId : chosenProviderId();
    m_facade.loadProviders(this, [this, select](const Result<QList<DnsProviderConfig>> &providers) {
        if (!providers) {
            showFieldMessage(m_providerMessage, ProblemText::oneLine(providers.problem()));
            return;
        }
        const qint64 before = chosenProviderId();
        {
            Populating populating(this);
            showProviders(providers.value(), select);
        }
        if (chosenProviderId() != before) {
            markModified();
        }
    });
}

void DelegationZonePage::showProviders(const QList<DnsProviderConfig> &providers, qint64 selectId)
{
    m_provider->clear();
    for (const DnsProviderConfig &provider : providers) {
        m_provider->addItem(tr("%1 (%2)").arg(provider.title, provider.kind), provider.id);
    }
    m_provider->setCurrentIndex(m_provider->findData(selectId));
    m_provider->setEnabled(!providers.isEmpty());
    if (providers.isEmpty()) {
        m_provider->setPlaceholderText(tr("No DNS provider is set up yet"));
    } else {
        m_provider->setPlaceholderText(tr("Choose the DNS provider that writes this zone"));
    }
    updateProviderHint();
}

void DelegationZonePage::updateProviderHint()
{
    if (m_provider->count() > 0) {
        m_providerHint->hide();
        return;
    }
    m_providerHint->setText(tr("Add the DNS provider that writes the zone with “New Provider…”."));
    m_providerHint->show();
}

qint64 DelegationZonePage::chosenProviderId() const
{
    return m_provider->currentIndex() < 0 ? 0 : m_provider->currentData().toLongLong();
}

DnsName DelegationZonePage::zone() const
{
    const Result<DnsName> parsed = DelegationZone::parseZone(m_zone->text());
    return parsed ? parsed.value() : DnsName();
}

void DelegationZonePage::showZoneInUnicode()
{
    // Punycode typed or pasted is shown the way people read the name.
    const DnsName parsed = zone();
    if (!parsed.isNull() && parsed.display() != m_zone->text()) {
        m_zone->setText(parsed.display());
    }
}

QWidget *DelegationZonePage::validate()
{
    QWidget *first = nullptr;
    const QString text = m_zone->text().trimmed();
    if (text.isEmpty()) {
        showFieldMessage(m_zoneMessage, {});
        showFieldMessage(m_providerMessage, {});
        return nullptr;
    }
    const Result<DnsName> parsed = DelegationZone::parseZone(text);
    if (!parsed) {
        showFieldMessage(m_zoneMessage, ProblemText::oneLine(parsed.problem()));
        first = m_zone;
    } else {
        showFieldMessage(m_zoneMessage, {});
    }
    if (chosenProviderId() <= 0) {
        showFieldMessage(m_providerMessage,
                         m_provider->count() == 0 ? tr("A delegation zone needs the DNS provider that writes it.")
                                                  : tr("Choose the DNS provider that writes this zone."));
        if (!first) {
            first = m_provider;
        }
    } else {
        showFieldMessage(m_providerMessage, {});
    }
    return first;
}

void DelegationZonePage::save(std::function<void(Result<void>)> done)
{
    const DnsName zone = m_zone->text().trimmed().isEmpty() ? DnsName() : this->zone();
    const qint64 providerId = zone.isNull() ? 0 : chosenProviderId();
    if (zone == m_loadedZone && providerId == m_loadedProviderId) {
        markSaved();
        QMetaObject::invokeMethod(
            this,
            [done] {
                done({});
            },
            Qt::QueuedConnection);
        return;
    }
    m_facade.saveDelegationZone(zone, providerId, this, [this, zone, providerId, done](const Result<void> &saved) {
        if (saved) {
            m_loadedZone = zone;
            m_loadedProviderId = providerId;
            markSaved();
        } else {
            showFieldMessage(m_zoneMessage, ProblemText::oneLine(saved.problem()));
        }
        done(saved);
    });
}
