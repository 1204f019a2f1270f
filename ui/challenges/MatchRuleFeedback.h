#pragma once

#include "core/challenges/ManagedChallenge.h"

#include <QList>
#include <QString>

#include <optional>

// What the managed challenge editor says while a domain match rule is typed: which entries are
// not host names, what each entry matches, and for names the administrator tries out whether
// the rule matches them and which managed challenge would actually serve them.
namespace MatchRuleFeedback {

struct RuleVerdict
{
    bool valid = true;
    QString text; // one sentence per entry, or the entries that are not host names
};

RuleVerdict describe(const DomainMatchRule &rule);

struct NameVerdict
{
    QString typed;
    QString name;                             // normalised; empty when `typed` is not a host name
    QString problem;                          // why it is not, for the administrator
    bool matches = false;                     // the rule being edited matches it
    std::optional<ManagedChallenge> servedBy; // the challenge ManagedChallengeSelector picks
};

// `names` separated by spaces, commas or semicolons. `draft` is the challenge as edited (id 0
// when new: it then loses ties, as it will once saved); `saved` are the stored challenges.
QList<NameVerdict> testNames(const QString &names, const ManagedChallenge &draft, const QList<ManagedChallenge> &saved);

// "app.example.com ✓, a.b.example.com ✗"
QString summary(const QList<NameVerdict> &verdicts);

} // namespace MatchRuleFeedback
