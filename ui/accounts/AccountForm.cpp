#include "AccountForm.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace {

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    return email.match(text).hasMatch();
}

} // namespace

AccountForm::AccountForm(Facade &facade, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_presets(CaPreset::all())
    , m_preset(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_bundleRow(new QWidget(this))
    , m_bundle(new QLineEdit(m_bundleRow))
    , m_email(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_eab(new QGroupBox(tr("External account binding"), this))
    , m_eabHelp(new QLabel(m_eab))
    , m_eabKid(new QLineEdit(m_eab))
    , m_eabHmac(new QLineEdit(m_eab))
    , m_termsLabel(new QLabel(this))
    , m_accept(new QCheckBox(tr("I have read and &accept the CA's terms of service"), this))
    , m_fetchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("accountForm"));
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->setAccessibleName(tr("Certificate authority"));
    for (const CaPreset &preset : std::as_const(m_presets)) {
        m_preset->addItem(preset.name, preset.id);
    }
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("presetNote"));
    m_url->setObjectName(QStringLiteral("directoryEdit"));
    m_url->setAccessibleName(tr("ACME directory URL"));
    m_url->setPlaceholderText(QStringLiteral("https://ca.example.net/acme/directory"));
    m_bundle->setObjectName(QStringLiteral("bundleEdit"));
    m_bundle->setAccessibleName(tr("CA bundle"));
    m_bundle->setPlaceholderText(tr("Only for a private CA whose server certificate the system does not trust"));
    auto *browse = new QPushButton(tr("&Browse…"), m_bundleRow);
    connect(browse, &QPushButton::clicked, this, &AccountForm::browseBundle);
    auto *bundleLayout = new QHBoxLayout(m_bundleRow);
    bundleLayout->setContentsMargins(0, 0, 0, 0);
    bundleLayout->addWidget(m_bundle, 1);
    bundleLayout->addWidget(browse);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Contact email"));
    m_email->setPlaceholderText(tr("admin@example.com"));
    m_title->setObjectName(QStringLiteral("accountTitleEdit"));
    m_title->setAccessibleName(tr("Account name"));
    m_eabKid->setObjectName(QStringLiteral("eabKidEdit"));
    m_eabKid->setAccessibleName(tr("EAB key id"));
    m_eabHmac->setObjectName(QStringLiteral("eabHmacEdit"));
    m_eabHmac->setAccessibleName(tr("EAB HMAC key"));
    // A secret: never shown once typed, and it goes to the keychain, not the database.
    m_eabHmac->setEchoMode(QLineEdit::Password);
    m_eabHelp->setWordWrap(true);
    m_eabHelp->setOpenExternalLinks(true);
    m_termsLabel->setObjectName(QStringLiteral("termsLabel"));
    m_termsLabel->setWordWrap(true);
    m_termsLabel->setOpenExternalLinks(true);
    m_termsLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_accept->setObjectName(QStringLiteral("acceptTermsCheck"));

    auto *caForm = new QFormLayout;
    m_caForm = caForm;
    auto *presetLabel = new QLabel(tr("&CA:"), this);
    presetLabel->setBuddy(m_preset);
    caForm->addRow(presetLabel, m_preset);
    caForm->addRow(QString(), m_note);
    auto *urlLabel = new QLabel(tr("&Directory URL:"), this);
    urlLabel->setBuddy(m_url);
    caForm->addRow(urlLabel, m_url);
    auto *bundleLabel = new QLabel(tr("CA &bundle:"), this);
    bundleLabel->setBuddy(m_bundle);
    caForm->addRow(bundleLabel, m_bundleRow);
    auto *emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_email);
    caForm->addRow(emailLabel, m_email);
    auto *titleLabel = new QLabel(tr("&Name:"), this);
    titleLabel->setBuddy(m_title);
    caForm->addRow(titleLabel, m_title);

    auto *eabForm = new QFormLayout(m_eab);
    eabForm->addRow(m_eabHelp);
    auto *kidLabel = new QLabel(tr("&Key id:"), m_eab);
    kidLabel->setBuddy(m_eabKid);
    eabForm->addRow(kidLabel, m_eabKid);
    auto *hmacLabel = new QLabel(tr("&HMAC key:"), m_eab);
    hmacLabel->setBuddy(m_eabHmac);
    eabForm->addRow(hmacLabel, m_eabHmac);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(caForm);
    layout->addWidget(m_eab);
    layout->addWidget(m_termsLabel);
    layout->addWidget(m_accept);
    layout->addStretch();

    // Ask the CA for its directory once typing pauses, not on every key.
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(500);
    connect(m_fetchTimer, &QTimer::timeout, this, &AccountForm::fetchDirectory);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &AccountForm::presetChanged);
    connect(m_url, &QLineEdit::textEdited, this, &AccountForm::scheduleFetch);
    connect(m_bundle, &QLineEdit::textChanged, this, &AccountForm::scheduleFetch);
    for (QLineEdit *edit : {m_url, m_email, m_eabKid, m_eabHmac}) {
        connect(edit, &QLineEdit::textChanged, this, &AccountForm::completeChanged);
    }
    connect(m_accept, &QCheckBox::toggled, this, &AccountForm::completeChanged);
    presetChanged();
}

void AccountForm::selectPreset(const QString &id)
{
    const int index = m_preset->findData(id);
    if (index >= 0) {
        m_preset->setCurrentIndex(index);
    }
}

