#include "TokenDialog.h"

#include "core/Facade.h"
#include "core/challenges/DomainMatchRule.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "ui/common/ProblemText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

TokenDialog::TokenDialog(Facade &facade, const QList<ManagedChallenge> &challenges, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_consumer(new QLineEdit(this))
    , m_challengeRole(
          new QCheckBox(tr("&Managed challenge consumer: may publish its own _acme-challenge records"), this))
    , m_certificateRole(new QCheckBox(tr("&Certificate consumer: may fetch certificates for its names"), this))
    , m_challenges(new QListWidget(this))
    , m_tags(new QLineEdit(this))
    , m_names(new QLineEdit(this))
    , m_namesFeedback(new QLabel(this))
    , m_expires(new QCheckBox(tr("E&xpires after"), this))
    , m_expiryDate(new QDateEdit(QDate::currentDate().addDays(90), this))
    , m_acmeDns(new QCheckBox(tr("Give it an acme-&dns account (for acme.sh, certbot's hook, lego's acme-dns)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("New API Token"));
    m_consumer->setObjectName(QStringLiteral("consumerEdit"));
    m_consumer->setPlaceholderText(tr("The machine or application that uses it, like build-01"));
    m_challengeRole->setObjectName(QStringLiteral("challengeRoleCheck"));
    m_challengeRole->setChecked(true);
    m_certificateRole->setObjectName(QStringLiteral("certificateRoleCheck"));
    m_challenges->setObjectName(QStringLiteral("challengeList"));
    m_challenges->setAccessibleName(tr("Managed challenges it may use"));
    for (const ManagedChallenge &challenge : challenges) {
        auto *item = new QListWidgetItem(challenge.title, m_challenges);
        item->setData(Qt::UserRole, challenge.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(challenge.matchRule.isFallback() ? tr("Every name no other challenge serves")
                                                          : challenge.matchRule.entries().join(QStringLiteral("; ")));
    }
    m_challenges->setMaximumHeight(120);
    m_tags->setObjectName(QStringLiteral("tokenTagsEdit"));
    m_tags->setPlaceholderText(tr("Or every challenge with one of these tags, like web, internal"));
    m_names->setObjectName(QStringLiteral("namesEdit"));
    m_names->setPlaceholderText(tr("Optional: only these names, like *.build.example.com"));
    m_namesFeedback->setObjectName(QStringLiteral("namesFeedback"));
    m_namesFeedback->setWordWrap(true);
    m_namesFeedback->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_namesFeedback->hide();
    m_expires->setObjectName(QStringLiteral("expiresCheck"));
    m_expiryDate->setObjectName(QStringLiteral("expiryDateEdit"));
    m_expiryDate->setCalendarPopup(true);
    m_expiryDate->setMinimumDate(QDate::currentDate());
    m_expiryDate->setEnabled(false);
    m_acmeDns->setObjectName(QStringLiteral("acmeDnsCheck"));
    m_acmeDns->setEnabled(false);
    m_acmeDns->setToolTip(tr("Set the hub's acme-dns zone first (Hub page)"));
    m_problem->setObjectName(QStringLiteral("createProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    QPushButton *create = m_buttons->addButton(tr("C&reate Token"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createTokenButton"));
    create->setDefault(true);

    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiryDate);
    expiry->addStretch(1);
    auto *roles = new QVBoxLayout;
    roles->addWidget(m_challengeRole);
    roles->addWidget(m_certificateRole);
    auto *form = new QFormLayout;
    form->addRow(tr("&Used by:"), m_consumer);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("Ma&y use:"), m_challenges);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Limit to names:"), m_names);
    form->addRow(QString(), m_namesFeedback);
    form->addRow(tr("Expiry:"), expiry);
    form->addRow(QString(), m_acmeDns);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_expires, &QCheckBox::toggled, m_expiryDate, &QWidget::setEnabled);
    connect(m_names, &QLineEdit::textChanged, this, &TokenDialog::updateFeedback);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TokenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TokenDialog::reject);
    m_facade.loadHubSettings(this, [this](const Result<HubSettings> &hub) {
        if (hub && !hub->acmeDnsZone.isEmpty()) {
            m_acmeDns->setEnabled(true);
            m_acmeDns->setToolTip(tr("Its records are written at a new name below %1").arg(hub->acmeDnsZone));
        }
    });
    resize(600, 520);
}

void TokenDialog::updateFeedback()
{
    const QStringList invalid = DomainMatchRule(m_names->text()).invalidEntries();
    m_namesFeedback->setText(invalid.isEmpty() ? QString()
                                               : tr("Not a host name: %1").arg(invalid.join(QStringLiteral(", "))));
    m_namesFeedback->setVisible(!invalid.isEmpty());
}

TokenIssuer::Request TokenDialog::request() const
{
    TokenIssuer::Request request;
    request.token.consumer = m_consumer->text().trimmed();
    request.token.roles = {};
    if (m_challengeRole->isChecked()) {
        request.token.roles |= ApiToken::Role::ManagedChallengeConsumer;
    }
    if (m_certificateRole->isChecked()) {
        request.token.roles |= ApiToken::Role::CertificateConsumer;
    }
    for (int row = 0; row < m_challenges->count(); ++row) {
        const QListWidgetItem *item = m_challenges->item(row);
        if (item->checkState() == Qt::Checked) {
            request.token.scopeChallengeIds << item->data(Qt::UserRole).toLongLong();
        }
    }
    request.token.scopeTags = ManagedChallengeRepository::parseTags(m_tags->text());
    request.token.nameRule = m_names->text().trimmed();
    if (m_expires->isChecked()) {
        // Works through the whole chosen day, wherever the administrator is.
        request.token.expiresAt = QDateTime(m_expiryDate->date().addDays(1), QTime(0, 0)).toUTC();
    }
    request.acmeDnsAccount = m_acmeDns->isEnabled() && m_acmeDns->isChecked();
    return request;
}

void TokenDialog::accept()
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_problem->hide();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(false);
        }
    }
    m_facade.createToken(request(), this, [this](const Result<TokenIssuer::Issued> &issued) {
        m_busy = false;
        for (QAbstractButton *button : m_buttons->buttons()) {
            button->setEnabled(true);
        }
        if (!issued) {
            m_problem->setText(ProblemText::html(issued.problem()));
            m_problem->show();
            return;
        }
        Q_EMIT tokenCreated(issued.value());
        QDialog::accept();
    });
}
