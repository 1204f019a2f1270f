#include "NotificationsPage.h"

#include "core/Facade.h"
#include "core/dns/DnsName.h"
#include "ui/common/ProblemText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
           || (!address.isNull() && address.isLoopback());
}

// An address SMTP can carry in MAIL FROM / RCPT TO: local@domain, no spaces, brackets or line
// breaks, and a domain that is a valid DNS name.
bool isEmailAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1) {
        return false;
    }
    for (const QChar c : address) {
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(',')
            || c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return DnsName::parse(address.mid(at + 1)).ok();
}

QStringList addressList(const QString &text)
{
    QStringList addresses;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        addresses << part.trimmed();
    }
    return addresses;
}

// A file field with a "Browse…" button, for PEM bundles of private CAs.
QWidget *pathRow(QLineEdit *edit, const QString &objectName, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(QCoreApplication::translate("NotificationsPage", "Optional: PEM file of a private CA"));
    auto *browse = new QPushButton(QCoreApplication::translate("NotificationsPage", "Browse…"), row);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit] {
        const QString file =
            QFileDialog::getOpenFileName(edit->window(),
                                         QCoreApplication::translate("NotificationsPage", "Trusted CA Certificates"),
                                         edit->text(),
                                         QCoreApplication::translate("NotificationsPage", "PEM files (*.pem *.crt)"));
        if (!file.isEmpty()) {
            edit->setText(file);
        }
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

NotificationsPage::NotificationsPage(Facade &facade, QWidget *parent)
    : SettingsPage(parent)
    , m_facade(facade)
    , m_email(new QGroupBox(tr("Send alerts by &email"), this))
    , m_smtpHost(new QLineEdit(this))
    , m_smtpHostMessage(createFieldMessage(QStringLiteral("smtpHostMessage")))
    , m_smtpPort(new QSpinBox(this))
    , m_smtpSecurity(new QComboBox(this))
    , m_smtpSecurityMessage(createFieldMessage(QStringLiteral("smtpSecurityMessage")))
    , m_smtpUser(new QLineEdit(this))
    , m_smtpPassword(new QLineEdit(this))
    , m_smtpPasswordMessage(createFieldMessage(QStringLiteral("smtpPasswordMessage")))
    , m_smtpCaBundle(new QLineEdit(this))
    , m_emailFrom(new QLineEdit(this))
    , m_emailFromMessage(createFieldMessage(QStringLiteral("emailFromMessage")))
    , m_emailTo(new QLineEdit(this))
    , m_emailToMessage(createFieldMessage(QStringLiteral("emailToMessage")))
    , m_testEmail(new QPushButton(tr("Send Test &Email"), this))
    , m_testEmailResult(new QLabel(this))
    , m_webhook(new QGroupBox(tr("Send alerts to a &webhook"), this))
    , m_webhookUrl(new QLineEdit(this))
    , m_webhookUrlMessage(createFieldMessage(QStringLiteral("webhookUrlMessage")))
    , m_webhookSign(new QCheckBox(tr("&Sign each request with a secret (HMAC-SHA256)"), this))
    , m_webhookSecret(new QLineEdit(this))
    , m_webhookSecretMessage(createFieldMessage(QStringLiteral("webhookSecretMessage")))
    , m_webhookCaBundle(new QLineEdit(this))
    , m_testWebhook(new QPushButton(tr("Send Test &Webhook"), this))
    , m_testWebhookResult(new QLabel(this))
    , m_onRenewalFailed(new QCheckBox(tr("A &renewal failed"), this))
    , m_onExpiringSoon(new QCheckBox(tr("A certificate e&xpires in fewer than"), this))
    , m_expiryDays(new QSpinBox(this))
    , m_onDnsRecordBroken(new QCheckBox(tr("A required &DNS record broke"), this))
{
    setObjectName(QStringLiteral("notificationsPage"));

    m_email->setObjectName(QStringLiteral("emailGroup"));
    m_email->setCheckable(true);
    m_smtpHost->setObjectName(QStringLiteral("smtpHostEdit"));
    m_smtpHost->setPlaceholderText(tr("smtp.example.com"));
    m_smtpPort->setObjectName(QStringLiteral("smtpPortSpin"));
    m_smtpPort->setRange(1, 65535);
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurityCombo"));
    m_smtpSecurity->addItem(tr("STARTTLS (usually port 587)"), QStringLiteral("starttls"));
    m_smtpSecurity->addItem(tr("TLS (usually port 465)"), QStringLiteral("tls"));
    m_smtpSecurity->addItem(tr("None: a relay on this computer only"), QStringLiteral("none"));
    m_smtpUser->setObjectName(QStringLiteral("smtpUserEdit"));
    m_smtpUser->setPlaceholderText(tr("Optional"));
    m_smtpPassword->setObjectName(QStringLiteral("smtpPasswordEdit"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_emailFrom->setObjectName(QStringLiteral("emailFromEdit"));
    m_emailFrom->setPlaceholderText(tr("certdesk@example.com"));
    m_emailTo->setObjectName(QStringLiteral("emailToEdit"));
    m_emailTo->setPlaceholderText(tr("admin@example.com, oncall@example.com"));
    m_testEmail->setObjectName(QStringLiteral("sendTestEmailButton"));
    m_testEmailResult->setObjectName(QStringLiteral("testEmailResult"));
    m_testEmailResult->setWordWrap(true);
    m_testEmailResult->hide();

    auto *emailForm = new QFormLayout(m_email);
    emailForm->addRow(tr("Mail &server:"), m_smtpHost);
    emailForm->addRow(QString(), m_smtpHostMessage);
    emailForm->addRow(tr("P&ort:"), m_smtpPort);
    emailForm->addRow(tr("Se&curity:"), m_smtpSecurity);
    emailForm->addRow(QString(), m_smtpSecurityMessage);
    emailForm->addRow(tr("&User name:"), m_smtpUser);
    emailForm->addRow(tr("&Password:"), m_smtpPassword);
    emailForm->addRow(QString(), m_smtpPasswordMessage);
    emailForm->addRow(tr("Trusted C&A:"), pathRow(m_smtpCaBundle, QStringLiteral("smtpCaBundleEdit"), m_email));
    emailForm->addRow(tr("&From:"), m_emailFrom);
    emailForm->addRow(QString(), m_emailFromMessage);
    emailForm->addRow(tr("&To:"), m_emailTo);
    emailForm->addRow(QString(), m_emailToMessage);
    emailForm->addRow(QString(), m_testEmail);
    emailForm->addRow(QString(), m_testEmailResult);

    m_webhook->setObjectName(QStringLiteral("webhookGroup"));
    m_webhook->setCheckable(true);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrlEdit"));
    m_webhookUrl->setPlaceholderText(tr("https://hooks.example.com/certdesk"));
    m_webhookSign->setObjectName(QStringLiteral("webhookSignCheck"));
    m_webhookSign->setToolTip(tr("The X-CertDesk-Signature header lets the receiver check that the alert came "
                                 "from CertDesk."));
    m_webhookSecret->setObjectName(QStringLiteral("webhookSecretEdit"));
    m_webhookSecret->setEchoMode(QLineEdit::Password);
    m_testWebhook->setObjectName(QStringLiteral("sendTestWebhookButton"));
    m_testWebhookResult->setObjectName(QStringLiteral("testWebhookResult"));
    m_testWebhookResult->setWordWrap(true);
    m_testWebhookResult->hide();
    auto *webhookForm = new QFormLayout(m_webhook);
    webhookForm->addRow(tr("&URL:"), m_webhookUrl);
    webhookForm->addRow(QString(), m_webhookUrlMessage);
    webhookForm->addRow(QString(), m_webhookSign);
    webhookForm->addRow(tr("Secre&t:"), m_webhookSecret);
    webhookForm->addRow(QString(), m_webhookSecretMessage);
    webhookForm->addRow(tr("Trusted CA:"),
                        pathRow(m_webhookCaBundle, QStringLiteral("webhookCaBundleEdit"), m_webhook));
    webhookForm->addRow(QString(), m_testWebhook);
    webhookForm->addRow(QString(), m_testWebhookResult);

    auto *events = new QGroupBox(tr("Send an alert when"), this);
    events->setObjectName(QStringLiteral("eventsGroup"));
    m_onRenewalFailed->setObjectName(QStringLiteral("onRenewalFailedCheck"));
    m_onExpiringSoon->setObjectName(QStringLiteral("onExpiringSoonCheck"));
    m_onExpiringSoon->setToolTip(tr("Only while its renewal is overdue: a certificate renewed on time never warns."));
    m_expiryDays->setObjectName(QStringLiteral("expiryDaysSpin"));
    m_expiryDays->setRange(1, 90);
    m_expiryDays->setSuffix(tr(" days"));
    m_onDnsRecordBroken->setObjectName(QStringLiteral("onDnsRecordBrokenCheck"));
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_onExpiringSoon);
    expiryRow->addWidget(m_expiryDays);
    expiryRow->addStretch(1);
    auto *eventsLayout = new QVBoxLayout(events);
    eventsLayout->addWidget(m_onRenewalFailed);
    eventsLayout->addLayout(expiryRow);
    eventsLayout->addWidget(m_onDnsRecordBroken);

    auto *note = new QLabel(tr("Alerts are sent by the CertDesk that runs the renewals: this window, or the "
                               "background service (certdesk --headless) when one runs for this profile."),
                            this);
    note->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(note);
    contentLayout->addWidget(m_email);
    contentLayout->addWidget(m_webhook);
    contentLayout->addWidget(events);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (QLineEdit *edit : {m_smtpHost,
                            m_smtpUser,
                            m_smtpPassword,
                            m_smtpCaBundle,
                            m_emailFrom,
                            m_emailTo,
                            m_webhookUrl,
                            m_webhookSecret,
                            m_webhookCaBundle}) {
        connect(edit, &QLineEdit::textChanged, this, &NotificationsPage::markModified);
    }
    for (QSpinBox *spin : {m_smtpPort, m_expiryDays}) {
        connect(spin, &QSpinBox::valueChanged, this, &NotificationsPage::markModified);
    }
    for (QCheckBox *check : {m_webhookSign, m_onRenewalFailed, m_onExpiringSoon, m_onDnsRecordBroken}) {
        connect(check, &QCheckBox::toggled, this, &NotificationsPage::markModified);
        connect(check, &QCheckBox::toggled, this, &NotificationsPage::updateEnabledFields);
    }
    for (QGroupBox *group : {m_email, m_webhook}) {
        connect(group, &QGroupBox::toggled, this, &NotificationsPage::markModified);
    }
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, &NotificationsPage::securityChosen);
    connect(m_testEmail, &QPushButton::clicked, this, &NotificationsPage::sendTestEmail);
    connect(m_testWebhook, &QPushButton::clicked, this, &NotificationsPage::sendTestWebhook);
}

QString NotificationsPage::title() const
{
    return tr("Notifications");
}

QIcon NotificationsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/status-attention.svg"));
}