void AccountForm::presetChanged()
{
    const CaPreset &preset = m_presets.at(std::max(0, m_preset->currentIndex()));
    m_note->setText(preset.note);
    m_url->setReadOnly(!preset.isCustom());
    m_caForm->setRowVisible(m_bundleRow, preset.isCustom());
    if (!preset.isCustom()) {
        m_url->setText(preset.directoryUrl.toString());
        m_bundle->clear();
    } else if (m_presets.end() != std::find_if(m_presets.begin(), m_presets.end(), [this](const CaPreset &known) {
                   return !known.isCustom() && known.directoryUrl.toString() == m_url->text();
               })) {
        m_url->clear(); // a preset's URL left behind is not what "another CA" means
    }
    m_title->setPlaceholderText(preset.isCustom() ? tr("The CA's host name") : preset.name);
    m_directoryWantsEab = false;
    updateEab();
    scheduleFetch();
}

void AccountForm::scheduleFetch()
{
    m_terms.clear();
    m_directoryOk = false;
    ++m_fetchSerial; // whatever is on its way is about another URL
    m_termsLabel->setText(tr("The CA's terms of service appear here."));
    Q_EMIT completeChanged();
    // Only a form someone looks at and uses asks the CA, and only once the choice has settled.
    if (isVisible() && isEnabled()) {
        m_fetchTimer->start();
    }
}

void AccountForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange && isEnabled() && isVisible() && !m_directoryOk
        && !m_fetchTimer->isActive()) {
        m_fetchTimer->start();
    }
}

void AccountForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first time only: containers such as QWizard hide and show their pages again on
    // every relayout, and a show must not become another request each time.
    if (!std::exchange(m_shown, true) && isEnabled() && !m_directoryOk && !m_fetchTimer->isActive()) {
        m_fetchTimer->start();
    }
}

QUrl AccountForm::directoryUrl() const
{
    return QUrl(m_url->text().trimmed(), QUrl::StrictMode);
}

void AccountForm::browseBundle()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("CA Bundle"), m_bundle->text(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty()) {
        m_bundle->setText(QDir::toNativeSeparators(file));
    }
}

void AccountForm::updateEab()
{
    const CaPreset &preset = m_presets.at(std::max(0, m_preset->currentIndex()));
    const bool required = preset.eabRequired || m_directoryWantsEab;
    m_eab->setVisible(required || preset.isCustom());
    if (required) {
        m_eabHelp->setText(preset.eabHelp.isValid()
                               ? tr("This CA only accepts accounts linked to an account on its website. Copy the key "
                                    "id and HMAC key from <a href=\"%1\">its account page</a>.")
                                     .arg(preset.eabHelp.toString().toHtmlEscaped())
                               : tr("This CA only accepts accounts linked to an account on its website. Copy the key "
                                    "id and HMAC key from there."));
    } else {
        m_eabHelp->setText(tr("Only if your CA asks for it."));
    }
    Q_EMIT completeChanged();
}

void AccountForm::fetchDirectory()
{
    m_fetchTimer->stop();
    m_terms.clear();
    m_directoryOk = false;
    const QUrl url = directoryUrl();
    const quint64 serial = ++m_fetchSerial;
    if (url.isEmpty()) {
        m_termsLabel->setText(tr("Enter the CA's ACME directory URL."));
        Q_EMIT completeChanged();
        return;
    }
    m_termsLabel->setText(tr("Asking %1 for its terms of service…").arg(url.host().toHtmlEscaped()));
    m_facade.fetchDirectory(url,
                            QDir::fromNativeSeparators(m_bundle->text().trimmed()),
                            this,
                            [this, serial](const Result<AcmeDirectory> &directory) {
                                if (serial != m_fetchSerial) {
                                    return; // the URL changed meanwhile
                                }
                                if (!directory) {
                                    showDirectoryProblem(directory.problem());
                                    return;
                                }
                                m_directoryOk = true;
                                m_terms = directory->termsOfService();
                                m_directoryWantsEab = directory->externalAccountRequired();
                                if (m_terms.isValid()) {
                                    const QString link = m_terms.toString().toHtmlEscaped();
                                    m_termsLabel->setText(
                                        tr("The CA's terms of service: <a href=\"%1\">%1</a>").arg(link));
                                } else {
                                    m_termsLabel->setText(tr("The CA publishes no terms of service."));
                                }
                                updateEab();
                            });
    Q_EMIT completeChanged();
}

void AccountForm::showDirectoryProblem(const Problem &problem)
{
    m_termsLabel->setText(QStringLiteral("<span style=\"color:#c0392b\">%1</span>").arg(ProblemText::html(problem)));
    Q_EMIT completeChanged();
}

bool AccountForm::isComplete() const
{
    const QUrl url = directoryUrl();
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return false;
    }
    if (!m_accept->isChecked()) {
        return false;
    }
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email)) {
        return false;
    }
    const bool kid = !m_eabKid->text().trimmed().isEmpty();
    const bool hmac = !m_eabHmac->text().trimmed().isEmpty();
    if (kid != hmac) {
        return false;
    }
    const CaPreset &preset = m_presets.at(std::max(0, m_preset->currentIndex()));
    if ((preset.eabRequired || m_directoryWantsEab) && !kid) {
        return false;
    }
    return true;
}

AccountRegistration::Request AccountForm::request() const
{
    AccountRegistration::Request request;
    request.title = m_title->text().trimmed();
    if (request.title.isEmpty()) {
        const CaPreset &preset = m_presets.at(std::max(0, m_preset->currentIndex()));
        request.title = preset.isCustom() ? directoryUrl().host() : preset.name;
    }
    request.directoryUrl = directoryUrl();
    request.email = m_email->text().trimmed();
    request.agreeToTerms = m_accept->isChecked();
    request.caBundlePath = QDir::fromNativeSeparators(m_bundle->text().trimmed());
    request.eabKeyId = m_eabKid->text().trimmed();
    request.eabHmacKey = m_eabHmac->text().trimmed().toLatin1();
    return request;
}
