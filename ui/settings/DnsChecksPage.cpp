#include "DnsChecksPage.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int kMaxConfirmSeconds = 3600;
constexpr int kMaxWatchMinutes = 7 * 24 * 60;

int watchMinutes(const DnsSettings &settings)
{
    return int(qBound(qint64(1), qint64((settings.watchInterval.count() + 30) / 60), qint64(kMaxWatchMinutes)));
}

int confirmSeconds(const DnsSettings &settings)
{
    return int(qBound(qint64(1), qint64(settings.confirmTimeout.count()), qint64(kMaxConfirmSeconds)));
}

} // namespace

DnsChecksPage::DnsChecksPage(Facade &facade, QWidget *parent)
    : SettingsPage(parent)
    , m_facade(facade)
    , m_resolvers(new QListWidget(this))
    , m_resolverEdit(new QLineEdit(this))
    , m_addResolver(new QPushButton(tr("&Add"), this))
    , m_removeResolver(new QPushButton(tr("&Remove"), this))
    , m_systemResolvers(new QPushButton(tr("Use This &Computer's Resolvers"), this))
    , m_resolverMessage(createFieldMessage(QStringLiteral("resolverMessage")))
    , m_authoritativePort(new QSpinBox(this))
    , m_confirmTimeout(new QSpinBox(this))
    , m_watchInterval(new QSpinBox(this))
    , m_test(new QPushButton(tr("&Test Resolvers"), this))
    , m_testResult(new QLabel(this))
    , m_loadProblem(createFieldMessage(QStringLiteral("dnsLoadProblem")))
{
    setObjectName(QStringLiteral("dnsChecksPage"));
    m_resolvers->setObjectName(QStringLiteral("resolverList"));
    m_resolvers->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resolvers->setAccessibleName(tr("Recursive resolvers"));
    m_resolverEdit->setObjectName(QStringLiteral("resolverEdit"));
    m_resolverEdit->setPlaceholderText(tr("192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53"));
    m_resolverEdit->setAccessibleName(tr("Resolver address"));
    m_addResolver->setObjectName(QStringLiteral("addResolverButton"));
    m_removeResolver->setObjectName(QStringLiteral("removeResolverButton"));
    m_removeResolver->setEnabled(false);
    m_systemResolvers->setObjectName(QStringLiteral("systemResolversButton"));
    m_systemResolvers->setToolTip(tr("The name servers this computer is configured with (resolv.conf)."));

    m_authoritativePort->setObjectName(QStringLiteral("authoritativePortSpin"));
    m_authoritativePort->setRange(1, 65535);
    m_authoritativePort->setToolTip(tr("53 everywhere but in test labs."));
    m_confirmTimeout->setObjectName(QStringLiteral("confirmTimeoutSpin"));
    m_confirmTimeout->setRange(1, kMaxConfirmSeconds);
    m_confirmTimeout->setSuffix(tr(" s", "seconds"));
    m_confirmTimeout->setToolTip(
        tr("How long a TXT record written through a DNS provider may take to appear at every authoritative "
           "server before the order is given up."));
    m_watchInterval->setObjectName(QStringLiteral("watchIntervalSpin"));
    m_watchInterval->setRange(1, kMaxWatchMinutes);
    m_watchInterval->setSuffix(tr(" min", "minutes"));
    m_test->setObjectName(QStringLiteral("testResolversButton"));
    m_testResult->setObjectName(QStringLiteral("resolverTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();

    auto *intro = new QLabel(tr("CertDesk asks these recursive resolvers what a CA will see when it validates "
                                "(following CNAMEs into the delegation zone), and asks each zone's authoritative "
                                "servers directly."),
                             this);
    intro->setWordWrap(true);

    auto *resolverGroup = new QGroupBox(tr("Recursive resolvers"), this);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_resolverEdit, 1);
    entry->addWidget(m_addResolver);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_removeResolver);
    listButtons->addWidget(m_systemResolvers);
    listButtons->addStretch(1);
    listButtons->addWidget(m_test);
    auto *list = new QHBoxLayout;
    list->addWidget(m_resolvers, 1);
    list->addLayout(listButtons);
    auto *resolverLayout = new QVBoxLayout(resolverGroup);
    resolverLayout->addLayout(list);
    resolverLayout->addLayout(entry);
    resolverLayout->addWidget(m_resolverMessage);
    resolverLayout->addWidget(m_testResult);

    auto *form = new QFormLayout;
    form->addRow(tr("Authoritative servers' &port:"), m_authoritativePort);
    form->addRow(tr("Wait for new TXT records &up to:"), m_confirmTimeout);
    form->addRow(tr("Check required records &every:"), m_watchInterval);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadProblem);
    layout->addWidget(intro);
    layout->addWidget(resolverGroup, 1);
    layout->addLayout(form);

    connect(m_addResolver, &QPushButton::clicked, this, &DnsChecksPage::addTypedResolver);
    // Return in the address field adds the address; it must not also press the dialog's OK.
    m_resolverEdit->installEventFilter(this);
    m_addResolver->setAutoDefault(false);
    connect(m_resolverEdit, &QLineEdit::textEdited, this, [this] {
        showFieldMessage(m_resolverMessage, {});
    });
    connect(m_removeResolver, &QPushButton::clicked, this, &DnsChecksPage::removeSelectedResolvers);
    connect(m_systemResolvers, &QPushButton::clicked, this, &DnsChecksPage::useSystemResolvers);
    connect(m_resolvers, &QListWidget::itemSelectionChanged, this, [this] {
        m_removeResolver->setEnabled(!m_resolvers->selectedItems().isEmpty());
    });
    connect(m_test, &QPushButton::clicked, this, &DnsChecksPage::testResolvers);
    for (QSpinBox *spin : {m_authoritativePort, m_confirmTimeout, m_watchInterval}) {
        connect(spin, &QSpinBox::valueChanged, this, &DnsChecksPage::markModified);
    }
}