void NotificationsPage::load()
{
    Populating populating(this);
    m_loaded = m_facade.notificationSettings();
    const SmtpSettings &email = m_loaded.email;
    m_email->setChecked(m_loaded.emailEnabled());
    m_smtpHost->setText(email.host);
    m_smtpPort->setValue(email.port);
    m_smtpSecurity->setCurrentIndex(
        qMax(0, m_smtpSecurity->findData(NotificationSettings::securityName(email.security))));
    m_smtpUser->setText(email.username);
    m_smtpPassword->clear();
    m_smtpCaBundle->setText(email.caBundlePath);
    m_emailFrom->setText(email.from);
    m_emailTo->setText(email.to.join(QStringLiteral(", ")));
    m_webhook->setChecked(m_loaded.webhookEnabled());
    m_webhookUrl->setText(m_loaded.webhookUrl.toString());
    m_webhookSign->setChecked(m_loaded.webhookSigned);
    m_webhookSecret->clear();
    m_webhookCaBundle->setText(m_loaded.webhookCaBundlePath);
    m_onRenewalFailed->setChecked(m_loaded.onRenewalFailed);
    m_onExpiringSoon->setChecked(m_loaded.onExpiringSoon);
    m_expiryDays->setValue(m_loaded.expiryWarningDays);
    m_onDnsRecordBroken->setChecked(m_loaded.onDnsRecordBroken);
    m_passwordStored = m_loaded.emailEnabled() && !email.username.isEmpty();
    m_secretStored = m_loaded.webhookEnabled() && m_loaded.webhookSigned;
    showStoredSecrets();
    updateEnabledFields();
    markLoaded();
}

