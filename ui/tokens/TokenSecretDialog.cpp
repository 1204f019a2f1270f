#include "TokenSecretDialog.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// A read-only line with a button beside it that copies the line.
QWidget *copyableLine(QLineEdit *line, const QString &objectName, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    line->setReadOnly(true);
    line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(QCoreApplication::translate("TokenSecretDialog", "Copy"), row);
    copy->setObjectName(objectName);
    QObject::connect(copy, &QPushButton::clicked, line, [line] {
        QGuiApplication::clipboard()->setText(line->text());
    });
    layout->addWidget(line, 1);
    layout->addWidget(copy);
    return row;
}

QString tabTitle(const QString &client)
{
    if (client == QLatin1String("lego")) {
        return QCoreApplication::translate("TokenSecretDialog", "lego (httpreq)");
    }
    if (client == QLatin1String("lego-acme-dns")) {
        return QCoreApplication::translate("TokenSecretDialog", "lego (acme-dns)");
    }
    if (client == QLatin1String("certbot")) {
        return QCoreApplication::translate("TokenSecretDialog", "certbot (acme-dns hook)");
    }
    if (client == QLatin1String("certify")) {
        return QCoreApplication::translate("TokenSecretDialog", "Certify The Web");
    }
    return client;
}

} // namespace

QStringList TokenSecretDialog::clients()
{
    return ClientSnippets::clients();
}

TokenSecretDialog::TokenSecretDialog(Facade &facade, const ApiToken &token, const QByteArray &secret, QWidget *parent)
    : QDialog(parent)
    , m_token(token)
    , m_secret(secret)
    , m_domain(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_setupProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenSecretDialog"));
    const bool once = !secret.isEmpty();
    setWindowTitle(once ? tr("API Token for %1").arg(token.consumer) : tr("Client Setup for %1").arg(token.consumer));
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("secretWarning"));
    intro->setWordWrap(true);
    intro->setText(once ? tr("<b>Copy the secret now.</b> CertDesk keeps only a keyed hash of it and cannot show it "
                             "again; once this window is closed, a lost secret means a new token.")
                        : tr("The secret was shown once, when the token was created; paste it where the "
                             "configuration says so. A lost secret means a new token."));
    auto *clientId = new QLineEdit(token.clientId, this);
    clientId->setObjectName(QStringLiteral("clientIdEdit"));
    auto *form = new QFormLayout;
    form->addRow(tr("Client id:"), copyableLine(clientId, QStringLiteral("copyClientIdButton"), this));
    if (once) {
        m_secretEdit = new QLineEdit(QString::fromLatin1(secret), this);
        m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
        form->addRow(tr("Secret:"), copyableLine(m_secretEdit, QStringLiteral("copySecretButton"), this));
    }
    m_domain->setObjectName(QStringLiteral("snippetDomainEdit"));
    m_domain->setPlaceholderText(tr("The name the client gets a certificate for, to fill in below"));
    form->addRow(tr("&Domain:"), m_domain);

    for (const QString &client : clients()) {
        auto *page = new QWidget(m_tabs);
        auto *text = new QPlainTextEdit(page);
        text->setObjectName(QStringLiteral("snippet_") + client);
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlaceholderText(tr("Reading the hub's settings…"));
        auto *copy = new QPushButton(tr("Copy Configuration"), page);
        copy->setObjectName(QStringLiteral("copySnippetButton_") + client);
        connect(copy, &QPushButton::clicked, text, [text] {
            QGuiApplication::clipboard()->setText(text->toPlainText());
        });
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->addWidget(text, 1);
        pageLayout->addWidget(copy, 0, Qt::AlignRight);
        m_tabs->addTab(page, tabTitle(client));
        m_snippets.insert(client, text);
    }
    m_tabs->setObjectName(QStringLiteral("snippetTabs"));
    m_setupProblem->setObjectName(QStringLiteral("setupProblem"));
    m_setupProblem->setWordWrap(true);
    m_setupProblem->setTextFormat(Qt::RichText);
    m_setupProblem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeSecretButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_setupProblem);
    layout->addWidget(buttons);
    connect(m_domain, &QLineEdit::textChanged, this, &TokenSecretDialog::updateSnippets);
    facade.loadClientSetup(token.clientId, this, [this](const Result<ClientSnippets::Input> &setup) {
        if (!setup) {
            m_setupProblem->setText(ProblemText::html(setup.problem()));
            m_setupProblem->show();
            return;
        }
        setClientSetup(setup.value());
    });
    resize(760, 560);
}

TokenSecretDialog::~TokenSecretDialog()
{
    forgetSecret();
}

void TokenSecretDialog::setClientSetup(const ClientSnippets::Input &input)
{
    m_setup = input;
    m_setupLoaded = true;
    updateSnippets();
}

void TokenSecretDialog::updateSnippets()
{
    if (!m_setupLoaded) {
        return;
    }
    ClientSnippets::Input input = m_setup;
    input.domain = m_domain->text().trimmed();
    const QString secret = QString::fromLatin1(m_secret);
    for (auto it = m_snippets.constBegin(); it != m_snippets.constEnd(); ++it) {
        QString text = ClientSnippets::forClient(it.key(), input);
        if (!secret.isEmpty()) {
            text.replace(ClientSnippets::SecretPlaceholder, secret);
        }
        it.value()->setPlainText(text);
    }
}

void TokenSecretDialog::forgetSecret()
{
    if (m_secret.isEmpty()) {
        return;
    }
    // Our copy is overwritten, not just released; the widgets' texts are replaced.
    m_secret.detach();
    m_secret.fill('\0');
    m_secret.clear();
    if (m_secretEdit) {
        m_secretEdit->clear();
    }
    for (QPlainTextEdit *text : std::as_const(m_snippets)) {
        text->clear();
    }
}

void TokenSecretDialog::done(int result)
{
    forgetSecret();
    QDialog::done(result);
}
