#include "ManagedChallengeSelector.h"

#include <algorithm>

ManagedChallengeSelector::ManagedChallengeSelector(QList<ManagedChallenge> challenges)
    : m_challenges(std::move(challenges))
{
}

QList<ManagedChallenge> ManagedChallengeSelector::candidates(const QString &name) const
{
    QList<std::pair<int, ManagedChallenge>> scored;
    for (const ManagedChallenge &challenge : m_challenges) {
        const int score = challenge.matchRule.specificity(name);
        if (score != DomainMatchRule::NoMatch) {
            scored.append({score, challenge});
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second.id < b.second.id;
    });
    QList<ManagedChallenge> result;
    for (const auto &entry : scored) {
        result << entry.second;
    }
    return result;
}

std::optional<ManagedChallenge> ManagedChallengeSelector::select(const QString &name) const
{
    const QList<ManagedChallenge> best = candidates(name);
    if (best.isEmpty()) {
        return std::nullopt;
    }
    return best.first();
}
