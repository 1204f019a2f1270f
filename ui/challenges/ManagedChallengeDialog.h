#pragma once

#include "core/challenges/ManagedChallenge.h"
#include "core/providers/DnsProviderConfig.h"

#include <QDialog>
#include <QList>

class Facade;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds or edits a managed challenge: its title, the DNS provider that writes its records
// (an existing one, or a new one made here with ProviderDialog), tags, and the domain match
// rule, with live feedback as it is typed: entries that are not host names, what each entry
// matches, and for names typed into "Try names" whether the rule matches them and which managed
// challenge would serve them (ManagedChallengeSelector over the saved ones and this draft).
class ManagedChallengeDialog final : public QDialog
{
    Q_OBJECT

public:
    // `challenge`: id 0 for a new one. `saved`: every stored challenge, for "which one wins".
    ManagedChallengeDialog(Facade &facade,
                           const ManagedChallenge &challenge,
                           const QList<DnsProviderConfig> &providers,
                           const QList<ManagedChallenge> &saved,
                           QWidget *parent = nullptr);

    // The challenge as currently entered.
    ManagedChallenge draft() const;

    // The challenge as stored, once accepted.
    const ManagedChallenge &savedChallenge() const { return m_saved; }

    void accept() override;

private:
    void setProviders(const QList<DnsProviderConfig> &providers, qint64 select);
    void newProvider();
    void updateFeedback();

    Facade &m_facade;
    ManagedChallenge m_challenge;
    QList<ManagedChallenge> m_others;
    QLineEdit *m_title;
    QComboBox *m_provider;
    QLineEdit *m_tags;
    QLineEdit *m_rule;
    QLabel *m_ruleFeedback;
    QLineEdit *m_testNames;
    QLabel *m_testResult;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    ManagedChallenge m_saved;
    bool m_busy = false;
};
