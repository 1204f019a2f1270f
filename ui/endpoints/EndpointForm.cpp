#include "EndpointForm.h"

#include "core/deploy/DeploymentTarget.h"
#include "core/dns/DnsName.h"
#include "core/endpoints/EndpointRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

enum Method {
    Dns01,
    Http01Responder,
    Http01Webroot,
};

// "ADDRESS:PORT" with an IPv4 or (bracketed) IPv6 address.
bool isListenAddress(const QString &listen)
{
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    bool ok = false;
    const uint port = listen.mid(colon + 1).toUInt(&ok);
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    } else if (host.contains(QLatin1Char(':'))) {
        return false; // IPv6 needs brackets, or the port is ambiguous
    }
    return ok && port > 0 && port <= 65535 && !QHostAddress(host).isNull();
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

EndpointForm::EndpointForm(QWidget *parent)
    : QWidget(parent)
    , m_names(new QPlainTextEdit(this))
    , m_namesFeedback(new QLabel(this))
    , m_internal(new QRadioButton(tr("&Internal: reachable only inside the network"), this))
    , m_external(new QRadioButton(tr("E&xternal: reachable from the internet"), this))
    , m_target(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_methodDetails(new QStackedWidget(this))
    , m_listen(new QLineEdit(this))
    , m_webroot(new QLineEdit(this))
    , m_keyType(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_automatic(new QCheckBox(tr("Order certificates a&utomatically: the first once the DNS records are in "
                                   "place, then every renewal"),
                                this))
    , m_deploy(new QGroupBox(tr("&Deploy each new certificate"), this))
    , m_deployFolder(new QLineEdit(this))
    , m_pem(new QCheckBox(tr("&PEM files (cert.pem, chain.pem, fullchain.pem, privkey.pem)"), this))
    , m_pfx(new QCheckBox(tr("P&FX file (certificate.pfx) for Windows servers"), this))
    , m_command(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createNamesGroup());
    layout->addWidget(createReachGroup());
    layout->addWidget(createValidationGroup());
    layout->addWidget(createCertificateGroup());
    layout->addWidget(createDeploymentGroup());
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    layout->addWidget(m_error);
    layout->addStretch();

    const auto changed = [this] {
        validate();
    };
    connect(m_names, &QPlainTextEdit::textChanged, this, changed);
    connect(m_internal, &QRadioButton::toggled, this, changed);
    connect(m_target, &QLineEdit::textChanged, this, changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, changed);
    connect(m_listen, &QLineEdit::textChanged, this, changed);
    connect(m_webroot, &QLineEdit::textChanged, this, changed);
    connect(m_deploy, &QGroupBox::toggled, this, changed);
    connect(m_deployFolder, &QLineEdit::textChanged, this, changed);
    connect(m_pem, &QCheckBox::toggled, this, changed);
    connect(m_pfx, &QCheckBox::toggled, this, changed);
    validate();
}

QWidget *EndpointForm::createNamesGroup()
{
    auto *group = new QGroupBox(tr("Names"), this);
    m_names->setObjectName(QStringLiteral("namesEdit"));
    m_names->setAccessibleName(tr("Names"));
    m_names->setPlaceholderText(tr("app.example.com\nwww.app.example.com\n*.app.example.com"));
    m_names->setTabChangesFocus(true);
    m_names->setFixedHeight(m_names->fontMetrics().lineSpacing() * 4 + 12);
    m_namesFeedback->setObjectName(QStringLiteral("namesFeedback"));
    m_namesFeedback->setWordWrap(true);
    m_namesFeedback->setTextFormat(Qt::RichText);
    auto *hint = new QLabel(tr("One name per line (or separated by commas). The first is the certificate's "
                               "subject. International names may be typed as they are read."),
                            group);
    hint->setWordWrap(true);
    // The first field: it has the focus when the form opens, so it needs no mnemonic.
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_names);
    layout->addWidget(hint);
    layout->addWidget(m_namesFeedback);
    return group;
}

QWidget *EndpointForm::createReachGroup()
{
    auto *group = new QGroupBox(tr("Reach"), this);
    m_internal->setObjectName(QStringLiteral("internalRadio"));
    m_external->setObjectName(QStringLiteral("externalRadio"));
    m_internal->setChecked(true);
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setAccessibleName(tr("Target host"));
    m_target->setPlaceholderText(tr("lb1.example.net"));
    auto *targetLabel = new QLabel(tr("&Target host:"), group);
    targetLabel->setBuddy(m_target);
    auto *targetRow = new QHBoxLayout;
    targetRow->addSpacing(24);
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target, 1);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_internal);
    layout->addWidget(m_external);
    layout->addLayout(targetRow);
    connect(m_external, &QRadioButton::toggled, m_target, &QWidget::setEnabled);
    connect(m_external, &QRadioButton::toggled, targetLabel, &QWidget::setEnabled);
    m_target->setEnabled(false);
    targetLabel->setEnabled(false);
    return group;
}