void NotificationsPage::showStoredSecrets()
{
    m_smtpPassword->setPlaceholderText(m_passwordStored ? tr("Kept in the keychain; type to replace it")
                                                        : tr("Kept in the keychain, never in a file"));
    m_webhookSecret->setPlaceholderText(m_secretStored ? tr("Kept in the keychain; type to replace it")
                                                       : tr("Kept in the keychain, never in a file"));
}

void NotificationsPage::updateEnabledFields()
{
    m_webhookSecret->setEnabled(m_webhookSign->isChecked());
    m_expiryDays->setEnabled(m_onExpiringSoon->isChecked());
}

void NotificationsPage::securityChosen()
{
    // Follow the usual port of the chosen security while the port is still the usual one of
    // the previous choice.
    const QString security = m_smtpSecurity->currentData().toString();
    if (security == QLatin1String("tls") && m_smtpPort->value() == 587) {
        m_smtpPort->setValue(465);
    } else if (security == QLatin1String("starttls") && m_smtpPort->value() == 465) {
        m_smtpPort->setValue(587);
    } else if (security == QLatin1String("none") && (m_smtpPort->value() == 587 || m_smtpPort->value() == 465)) {
        m_smtpPort->setValue(25);
    }
    showFieldMessage(m_smtpSecurityMessage, {});
    markModified();
}

