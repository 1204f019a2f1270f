#pragma once

#include "core/challenges/ManagedChallenge.h"
#include "core/hub/ApiToken.h"

#include <QList>
#include <QString>

#include <optional>

// Decides whether a token may write the challenge record for a name, and says why in words
// an administrator (and the client's operator) can act on.
//
// A name is allowed when (1) the token carries the role, (2) the token's own name rule, if
// any, permits it (a wildcard identifier only by an explicit wildcard entry), and (3) the
// managed challenge that serves the name - the most specific match among all of them - is
// one the token may use (by id or by tag). Choosing among all challenges, not only the
// token's, keeps a token from writing through a broad challenge where the administrator
// configured a more specific one.
class TokenScope final
{
public:
    struct Decision
    {
        bool allowed = false;
        QString reason; // translated, safe to return to the client
        std::optional<ManagedChallenge> challenge;
    };

    TokenScope(ApiToken token, QList<ManagedChallenge> challenges);

    bool mayUse(const ManagedChallenge &challenge) const;

    // The managed challenges this token may use.
    QList<ManagedChallenge> usableChallenges() const;

    // `name` is normalised (ChallengeName::normalize).
    Decision authorize(const QString &name, ApiToken::Role role = ApiToken::Role::ManagedChallengeConsumer) const;

private:
    QString permittedRulesText() const;

    ApiToken m_token;
    QList<ManagedChallenge> m_challenges;
};