QWidget *EndpointForm::createValidationGroup()
{
    auto *group = new QGroupBox(tr("Validation"), this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setAccessibleName(tr("Validation method"));
    m_method->addItem(tr("DNS-01 through the delegation zone (any endpoint, wildcards)"), Dns01);
    m_method->addItem(tr("HTTP-01 with the built-in responder"), Http01Responder);
    m_method->addItem(tr("HTTP-01 with files in a web server's folder (webroot)"), Http01Webroot);

    auto *dnsPage = new QLabel(tr("The CA checks a TXT record that CertDesk publishes in the delegation zone. "
                                  "Each name needs a one-time CNAME record pointing there."),
                               m_methodDetails);
    dnsPage->setWordWrap(true);

    auto *listenPage = new QWidget(m_methodDetails);
    m_listen->setObjectName(QStringLiteral("listenEdit"));
    m_listen->setAccessibleName(tr("Responder address"));
    m_listen->setText(QStringLiteral("0.0.0.0:80"));
    auto *listenForm = new QFormLayout(listenPage);
    listenForm->setContentsMargins(0, 0, 0, 0);
    auto *listenLabel = new QLabel(tr("&Listen on:"), listenPage);
    listenLabel->setBuddy(m_listen);
    listenForm->addRow(listenLabel, m_listen);
    auto *listenHint = new QLabel(tr("The CA connects to port 80 of each name; forward it here if CertDesk "
                                     "runs elsewhere."),
                                  listenPage);
    listenHint->setWordWrap(true);
    listenForm->addRow(listenHint);

    auto *webrootPage = new QWidget(m_methodDetails);
    m_webroot->setObjectName(QStringLiteral("webrootEdit"));
    m_webroot->setAccessibleName(tr("Webroot folder"));
    auto *browse = new QPushButton(tr("&Browse…"), webrootPage);
    connect(browse, &QPushButton::clicked, this, [this] {
        browseFolder(m_webroot, tr("Web server's document folder"));
    });
    auto *webrootRow = new QHBoxLayout;
    webrootRow->addWidget(m_webroot, 1);
    webrootRow->addWidget(browse);
    auto *webrootForm = new QFormLayout(webrootPage);
    webrootForm->setContentsMargins(0, 0, 0, 0);
    auto *webrootLabel = new QLabel(tr("&Folder:"), webrootPage);
    webrootLabel->setBuddy(m_webroot);
    webrootForm->addRow(webrootLabel, webrootRow);

    m_methodDetails->addWidget(dnsPage);
    m_methodDetails->addWidget(listenPage);
    m_methodDetails->addWidget(webrootPage);
    connect(m_method, &QComboBox::currentIndexChanged, m_methodDetails, &QStackedWidget::setCurrentIndex);

    auto *methodLabel = new QLabel(tr("&Method:"), group);
    methodLabel->setBuddy(m_method);
    auto *form = new QFormLayout(group);
    form->addRow(methodLabel, m_method);
    form->addRow(m_methodDetails);
    return group;
}

QWidget *EndpointForm::createCertificateGroup()
{
    auto *group = new QGroupBox(tr("Certificate"), this);
    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    m_keyType->addItem(tr("ECDSA P-256 (recommended)"), QStringLiteral("ec-p256"));
    m_keyType->addItem(tr("ECDSA P-384"), QStringLiteral("ec-p384"));
    m_keyType->addItem(tr("RSA 2048 bits (older clients)"), QStringLiteral("rsa-2048"));
    m_keyType->addItem(tr("RSA 3072 bits"), QStringLiteral("rsa-3072"));
    m_keyType->addItem(tr("RSA 4096 bits"), QStringLiteral("rsa-4096"));
    m_account->setObjectName(QStringLiteral("accountCombo"));
    setAccounts({});
    auto *form = new QFormLayout(group);
    auto *keyLabel = new QLabel(tr("&Key type:"), group);
    keyLabel->setBuddy(m_keyType);
    auto *accountLabel = new QLabel(tr("CA &account:"), group);
    accountLabel->setBuddy(m_account);
    form->addRow(keyLabel, m_keyType);
    form->addRow(accountLabel, m_account);
    m_automatic->setObjectName(QStringLiteral("orderAutomaticallyCheck"));
    m_automatic->setChecked(true);
    m_automatic->setToolTip(tr("Turned off, CertDesk orders this endpoint's certificates only when you ask (Renew "
                               "Now); it still checks the DNS records and warns before the certificate expires."));
    form->addRow(m_automatic);
    return group;
}

QWidget *EndpointForm::createDeploymentGroup()
{
    m_deploy->setObjectName(QStringLiteral("deployGroup"));
    m_deploy->setCheckable(true);
    m_deploy->setChecked(false);
    m_deployFolder->setObjectName(QStringLiteral("deployFolderEdit"));
    m_deployFolder->setAccessibleName(tr("Deployment folder"));
    m_pem->setChecked(true);
    m_pem->setObjectName(QStringLiteral("pemCheck"));
    m_pfx->setObjectName(QStringLiteral("pfxCheck"));
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_command->setAccessibleName(tr("Command after deployment"));
    m_command->setPlaceholderText(tr("systemctl reload nginx"));
    auto *browse = new QPushButton(tr("B&rowse…"), m_deploy);
    connect(browse, &QPushButton::clicked, this, [this] {
        browseFolder(m_deployFolder, tr("Deployment folder"));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_deployFolder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("F&older:"), m_deploy);
    folderLabel->setBuddy(m_deployFolder);
    auto *commandLabel = new QLabel(tr("&Then run:"), m_deploy);
    commandLabel->setBuddy(m_command);
    auto *form = new QFormLayout(m_deploy);
    form->addRow(folderLabel, folderRow);
    form->addRow(m_pem);
    form->addRow(m_pfx);
    form->addRow(commandLabel, m_command);
    return m_deploy;
}

void EndpointForm::browseFolder(QLineEdit *edit, const QString &title)
{
    const QString folder = QFileDialog::getExistingDirectory(this, title, edit->text());
    if (!folder.isEmpty()) {
        edit->setText(QDir::toNativeSeparators(folder));
    }
}

void EndpointForm::setAccounts(const QList<CaAccount> &accounts)
{
    const qint64 selected = m_account->currentData().toLongLong();
    m_account->clear();
    m_account->addItem(tr("The default account (the newest one registered)"), qint64(0));
    for (const CaAccount &account : accounts) {
        m_account->addItem(tr("%1 — %2", "account title — CA host").arg(account.title, account.directoryUrl.host()),
                           account.id);
    }
    const int index = m_account->findData(selected);
    m_account->setCurrentIndex(index < 0 ? 0 : index);
}

void EndpointForm::setDefaultHttpListen(const QString &listen)
{
    m_listen->setText(listen);
}

void EndpointForm::setEndpoint(const Endpoint &endpoint)
{
    m_id = endpoint.id;
    m_title = endpoint.title;
    QStringList names;
    for (const QString &name : endpoint.names) {
        names << DnsName::fromNormalised(name).display();
    }
    m_names->setPlainText(names.join(QLatin1Char('\n')));
    (endpoint.exposure == Endpoint::Exposure::External ? m_external : m_internal)->setChecked(true);
    m_target->setText(endpoint.targetHost.isEmpty() ? QString()
                                                    : DnsName::fromNormalised(endpoint.targetHost).display());
    if (endpoint.challengeType == QLatin1String("http-01")) {
        const QString webroot = endpoint.solverSettings.value(QStringLiteral("webroot")).toString();
        if (!webroot.isEmpty()) {
            m_method->setCurrentIndex(m_method->findData(Http01Webroot));
            m_webroot->setText(QDir::toNativeSeparators(webroot));
        } else {
            m_method->setCurrentIndex(m_method->findData(Http01Responder));
            m_listen->setText(
                endpoint.solverSettings.value(QStringLiteral("listen")).toString(QStringLiteral("0.0.0.0:80")));
        }
    } else {
        m_method->setCurrentIndex(m_method->findData(Dns01));
    }
    const int key = m_keyType->findData(endpoint.keyType);
    m_keyType->setCurrentIndex(key < 0 ? 0 : key);
    m_automatic->setChecked(endpoint.orderAutomatically);
    const int account = m_account->findData(endpoint.accountId);
    if (account < 0 && endpoint.accountId > 0) {
        m_account->addItem(tr("Account %1").arg(endpoint.accountId), endpoint.accountId);
        m_account->setCurrentIndex(m_account->count() - 1);
    } else {
        m_account->setCurrentIndex(account < 0 ? 0 : account);
    }
    const Result<DeploymentTarget> target = DeploymentTarget::fromJson(endpoint.deploySettings);
    if (target && target->isEnabled()) {
        m_deploy->setChecked(true);
        m_deployFolder->setText(QDir::toNativeSeparators(target->folder));
        m_pem->setChecked(target->writePem);
        m_pfx->setChecked(target->writePfx);
        m_command->setText(target->postDeployCommand);
    } else {
        m_deploy->setChecked(false);
    }
    validate();
}

QStringList EndpointForm::enteredNames() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return m_names->toPlainText().split(separators, Qt::SkipEmptyParts);
}

Result<Endpoint> EndpointForm::endpoint() const
{
    Endpoint endpoint;
    endpoint.id = m_id;
    endpoint.title = m_title;
    endpoint.names = enteredNames();
    endpoint.exposure = m_external->isChecked() ? Endpoint::Exposure::External : Endpoint::Exposure::Internal;
    endpoint.targetHost = endpoint.exposure == Endpoint::Exposure::External ? m_target->text().trimmed() : QString();
    endpoint.keyType = m_keyType->currentData().toString();
    endpoint.accountId = m_account->currentData().toLongLong();
    endpoint.orderAutomatically = m_automatic->isChecked();

    auto input = [](const QString &code, const QString &title) {
        return Problem::make(Problem::Category::Input, code, title);
    };
    switch (m_method->currentData().toInt()) {
    case Http01Responder: {
        endpoint.challengeType = QStringLiteral("http-01");
        const QString listen = m_listen->text().trimmed();
        if (!isListenAddress(listen)) {
            return input(QStringLiteral("endpoint.listen"),
                         tr("Give the responder's address as ADDRESS:PORT, for example 0.0.0.0:80 or [::]:8080."));
        }
        endpoint.solverSettings.insert(QStringLiteral("listen"), listen);
        break;
    }
    case Http01Webroot: {
        endpoint.challengeType = QStringLiteral("http-01");
        const QString webroot = QDir::fromNativeSeparators(m_webroot->text().trimmed());
        if (webroot.isEmpty() || !QDir::isAbsolutePath(webroot)) {
            return input(QStringLiteral("endpoint.webroot"),
                         tr("Choose the web server's document folder (a full path)."));
        }
        endpoint.solverSettings.insert(QStringLiteral("webroot"), QDir::cleanPath(webroot));
        break;
    }
    default:
        endpoint.challengeType = QStringLiteral("dns-01");
        break;
    }
    if (m_deploy->isChecked()) {
        DeploymentTarget target;
        target.folder = QDir::fromNativeSeparators(m_deployFolder->text().trimmed());
        if (target.folder.isEmpty()) {
            return input(QStringLiteral("endpoint.deploy-folder"), tr("Choose the folder to deploy certificates to."));
        }
        target.folder = QDir::cleanPath(target.folder);
        target.writePem = m_pem->isChecked();
        target.writePfx = m_pfx->isChecked();
        target.postDeployCommand = m_command->text().trimmed();
        const Result<DeploymentTarget> checked = DeploymentTarget::fromJson(target.toJson());
        if (!checked) {
            const Problem &problem = checked.problem();
            return input(problem.code, problem.detail.isEmpty() ? problem.title : problem.detail);
        }
        endpoint.deploySettings = target.toJson();
    }
    return EndpointRepository::normalised(endpoint);
}

void EndpointForm::validate()
{
    // Per-name feedback first: every name, not just the first wrong one.
    const QStringList names = enteredNames();
    QStringList lines;
    for (const QString &name : names) {
        const Result<DnsName> parsed = DnsName::parse(name);
        if (!parsed) {
            const Problem &problem = parsed.problem();
            lines << QStringLiteral("<span style=\"color:#c0392b\">✗ %1 — %2</span>")
                         .arg(html(name), html(problem.detail.isEmpty() ? problem.title : problem.detail));
            continue;
        }
        const DnsName &dns = parsed.value();
        QString line = QStringLiteral("<span style=\"color:#1e8449\">✓</span> %1").arg(html(dns.display()));
        if (dns.display() != dns.ace()) {
            line += QStringLiteral(" <span style=\"color:gray\">(%1)</span>").arg(html(dns.ace()));
        }
        lines << line;
    }
    m_namesFeedback->setText(lines.join(QStringLiteral("<br>")));
    m_namesFeedback->setVisible(!lines.isEmpty());

    const Result<Endpoint> result = endpoint();
    const bool valid = result.ok();
    if (names.isEmpty()) {
        m_error->clear();
    } else if (!valid) {
        const Problem &problem = result.problem();
        m_error->setText(problem.detail.isEmpty() ? problem.title : problem.title + QLatin1Char(' ') + problem.detail);
    } else {
        m_error->clear();
    }
    m_error->setVisible(!m_error->text().isEmpty());
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}
