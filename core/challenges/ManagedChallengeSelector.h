#pragma once

#include "core/challenges/ManagedChallenge.h"

#include <QList>

#include <optional>

// Chooses the managed challenge that serves a name when several match: the most specific
// rule wins (see DomainMatchRule::specificity); on a tie the oldest challenge (lowest id) wins,
// so adding a challenge never silently takes names away from an existing one.
class ManagedChallengeSelector final
{
public:
    explicit ManagedChallengeSelector(QList<ManagedChallenge> challenges);

    // `name` is normalised (ChallengeName::normalize).
    std::optional<ManagedChallenge> select(const QString &name) const;

    // All challenges that match, best first.
    QList<ManagedChallenge> candidates(const QString &name) const;

private:
    QList<ManagedChallenge> m_challenges;
};