NotificationSettings NotificationsPage::current() const
{
    NotificationSettings settings;
    if (m_email->isChecked()) {
        settings.email.host = m_smtpHost->text().trimmed();
        settings.email.port = quint16(m_smtpPort->value());
        settings.email.security = NotificationSettings::securityFromName(m_smtpSecurity->currentData().toString());
        settings.email.username = m_smtpUser->text().trimmed();
        settings.email.caBundlePath = m_smtpCaBundle->text().trimmed();
        settings.email.from = m_emailFrom->text().trimmed();
        settings.email.to = addressList(m_emailTo->text());
    }
    if (m_webhook->isChecked()) {
        settings.webhookUrl = QUrl(m_webhookUrl->text().trimmed(), QUrl::StrictMode);
        settings.webhookSigned = m_webhookSign->isChecked();
        settings.webhookCaBundlePath = m_webhookCaBundle->text().trimmed();
    }
    settings.onRenewalFailed = m_onRenewalFailed->isChecked();
    settings.onExpiringSoon = m_onExpiringSoon->isChecked();
    settings.expiryWarningDays = m_expiryDays->value();
    settings.onDnsRecordBroken = m_onDnsRecordBroken->isChecked();
    return settings;
}

QWidget *NotificationsPage::validateEmail()
{
    for (QLabel *message :
         {m_smtpHostMessage, m_smtpSecurityMessage, m_smtpPasswordMessage, m_emailFromMessage, m_emailToMessage}) {
        showFieldMessage(message, {});
    }
    if (!m_email->isChecked()) {
        return nullptr;
    }
    QWidget *first = nullptr;
    const auto fail = [&first](QLabel *message, QWidget *field, const QString &text) {
        showFieldMessage(message, text);
        if (!first) {
            first = field;
        }
    };
    const QString host = m_smtpHost->text().trimmed();
    const bool hostIsAddress = !QHostAddress(host).isNull();
    if (host.isEmpty()) {
        fail(m_smtpHostMessage, m_smtpHost, tr("Enter the mail server's name, for example smtp.example.com."));
    } else if (!hostIsAddress && !DnsName::parse(host)) {
        fail(m_smtpHostMessage, m_smtpHost, tr("“%1” is not a host name or an IP address.").arg(host));
    }
    const bool unencrypted = m_smtpSecurity->currentData().toString() == QLatin1String("none");
    const QString user = m_smtpUser->text().trimmed();
    if (unencrypted && !host.isEmpty() && !isLoopback(host)) {
        fail(m_smtpSecurityMessage,
             m_smtpSecurity,
             tr("Without encryption CertDesk only talks to a mail relay on this computer (localhost); choose "
                "STARTTLS or TLS for %1.")
                 .arg(host));
    } else if (unencrypted && !user.isEmpty()) {
        fail(m_smtpSecurityMessage,
             m_smtpSecurity,
             tr("A password is never sent unencrypted: choose STARTTLS or TLS, or leave the user name empty."));
    }
    if (!user.isEmpty() && m_smtpPassword->text().isEmpty() && !m_passwordStored) {
        fail(m_smtpPasswordMessage, m_smtpPassword, tr("Enter the password of %1.").arg(user));
    }
    const QString from = m_emailFrom->text().trimmed();
    if (!isEmailAddress(from)) {
        fail(m_emailFromMessage,
             m_emailFrom,
             from.isEmpty() ? tr("Enter the sender address the mail server accepts from CertDesk.")
                            : tr("“%1” is not an email address.").arg(from));
    }
    const QStringList to = addressList(m_emailTo->text());
    if (to.isEmpty()) {
        fail(m_emailToMessage, m_emailTo, tr("Enter at least one recipient."));
    }
    for (const QString &address : to) {
        if (!isEmailAddress(address)) {
            fail(m_emailToMessage, m_emailTo, tr("“%1” is not an email address.").arg(address));
            break;
        }
    }
    return first;
}