bool DnsChecksPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_resolverEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedResolver();
            return true;
        }
    }
    return SettingsPage::eventFilter(watched, event);
}

QString DnsChecksPage::title() const
{
    return tr("DNS Checks");
}

QIcon DnsChecksPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/status-info.svg"));
}

void DnsChecksPage::load()
{
    m_facade.loadDnsSettings(this, [this](const Result<DnsSettings> &settings) {
        if (!settings) {
            // Not marked loaded: the page stays disabled and is never saved over what is stored.
            showFieldMessage(m_loadProblem, ProblemText::oneLine(settings.problem()));
            return;
        }
        showFieldMessage(m_loadProblem, {});
        showSettings(settings.value());
        markLoaded();
    });
}

void DnsChecksPage::showSettings(const DnsSettings &settings)
{
    Populating populating(this);
    m_loaded = settings;
    m_resolvers->clear();
    for (const DnsServer &server : settings.resolvers) {
        m_resolvers->addItem(server.toString());
    }
    m_authoritativePort->setValue(settings.authoritativePort);
    m_confirmTimeout->setValue(confirmSeconds(settings));
    m_watchInterval->setValue(watchMinutes(settings));
}

QList<DnsServer> DnsChecksPage::resolvers() const
{
    QList<DnsServer> servers;
    for (int row = 0; row < m_resolvers->count(); ++row) {
        // Every entry was parsed before it was added.
        const Result<DnsServer> server = DnsServer::parse(m_resolvers->item(row)->text());
        if (server) {
            servers << server.value();
        }
    }
    return servers;
}

bool DnsChecksPage::addTypedResolver()
{
    const QString text = m_resolverEdit->text().trimmed();
    if (text.isEmpty()) {
        return true;
    }
    const Result<DnsServer> server = DnsServer::parse(text);
    if (!server) {
        showFieldMessage(m_resolverMessage, ProblemText::oneLine(server.problem()));
        return false;
    }
    if (resolvers().contains(server.value())) {
        showFieldMessage(m_resolverMessage, tr("%1 is in the list already.").arg(server->toString()));
        return false;
    }
    m_resolvers->addItem(server->toString());
    m_resolverEdit->clear();
    showFieldMessage(m_resolverMessage, {});
    markModified();
    return true;
}

