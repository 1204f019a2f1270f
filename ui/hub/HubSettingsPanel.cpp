#include "HubSettingsPanel.h"

#include "core/Facade.h"
#include "core/dns/DnsName.h"
#include "ui/common/ProblemText.h"
#include "ui/endpoints/EndpointTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

HubSettingsPanel::HubSettingsPanel(Facade &facade, EndpointTableModel *endpoints, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_endpoints(endpoints)
    , m_switch(new QCheckBox(tr("&Run the hub (and start it with CertDesk)"), this))
    , m_status(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_plainHttp(new QCheckBox(tr("Plain &HTTP without TLS: only on this computer, behind a local TLS proxy"), this))
    , m_certificate(new QComboBox(this))
    , m_acmeDnsZone(new QLineEdit(this))
    , m_acmeDnsRegistration(new QCheckBox(tr("Let acme-dns clients create their own accounts (/&register)"), this))
    , m_publicUrl(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save Settings"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("hubPage"));
    auto *title = new QLabel(tr("Management hub"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *explanation = new QLabel(tr("Other ACME clients on the network (lego, acme.sh, certbot, Certify) publish "
                                      "their _acme-challenge records through the hub with an API token, so they never "
                                      "hold DNS credentials."),
                                   this);
    explanation->setWordWrap(true);
    m_switch->setObjectName(QStringLiteral("hubSwitch"));
    m_status->setObjectName(QStringLiteral("hubStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setObjectName(QStringLiteral("listenAddressEdit"));
    m_address->setPlaceholderText(QStringLiteral("0.0.0.0"));
    m_address->setToolTip(tr("0.0.0.0 or :: for every network, 127.0.0.1 for this computer only"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_plainHttp->setObjectName(QStringLiteral("plainHttpCheck"));
    m_certificate->setObjectName(QStringLiteral("certificateCombo"));
    m_certificate->setAccessibleName(tr("TLS certificate"));
    m_acmeDnsZone->setObjectName(QStringLiteral("acmeDnsZoneEdit"));
    m_acmeDnsZone->setPlaceholderText(tr("Optional, like acme.example.com: where acme-dns accounts' records are"));
    m_acmeDnsRegistration->setObjectName(QStringLiteral("acmeDnsRegisterCheck"));
    m_publicUrl->setObjectName(QStringLiteral("publicUrlEdit"));
    m_publicUrl->setPlaceholderText(tr("Optional, like https://certdesk.corp.example:8443"));
    m_save->setObjectName(QStringLiteral("saveHubButton"));
    m_problem->setObjectName(QStringLiteral("hubProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();

    auto *listenRow = new QHBoxLayout;
    listenRow->addWidget(m_address, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    listenRow->addWidget(portLabel);
    listenRow->addWidget(m_port);
    auto *listener = new QGroupBox(tr("Listener"), this);
    auto *listenerForm = new QFormLayout(listener);
    auto *addressLabel = new QLabel(tr("&Address:"), listener);
    addressLabel->setBuddy(m_address);
    listenerForm->addRow(addressLabel, listenRow);
    listenerForm->addRow(tr("&Certificate:"), m_certificate);
    listenerForm->addRow(QString(), m_plainHttp);
    listenerForm->addRow(tr("Public &URL:"), m_publicUrl);
    auto *acmeDns = new QGroupBox(tr("acme-dns clients"), this);
    auto *acmeDnsForm = new QFormLayout(acmeDns);
    acmeDnsForm->addRow(tr("&Zone:"), m_acmeDnsZone);
    acmeDnsForm->addRow(QString(), m_acmeDnsRegistration);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(m_switch);
    layout->addWidget(m_status);
    layout->addWidget(listener);
    layout->addWidget(acmeDns);
    layout->addWidget(m_problem);
    layout->addLayout(saveRow);
    layout->addStretch(1);

    connect(m_address, &QLineEdit::textChanged, this, &HubSettingsPanel::updateEnabled);
    connect(m_plainHttp, &QCheckBox::toggled, this, &HubSettingsPanel::updateEnabled);
    connect(m_acmeDnsZone, &QLineEdit::textChanged, this, &HubSettingsPanel::updateEnabled);
    connect(m_acmeDnsRegistration, &QCheckBox::toggled, this, &HubSettingsPanel::updateEnabled);
    connect(m_save, &QPushButton::clicked, this, &HubSettingsPanel::save);
    connect(m_switch, &QCheckBox::toggled, this, &HubSettingsPanel::switchToggled);
    connect(&facade, &Facade::hubStarted, this, &HubSettingsPanel::showRunning);
    connect(&facade, &Facade::hubStopped, this, [this] {
        showStatus(tr("Stopped."));
    });
    connect(&facade, &Facade::hubFailed, this, [this](const Problem &problem) {
        showStatus(QStringLiteral("<span style=\"color:#c0392b\">%1</span>").arg(ProblemText::html(problem)));
    });
    connect(m_endpoints, &QAbstractItemModel::modelReset, this, &HubSettingsPanel::fillEndpoints);
    connect(m_endpoints, &QAbstractItemModel::rowsInserted, this, &HubSettingsPanel::fillEndpoints);
    connect(m_endpoints, &QAbstractItemModel::rowsRemoved, this, &HubSettingsPanel::fillEndpoints);

    setEnabled(false); // until the settings are read
    if (facade.isHubRunning()) {
        showRunning();
    } else {
        showStatus(tr("Stopped."));
    }
    m_facade.loadHubSettings(this, [this](const Result<HubSettings> &settings) {
        setEnabled(true);
        if (!settings) {
            showProblem(settings.problem());
            return;
        }
        apply(settings.value());
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void HubSettingsPanel::apply(const HubSettings &settings)
{
    m_settings = settings;
    const QSignalBlocker blocker(m_switch);
    m_switch->setChecked(settings.enabled);
    m_address->setText(settings.address.toString());
    m_port->setValue(settings.port);
    m_plainHttp->setChecked(settings.plainHttp);
    m_acmeDnsZone->setText(settings.acmeDnsZone);
    m_acmeDnsRegistration->setChecked(settings.acmeDnsRegistration);
    m_publicUrl->setText(settings.publicUrl.toString());
    fillEndpoints();
    updateEnabled();
}

void HubSettingsPanel::fillEndpoints()
{
    const qint64 selected =
        m_certificate->count() > 0
            ? m_certificate->currentData().toLongLong()
            : (m_settings.certificateSource == HubSettings::CertificateSource::Endpoint ? m_settings.endpointId : 0);
    const QSignalBlocker blocker(m_certificate);
    m_certificate->clear();
    m_certificate->addItem(tr("Self-signed, made and renewed by CertDesk"), qint64(0));
    for (int row = 0; row < m_endpoints->rowCount(); ++row) {
        const Endpoint &endpoint = m_endpoints->endpointAt(row);
        QStringList names;
        for (const QString &name : endpoint.names) {
            names << DnsName::fromNormalised(name).display();
        }
        m_certificate->addItem(tr("The certificate of %1").arg(names.join(QStringLiteral(", "))), endpoint.id);
    }
    if (selected > 0 && m_certificate->findData(selected) < 0) {
        // Not in the list (yet): keep the choice rather than silently switching to self-signed.
        m_certificate->addItem(tr("The certificate of endpoint %1").arg(selected), selected);
    }
    m_certificate->setCurrentIndex(std::max(0, m_certificate->findData(selected)));
}

void HubSettingsPanel::updateEnabled()
{
    // Tokens travel in every request: without TLS they may only stay on this computer.
    // A checked box stays clickable, so it can be turned off; saving explains the conflict.
    const QHostAddress address(m_address->text().trimmed());
    const bool loopback = !address.isNull() && address.isLoopback();
    m_plainHttp->setEnabled(loopback || m_plainHttp->isChecked());
    m_plainHttp->setToolTip(loopback ? QString() : tr("Only possible when the hub listens on 127.0.0.1 or ::1"));
    m_certificate->setEnabled(!m_plainHttp->isChecked());
    m_acmeDnsRegistration->setEnabled(!m_acmeDnsZone->text().trimmed().isEmpty() || m_acmeDnsRegistration->isChecked());
}

HubSettings HubSettingsPanel::settings() const
{
    HubSettings settings = m_settings;
    settings.enabled = m_switch->isChecked();
    settings.address = QHostAddress(m_address->text().trimmed());
    settings.port = quint16(m_port->value());
    settings.plainHttp = m_plainHttp->isChecked();
    const qint64 endpointId = m_certificate->currentData().toLongLong();
    settings.certificateSource =
        endpointId > 0 ? HubSettings::CertificateSource::Endpoint : HubSettings::CertificateSource::SelfSigned;
    settings.endpointId = endpointId;
    settings.acmeDnsZone = m_acmeDnsZone->text().trimmed().toLower();
    if (settings.acmeDnsZone.endsWith(QLatin1Char('.'))) {
        settings.acmeDnsZone.chop(1);
    }
    settings.acmeDnsRegistration = m_acmeDnsRegistration->isChecked();
    settings.publicUrl = QUrl(m_publicUrl->text().trimmed(), QUrl::StrictMode);
    return settings;
}

void HubSettingsPanel::store(const HubSettings &settings, std::function<void()> then)
{
    m_busy = true;
    m_save->setEnabled(false);
    m_switch->setEnabled(false);
    m_problem->hide();
    m_facade.saveHubSettings(settings, this, [this, then](const Result<HubSettings> &stored) {
        m_busy = false;
        m_save->setEnabled(true);
        m_switch->setEnabled(true);
        if (!stored) {
            showProblem(stored.problem());
            // The switch shows what is stored, not what was refused.
            const QSignalBlocker blocker(m_switch);
            m_switch->setChecked(m_settings.enabled);
            return;
        }
        m_settings = stored.value();
        Q_EMIT saved();
        then();
    });
}

void HubSettingsPanel::save()
{
    if (m_busy || !m_loaded) {
        return;
    }
    store(settings(), [this] {
        Q_EMIT message(tr("Hub settings saved."));
        if (m_settings.enabled) {
            showStatus(tr("Starting…"));
            m_facade.startHub(); // a running hub restarts with the new settings
        } else if (m_facade.isHubRunning()) {
            m_facade.stopHub();
        }
    });
}

void HubSettingsPanel::switchToggled(bool on)
{
    if (m_busy || !m_loaded) {
        const QSignalBlocker blocker(m_switch);
        m_switch->setChecked(!on);
        return;
    }
    store(settings(), [this, on] {
        if (on) {
            showStatus(tr("Starting…"));
            m_facade.startHub();
        } else {
            showStatus(tr("Stopping…"));
            m_facade.stopHub();
        }
    });
}

void HubSettingsPanel::showRunning()
{
    QString text = tr("Running at <b>%1</b>.").arg(m_facade.hubUrl().toString().toHtmlEscaped());
    if (!m_facade.hubFingerprint().isEmpty()) {
        text += QLatin1Char(' ')
                + tr("Clients that do not trust its certificate can pin its SHA-256 fingerprint: %1")
                      .arg(m_facade.hubFingerprint().toHtmlEscaped());
    } else {
        text += QLatin1Char(' ') + tr("Plain HTTP, on this computer only.");
    }
    showStatus(text);
}

void HubSettingsPanel::showStatus(const QString &html)
{
    m_status->setText(html);
}

void HubSettingsPanel::showProblem(const Problem &problem)
{
    m_problem->setText(ProblemText::html(problem));
    m_problem->show();
    Q_EMIT message(ProblemText::oneLine(problem));
}