QWidget *NotificationsPage::validateWebhook()
{
    showFieldMessage(m_webhookUrlMessage, {});
    showFieldMessage(m_webhookSecretMessage, {});
    if (!m_webhook->isChecked()) {
        return nullptr;
    }
    QWidget *first = nullptr;
    const QString text = m_webhookUrl->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (text.isEmpty()) {
        showFieldMessage(m_webhookUrlMessage, tr("Enter the URL that receives the alerts."));
        first = m_webhookUrl;
    } else if (!url.isValid() || url.host().isEmpty()
               || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        showFieldMessage(m_webhookUrlMessage,
                         tr("“%1” is not a web address such as https://hooks.example.com/certdesk.").arg(text));
        first = m_webhookUrl;
    } else if (scheme == QLatin1String("http") && !isLoopback(url.host())) {
        showFieldMessage(m_webhookUrlMessage,
                         tr("Alerts leave this computer only over HTTPS; use an https:// address."));
        first = m_webhookUrl;
    }
    if (m_webhookSign->isChecked() && m_webhookSecret->text().isEmpty() && !m_secretStored) {
        showFieldMessage(m_webhookSecretMessage, tr("Enter the secret the receiver checks signatures with."));
        if (!first) {
            first = m_webhookSecret;
        }
    }
    return first;
}

QWidget *NotificationsPage::validate()
{
    QWidget *email = validateEmail();
    QWidget *webhook = validateWebhook();
    return email ? email : webhook;
}

void NotificationsPage::save(std::function<void(Result<void>)> done)
{
    const NotificationSettings settings = current();
    // nullopt: leave the keychain alone; empty: remove what is there.
    std::optional<QByteArray> password;
    if (!settings.emailEnabled() || settings.email.username.isEmpty()) {
        if (m_passwordStored) {
            password = QByteArray();
        }
    } else if (!m_smtpPassword->text().isEmpty()) {
        password = m_smtpPassword->text().toUtf8();
    }
    std::optional<QByteArray> secret;
    if (!settings.webhookEnabled() || !settings.webhookSigned) {
        if (m_secretStored) {
            secret = QByteArray();
        }
    } else if (!m_webhookSecret->text().isEmpty()) {
        secret = m_webhookSecret->text().toUtf8();
    }
    m_facade.saveNotificationSettings(
        settings, password, secret, this, [this, settings, done](const Result<void> &saved) {
            if (saved) {
                m_loaded = settings;
                m_passwordStored = settings.emailEnabled() && !settings.email.username.isEmpty();
                m_secretStored = settings.webhookEnabled() && settings.webhookSigned;
                {
                    Populating populating(this);
                    m_smtpPassword->clear();
                    m_webhookSecret->clear();
                }
                showStoredSecrets();
                markSaved();
            }
            done(saved);
        });
}

void NotificationsPage::sendTestEmail()
{
    if (QWidget *invalid = validateEmail()) {
        invalid->setFocus();
        return;
    }
    SmtpSettings smtp = current().email;
    smtp.password = m_smtpPassword->text().toUtf8();
    m_testEmail->setEnabled(false);
    showOutcome(m_testEmailResult,
                true,
                tr("Sending a test message to %1 …").arg(smtp.to.join(QStringLiteral(", ")).toHtmlEscaped()));
    const QString server = QStringLiteral("%1:%2").arg(smtp.host).arg(smtp.port);
    m_facade.sendTestEmail(smtp, this, [this, server](const Result<void> &sent) {
        m_testEmail->setEnabled(true);
        if (sent) {
            showOutcome(m_testEmailResult,
                        true,
                        tr("✓ %1 accepted the test message. Check that it arrived.").arg(server.toHtmlEscaped()));
        } else {
            showOutcome(m_testEmailResult, false, ProblemText::html(sent.problem()));
        }
    });
}

void NotificationsPage::sendTestWebhook()
{
    if (QWidget *invalid = validateWebhook()) {
        invalid->setFocus();
        return;
    }
    const NotificationSettings settings = current();
    WebhookJob::Target target;
    target.url = settings.webhookUrl;
    target.caBundlePath = settings.webhookCaBundlePath;
    target.secret = settings.webhookSigned ? m_webhookSecret->text().toUtf8() : QByteArray();
    const bool useStoredSecret = settings.webhookSigned && target.secret.isEmpty();
    m_testWebhook->setEnabled(false);
    showOutcome(m_testWebhookResult, true, tr("Posting a test alert …"));
    m_facade.sendTestWebhook(target, useStoredSecret, this, [this, url = target.url](const Result<void> &sent) {
        m_testWebhook->setEnabled(true);
        if (sent) {
            showOutcome(m_testWebhookResult,
                        true,
                        tr("✓ %1 accepted the test alert.").arg(url.toDisplayString().toHtmlEscaped()));
        } else {
            showOutcome(m_testWebhookResult, false, ProblemText::html(sent.problem()));
        }
    });
}
