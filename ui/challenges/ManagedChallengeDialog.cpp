#include "ManagedChallengeDialog.h"

#include "MatchRuleFeedback.h"

#include "core/Facade.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "ui/common/ProblemText.h"
#include "ui/providers/ProviderDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString kErrorStyle = QStringLiteral("color: #c0392b;");

} // namespace

ManagedChallengeDialog::ManagedChallengeDialog(Facade &facade,
                                               const ManagedChallenge &challenge,
                                               const QList<DnsProviderConfig> &providers,
                                               const QList<ManagedChallenge> &saved,
                                               QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_challenge(challenge)
    , m_others(saved)
    , m_title(new QLineEdit(challenge.title, this))
    , m_provider(new QComboBox(this))
    , m_tags(new QLineEdit(challenge.tags.join(QStringLiteral(", ")), this))
    , m_rule(new QLineEdit(challenge.matchRule.entries().join(QStringLiteral("; ")), this))
    , m_ruleFeedback(new QLabel(this))
    , m_testNames(new QLineEdit(this))
    , m_testResult(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("challengeDialog"));
    setWindowTitle(challenge.id > 0 ? tr("Edit Managed Challenge") : tr("New Managed Challenge"));
    m_title->setObjectName(QStringLiteral("challengeTitleEdit"));
    m_title->setPlaceholderText(tr("What it is for, like “Corporate zone”"));
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setAccessibleName(tr("DNS provider"));
    auto *newProvider = new QPushButton(tr("&New Provider…"), this);
    newProvider->setObjectName(QStringLiteral("newProviderButton"));
    auto *providerRow = new QHBoxLayout;
    providerRow->addWidget(m_provider, 1);
    providerRow->addWidget(newProvider);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Optional, like “web, internal”: tokens can be limited to tagged challenges"));
    m_rule->setObjectName(QStringLiteral("ruleEdit"));
    m_rule->setPlaceholderText(QStringLiteral("*.example.com; example.org"));
    m_ruleFeedback->setObjectName(QStringLiteral("ruleFeedback"));
    m_ruleFeedback->setWordWrap(true);
    m_testNames->setObjectName(QStringLiteral("testNamesEdit"));
    m_testNames->setPlaceholderText(tr("Names to try, like app.example.com a.b.example.com"));
    m_testResult->setObjectName(QStringLiteral("testNamesResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("saveProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(kErrorStyle);
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveChallengeButton"));

    // Each line with its feedback right beneath it.
    const auto withFeedback = [this](QLineEdit *edit, QLabel *feedback) {
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(4);
        cellLayout->addWidget(edit);
        cellLayout->addWidget(feedback);
        return cell;
    };
    auto *providerLabel = new QLabel(tr("&DNS provider:"), this);
    providerLabel->setBuddy(m_provider);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(providerLabel, providerRow);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Names it serves:"), withFeedback(m_rule, m_ruleFeedback));
    form->addRow(tr("T&ry names:"), withFeedback(m_testNames, m_testResult));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    setProviders(providers, challenge.providerId);
    connect(m_rule, &QLineEdit::textChanged, this, &ManagedChallengeDialog::updateFeedback);
    connect(m_testNames, &QLineEdit::textChanged, this, &ManagedChallengeDialog::updateFeedback);
    connect(m_title, &QLineEdit::textChanged, this, &ManagedChallengeDialog::updateFeedback);
    connect(newProvider, &QPushButton::clicked, this, &ManagedChallengeDialog::newProvider);
    connect(&facade, &Facade::providersChanged, this, [this](const QList<DnsProviderConfig> &all) {
        setProviders(all, m_provider->currentData().toLongLong());
    });
    connect(&facade, &Facade::challengesChanged, this, [this](const QList<ManagedChallenge> &all) {
        m_others = all;
        updateFeedback();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ManagedChallengeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ManagedChallengeDialog::reject);
    updateFeedback();
    resize(620, 460);
}

void ManagedChallengeDialog::setProviders(const QList<DnsProviderConfig> &providers, qint64 select)
{
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    for (const DnsProviderConfig &provider : providers) {
        m_provider->addItem(provider.title, provider.id);
    }
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(select)));
    m_provider->setPlaceholderText(tr("No DNS provider yet: create one with New Provider…"));
}

void ManagedChallengeDialog::newProvider()
{
    auto *dialog = new ProviderDialog(m_facade, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProviderDialog::providerSaved, this, [this](const DnsProviderConfig &saved) {
        if (m_provider->findData(saved.id) < 0) {
            m_provider->addItem(saved.title, saved.id);
        }
        m_provider->setCurrentIndex(m_provider->findData(saved.id));
    });
    dialog->open();
}

ManagedChallenge ManagedChallengeDialog::draft() const
{
    ManagedChallenge challenge = m_challenge;
    challenge.title = m_title->text().trimmed();
    challenge.providerId = m_provider->currentIndex() >= 0 ? m_provider->currentData().toLongLong() : 0;
    challenge.matchRule = DomainMatchRule(m_rule->text());
    challenge.tags = ManagedChallengeRepository::parseTags(m_tags->text());
    return challenge;
}

void ManagedChallengeDialog::updateFeedback()
{
    m_problem->hide();
    const ManagedChallenge challenge = draft();
    const MatchRuleFeedback::RuleVerdict rule = MatchRuleFeedback::describe(challenge.matchRule);
    m_ruleFeedback->setText(rule.text);
    m_ruleFeedback->setStyleSheet(rule.valid ? QString() : kErrorStyle);

    const QList<MatchRuleFeedback::NameVerdict> verdicts =
        MatchRuleFeedback::testNames(m_testNames->text(), challenge, m_others);
    if (verdicts.isEmpty()) {
        m_testResult->clear();
        m_testResult->hide();
        return;
    }
    QStringList lines{MatchRuleFeedback::summary(verdicts)};
    for (const MatchRuleFeedback::NameVerdict &verdict : verdicts) {
        if (verdict.name.isEmpty()) {
            lines << tr("%1: not a host name. %2").arg(verdict.typed, verdict.problem);
        } else if (!verdict.servedBy) {
            lines << tr("%1: no managed challenge serves it.").arg(verdict.name);
        } else if (verdict.servedBy->id == challenge.id) {
            lines << tr("%1: served by this challenge.").arg(verdict.name);
        } else if (verdict.matches) {
            lines << tr("%1: “%2” serves it (its rule is more specific, or it is older).")
                         .arg(verdict.name, verdict.servedBy->title);
        } else {
            lines << tr("%1: “%2” serves it.").arg(verdict.name, verdict.servedBy->title);
        }
    }
    m_testResult->setText(lines.join(QLatin1Char('\n')));
    m_testResult->show();
}

void ManagedChallengeDialog::accept()
{
    if (m_busy) {
        return;
    }
    const ManagedChallenge challenge = draft();
    if (challenge.providerId <= 0) {
        m_problem->setText(ProblemText::html(Problem::make(Problem::Category::Input,
                                                           QStringLiteral("challenges.no-provider"),
                                                           tr("The managed challenge needs a DNS provider."),
                                                           {},
                                                           tr("Choose one, or create one with New Provider…"))));
        m_problem->show();
        return;
    }
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_facade.saveChallenge(challenge, this, [this](const Result<ManagedChallenge> &saved) {
        m_busy = false;
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        if (!saved) {
            m_problem->setText(ProblemText::html(saved.problem()));
            m_problem->show();
            return;
        }
        m_saved = saved.value();
        QDialog::accept();
    });
}