void DnsChecksPage::removeSelectedResolvers()
{
    const QList<QListWidgetItem *> selected = m_resolvers->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    qDeleteAll(selected);
    markModified();
}

void DnsChecksPage::useSystemResolvers()
{
    const QList<DnsServer> system = DnsSettings::systemResolvers();
    if (system.isEmpty()) {
        showFieldMessage(m_resolverMessage,
                         tr("This computer has no name servers configured that CertDesk can read; enter the "
                            "resolvers' addresses."));
        return;
    }
    m_resolvers->clear();
    for (const DnsServer &server : system) {
        m_resolvers->addItem(server.toString());
    }
    showFieldMessage(m_resolverMessage, {});
    markModified();
}

QWidget *DnsChecksPage::validate()
{
    if (!addTypedResolver()) {
        return m_resolverEdit;
    }
    if (m_resolvers->count() == 0) {
        showFieldMessage(m_resolverMessage, tr("Add at least one resolver: record checks ask it what a CA will see."));
        return m_resolverEdit;
    }
    showFieldMessage(m_resolverMessage, {});
    return nullptr;
}

DnsSettings DnsChecksPage::current() const
{
    DnsSettings settings = m_loaded;
    settings.resolvers = resolvers();
    settings.authoritativePort = quint16(m_authoritativePort->value());
    // Values set on the command line may lie outside the spin boxes' ranges or between their
    // steps: they are kept unless the administrator changed the field here.
    if (m_confirmTimeout->value() != confirmSeconds(m_loaded)) {
        settings.confirmTimeout = std::chrono::seconds(m_confirmTimeout->value());
    }
    if (m_watchInterval->value() != watchMinutes(m_loaded)) {
        settings.watchInterval = std::chrono::minutes(m_watchInterval->value());
    }
    return settings;
}

void DnsChecksPage::save(std::function<void(Result<void>)> done)
{
    const DnsSettings settings = current();
    m_facade.saveDnsSettings(settings, this, [this, settings, done](const Result<void> &saved) {
        if (saved) {
            m_loaded = settings;
            markSaved();
        }
        done(saved);
    });
}

void DnsChecksPage::testResolvers()
{
    if (!addTypedResolver()) {
        return;
    }
    const QList<DnsServer> servers = resolvers();
    if (servers.isEmpty()) {
        showFieldMessage(m_resolverMessage, tr("Add a resolver to test first."));
        return;
    }
    m_test->setEnabled(false);
    showOutcome(m_testResult,
                true,
                tr("Asking %n resolver(s) for %1 …", nullptr, int(servers.size()))
                    .arg(m_probeZone.isNull() ? tr("the root zone") : m_probeZone.display().toHtmlEscaped()));
    m_facade.testResolvers(servers, m_probeZone, this, [this](const Result<QList<ResolverCheck::Outcome>> &outcomes) {
        m_test->setEnabled(true);
        if (!outcomes) {
            showOutcome(m_testResult, false, ProblemText::html(outcomes.problem()));
            return;
        }
        QStringList lines;
        bool allOk = true;
        for (const ResolverCheck::Outcome &outcome : outcomes.value()) {
            const QString server = outcome.server.toString().toHtmlEscaped();
            if (outcome.ok()) {
                lines << tr("✓ %1 answered in %n ms.", nullptr, int(outcome.milliseconds)).arg(server);
            } else {
                allOk = false;
                lines << tr("✗ %1: %2").arg(server, ProblemText::oneLine(*outcome.problem).toHtmlEscaped());
            }
        }
        showOutcome(m_testResult, allOk, lines.join(QStringLiteral("<br>")));
    });
}
