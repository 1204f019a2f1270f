#include "EndpointDetailsPane.h"

#include "core/Facade.h"
#include "core/deploy/DeploymentTarget.h"
#include "core/dns/DnsName.h"
#include "ui/activity/ActivityLogModel.h"
#include "ui/common/ProblemText.h"
#include "ui/common/RelativeTime.h"
#include "ui/dns/DnsReviewPanel.h"
#include "ui/endpoints/OrderHistoryModel.h"

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QString displayNames(const QStringList &names, const QString &separator)
{
    QStringList display;
    for (const QString &name : names) {
        display << DnsName::fromNormalised(name).display();
    }
    return display.join(separator);
}

QString keyTypeText(const QString &keyType)
{
    if (keyType == QLatin1String("ec-p256")) {
        return EndpointDetailsPane::tr("ECDSA P-256");
    }
    if (keyType == QLatin1String("ec-p384")) {
        return EndpointDetailsPane::tr("ECDSA P-384");
    }
    if (keyType.startsWith(QLatin1String("rsa-"))) {
        return EndpointDetailsPane::tr("RSA %1 bits").arg(keyType.mid(4));
    }
    return keyType;
}

} // namespace

EndpointDetailsPane::EndpointDetailsPane(Facade &facade, const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reloadTimer(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_detailsPage(new QWidget(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_noCertificate(new QLabel(this))
    , m_certificateFields(new QWidget(this))
    , m_certificateForm(nullptr)
    , m_settingsForm(nullptr)
    , m_orders(new OrderHistoryModel(this))
    , m_activity(new ActivityLogModel(this))
    , m_dnsPanel(new DnsReviewPanel(facade, this))
{
    setObjectName(QStringLiteral("endpointDetails"));
    setAccessibleName(tr("Endpoint details"));
    // Selection changes come in bursts (keyboard scrolling); ask the worker once they settle.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(80);
    connect(m_reloadTimer, &QTimer::timeout, this, &EndpointDetailsPane::reload);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("detailsSubtitle"));

    auto *buttons = new QHBoxLayout;
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_detailsPage);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->addTab(createCertificateTab(), tr("&Certificate"));
    m_tabs->addTab(createSettingsTab(), tr("&Settings"));
    // Loads and checks only while this tab is the one shown.
    m_tabs->addTab(m_dnsPanel, QIcon(QStringLiteral(":/icons/dns-records.svg")), tr("D&NS Records"));
    m_tabs->addTab(withFullText(createListView(m_orders, tr("Orders")), Qt::ToolTipRole), tr("&Orders"));
    QTreeView *activity = createListView(m_activity, tr("Activity"));
    // One endpoint's log: naming it on every line says nothing.
    activity->setColumnHidden(ActivityLogModel::EndpointColumn, true);
    m_tabs->addTab(withFullText(activity, Qt::ToolTipRole), tr("Acti&vity"));

    auto *pageLayout = new QVBoxLayout(m_detailsPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_subtitle);
    pageLayout->addLayout(buttons);
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_detailsPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_stack);
    showEndpoints({});

    connect(&m_facade, &Facade::endpointUpdated, this, [this](const Endpoint &endpoint) {
        if (endpoint.id == m_endpointId) {
            m_reloadTimer->start();
        }
    });
    connect(&m_facade, &Facade::orderFinished, this, [this](qint64 endpointId) {
        if (endpointId == m_endpointId) {
            m_reloadTimer->start();
        }
    });
}

QLabel *EndpointDetailsPane::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

QWidget *EndpointDetailsPane::createCertificateTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    m_noCertificate->setParent(page);
    m_noCertificate->setObjectName(QStringLiteral("noCertificate"));
    m_noCertificate->setWordWrap(true);
    m_noCertificate->setText(tr("No certificate has been issued for this endpoint yet. Choose Renew now to order "
                                "the first one."));
    m_certificateFields->setParent(page);
    m_certificateForm = new QFormLayout(m_certificateFields);
    m_certificateForm->setContentsMargins(0, 0, 0, 0);
    m_certificateForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(m_certificateForm, tr("Names:"), QStringLiteral("certificateNames"));
    addField(m_certificateForm, tr("Issuer:"), QStringLiteral("certificateIssuer"));
    addField(m_certificateForm, tr("Valid from:"), QStringLiteral("certificateNotBefore"));
    addField(m_certificateForm, tr("Valid until:"), QStringLiteral("certificateNotAfter"));
    addField(m_certificateForm, tr("Key type:"), QStringLiteral("certificateKeyType"));
    addField(m_certificateForm, tr("Serial number:"), QStringLiteral("certificateSerial"));
    QLabel *fingerprint =
        addField(m_certificateForm, tr("SHA-256 fingerprint:"), QStringLiteral("certificateFingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addField(m_certificateForm, tr("Chain:"), QStringLiteral("certificateChain"));
    layout->addWidget(m_noCertificate);
    layout->addWidget(m_certificateFields);
    layout->addStretch();
    scroll->setWidget(page);
    return scroll;
}

QWidget *EndpointDetailsPane::createSettingsTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    auto *fields = new QWidget(page);
    m_settingsForm = new QFormLayout(fields);
    m_settingsForm->setContentsMargins(0, 0, 0, 0);
    m_settingsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(m_settingsForm, tr("Reach:"), QStringLiteral("settingsReach"));
    addField(m_settingsForm, tr("Validation:"), QStringLiteral("settingsValidation"));
    addField(m_settingsForm, tr("Key type:"), QStringLiteral("settingsKeyType"));
    addField(m_settingsForm, tr("CA account:"), QStringLiteral("settingsAccount"));
    addField(m_settingsForm, tr("Deployment:"), QStringLiteral("settingsDeployment"));
    layout->addWidget(fields);
    layout->addStretch();
    scroll->setWidget(page);
    return scroll;
}

QWidget *EndpointDetailsPane::withFullText(QTreeView *view, int role)
{
    // Reasons and messages are long (a CA's problem detail with a URL in it); the selected
    // row's full text is shown below the list, wrapped and selectable for copying.
    auto *page = new QWidget(this);
    auto *text = new QLabel(page);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setAccessibleName(tr("Selected entry"));
    text->hide();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addWidget(text);
    connect(view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            text,
            [view, text, role](const QModelIndex &current) {
                const int last = view->model()->columnCount() - 1;
                const QString full =
                    current.isValid() ? current.siblingAtColumn(last).data(role).toString() : QString();
                text->setText(full);
                text->setVisible(!full.isEmpty());
            });
    connect(view->model(), &QAbstractItemModel::modelReset, text, &QWidget::hide);
    return page;
}

QTreeView *EndpointDetailsPane::createListView(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTreeView(this);
    view->setModel(model);
    view->setRootIsDecorated(false);
    // A few dozen rows at most, and the last column (a reason, a message) is the one to read
    // in full: wrap it rather than cut it off.
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAccessibleName(name);
    view->header()->setStretchLastSection(true);
    for (int column = 0; column + 1 < model->columnCount(); ++column) {
        view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    return view;
}

void EndpointDetailsPane::showEndpoints(const QList<qint64> &endpointIds)
{
    if (endpointIds.size() == 1) {
        if (endpointIds.first() != m_endpointId) {
            m_endpointId = endpointIds.first();
            m_details = {};
            m_title->setText(tr("Loading…"));
            m_subtitle->clear();
            m_stack->setCurrentWidget(m_detailsPage);
        }
        m_reloadTimer->start();
        m_dnsPanel->showEndpoints({m_endpointId});
        return;
    }
    m_reloadTimer->stop();
    m_endpointId = 0;
    m_details = {};
    ++m_request; // an answer still on its way is for nobody now
    m_placeholder->setText(endpointIds.isEmpty()
                               ? tr("Select an endpoint to see its certificate, orders and activity.")
                               : tr("%n endpoint(s) selected. Renew, export or delete them together with the "
                                    "toolbar or the Endpoint menu.",
                                    nullptr,
                                    static_cast<int>(endpointIds.size())));
    m_stack->setCurrentWidget(m_placeholder);
}

void EndpointDetailsPane::showDnsRecords()
{
    m_tabs->setCurrentWidget(m_dnsPanel);
    m_dnsPanel->checkNow();
}

void EndpointDetailsPane::reload()
{
    if (m_endpointId == 0) {
        return;
    }
    const quint64 request = ++m_request;
    const qint64 endpointId = m_endpointId;
    m_facade.loadEndpointDetails(endpointId, this, [this, request](const Result<EndpointDetails> &details) {
        if (request != m_request) {
            return; // the selection moved on
        }
        if (!details) {
            showProblem(details.problem());
            return;
        }
        show(details.value());
    });
}

void EndpointDetailsPane::showProblem(const Problem &problem)
{
    m_title->setText(tr("The details cannot be shown"));
    m_subtitle->setText(ProblemText::oneLine(problem));
}

void EndpointDetailsPane::show(const EndpointDetails &details)
{
    m_details = details;
    const Endpoint &endpoint = details.endpoint;
    m_title->setText(displayNames(endpoint.names, QStringLiteral(", ")));
    const QString title = endpoint.title != endpoint.names.value(0) ? endpoint.title : QString();
    m_subtitle->setText(title);
    m_subtitle->setVisible(!title.isEmpty());
    showCertificate(details);
    showSettings(endpoint, details.accountTitle);
    m_orders->setOrders(details.orders);
    m_activity->setEntries(details.activity);
    m_activity->setEndpointNames({{endpoint.id, endpoint.names.value(0)}});
    Q_EMIT detailsShown(endpoint.id);
}

void EndpointDetailsPane::showCertificate(const EndpointDetails &details)
{
    const bool has = details.certificate.has_value();
    m_noCertificate->setVisible(!has);
    m_certificateFields->setVisible(has);
    if (!has) {
        return;
    }
    const IssuedCertificate &certificate = *details.certificate;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    auto set = [this](const char *name, const QString &text) {
        if (auto *label = m_certificateFields->findChild<QLabel *>(QLatin1String(name))) {
            label->setText(text);
        }
    };
    set("certificateNames", displayNames(certificate.names, QStringLiteral("\n")));
    set("certificateIssuer", certificate.issuer);
    set("certificateNotBefore", locale.toString(certificate.notBefore.toLocalTime(), QLocale::LongFormat));
    set("certificateNotAfter", RelativeTime::describeWithDate(certificate.notAfter, now));
    set("certificateKeyType", keyTypeText(certificate.keyType));
    set("certificateSerial", certificate.serial);
    set("certificateFingerprint", certificate.fingerprintSha256);
    QStringList chain;
    for (qsizetype i = 0; i < details.chain.size(); ++i) {
        const EndpointDetails::ChainCertificate &link = details.chain.at(i);
        chain << tr("%1. %2, issued by %3, until %4", "position. subject, issued by issuer, until date")
                     .arg(i + 1)
                     .arg(link.subject,
                          link.issuer,
                          locale.toString(link.notAfter.toLocalTime().date(), QLocale::ShortFormat));
    }
    set("certificateChain", chain.join(QLatin1Char('\n')));
}

void EndpointDetailsPane::showSettings(const Endpoint &endpoint, const QString &accountTitle)
{
    auto set = [this](const char *name, const QString &text) {
        if (auto *label = m_settingsForm->parentWidget()->findChild<QLabel *>(QLatin1String(name))) {
            label->setText(text);
        }
    };
    set("settingsReach",
        endpoint.exposure == Endpoint::Exposure::External
            ? tr("External: the names point at %1").arg(DnsName::fromNormalised(endpoint.targetHost).display())
            : tr("Internal: reachable only inside your network"));
    QString validation;
    if (endpoint.challengeType == QLatin1String("http-01")) {
        const QString webroot = endpoint.solverSettings.value(QStringLiteral("webroot")).toString();
        const QString listen = endpoint.solverSettings.value(QStringLiteral("listen")).toString();
        validation = !webroot.isEmpty()
                         ? tr("HTTP-01, files written to %1").arg(QDir::toNativeSeparators(webroot))
                         : tr("HTTP-01, built-in responder on %1").arg(listen.isEmpty() ? tr("port 80") : listen);
    } else {
        validation = tr("DNS-01 through the delegation zone");
    }
    set("settingsValidation", validation);
    set("settingsKeyType", keyTypeText(endpoint.keyType));
    set("settingsAccount", accountTitle.isEmpty() ? tr("The default account") : accountTitle);
    const Result<DeploymentTarget> target = DeploymentTarget::fromJson(endpoint.deploySettings);
    QString deployment = tr("Not deployed automatically");
    if (target && target->isEnabled()) {
        const QString folder = QDir::toNativeSeparators(target->folder);
        if (target->writePem && target->writePfx) {
            deployment = tr("PEM and PFX files to %1").arg(folder);
        } else if (target->writePfx) {
            deployment = tr("A PFX file to %1").arg(folder);
        } else {
            deployment = tr("PEM files to %1").arg(folder);
        }
        if (!target->postDeployCommand.isEmpty()) {
            deployment += QLatin1Char('\n') + tr("then runs: %1").arg(target->postDeployCommand);
        }
    }
    set("settingsDeployment", deployment);
}
