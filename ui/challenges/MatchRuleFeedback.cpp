#include "MatchRuleFeedback.h"

#include "core/challenges/ChallengeName.h"
#include "core/challenges/ManagedChallengeSelector.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MatchRuleFeedback)
};

} // namespace

MatchRuleFeedback::RuleVerdict MatchRuleFeedback::describe(const DomainMatchRule &rule)
{
    if (const QStringList invalid = rule.invalidEntries(); !invalid.isEmpty()) {
        return {false,
                Text::tr("Not a host name: %1. Use names like example.com or *.example.com, separated by semicolons.")
                    .arg(invalid.join(QStringLiteral(", ")))};
    }
    if (rule.isFallback()) {
        return {true, Text::tr("Empty: this is the fallback, serving every name no other managed challenge serves.")};
    }
    QStringList sentences;
    for (const QString &entry : rule.entries()) {
        if (ChallengeName::isWildcard(entry)) {
            const QString base = ChallengeName::baseName(entry);
            sentences << Text::tr("%1 matches %2 and the names one label below it (like www.%2), not deeper ones.")
                             .arg(entry, base);
        } else {
            sentences << Text::tr("%1 matches exactly that name (and its wildcard certificate).").arg(entry);
        }
    }
    return {true, sentences.join(QLatin1Char(' '))};
}

QList<MatchRuleFeedback::NameVerdict>
MatchRuleFeedback::testNames(const QString &names, const ManagedChallenge &draft, const QList<ManagedChallenge> &saved)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QList<ManagedChallenge> all;
    ManagedChallenge edited = draft;
    if (edited.id <= 0) {
        // Not saved yet: it will get the highest id, and ties go to the oldest challenge.
        edited.id = std::numeric_limits<qint64>::max();
    }
    for (const ManagedChallenge &challenge : saved) {
        if (challenge.id != draft.id) {
            all << challenge;
        }
    }
    all << edited;
    const ManagedChallengeSelector selector(all);
    QList<NameVerdict> verdicts;
    for (const QString &typed : names.split(separators, Qt::SkipEmptyParts)) {
        NameVerdict verdict;
        verdict.typed = typed;
        const Result<QString> normalized = ChallengeName::normalize(typed);
        if (!normalized) {
            verdict.problem =
                normalized.problem().detail.isEmpty() ? normalized.problem().title : normalized.problem().detail;
            verdicts << verdict;
            continue;
        }
        verdict.name = normalized.value();
        verdict.matches = edited.matchRule.matches(verdict.name);
        verdict.servedBy = selector.select(verdict.name);
        if (verdict.servedBy && verdict.servedBy->id == edited.id) {
            verdict.servedBy->id = draft.id;
        }
        verdicts << verdict;
    }
    return verdicts;
}

QString MatchRuleFeedback::summary(const QList<NameVerdict> &verdicts)
{
    QStringList parts;
    for (const NameVerdict &verdict : verdicts) {
        parts << (verdict.name.isEmpty() ? verdict.typed : verdict.name) + QLatin1Char(' ')
                     + (verdict.matches ? QStringLiteral("✓") : QStringLiteral("✗"));
    }
    return parts.join(QStringLiteral(", "));
}
