#include "TokenScope.h"

#include "core/challenges/ChallengeName.h"
#include "core/challenges/ManagedChallengeSelector.h"

#include <QCoreApplication>

namespace {

// What the hub sends API clients is English whatever the desktop's language: see HubResponse.h.

// "; a.b.x.test is 2 labels below x.test, a wildcard covers one". Only used for two or more
// labels, so always plural.
QString tooDeep(const QString &name, int below, const QString &base)
{
    return QStringLiteral("; %1 is %2 labels below %3, a wildcard covers one").arg(name).arg(below).arg(base);
}

// How far below a wildcard entry's base a name is, for "two labels below" explanations.
int labelsBelow(const QString &name, const QString &base)
{
    if (!name.endsWith(QLatin1Char('.') + base)) {
        return 0;
    }
    return int(QStringView(name).left(name.size() - base.size() - 1).count(QLatin1Char('.'))) + 1;
}

} // namespace

TokenScope::TokenScope(ApiToken token, QList<ManagedChallenge> challenges)
    : m_token(std::move(token))
    , m_challenges(std::move(challenges))
{
}

bool TokenScope::mayUse(const ManagedChallenge &challenge) const
{
    if (m_token.scopeChallengeIds.contains(challenge.id)) {
        return true;
    }
    for (const QString &tag : challenge.tags) {
        if (m_token.scopeTags.contains(tag, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QList<ManagedChallenge> TokenScope::usableChallenges() const
{
    QList<ManagedChallenge> usable;
    for (const ManagedChallenge &challenge : m_challenges) {
        if (mayUse(challenge)) {
            usable << challenge;
        }
    }
    return usable;
}

QString TokenScope::permittedRulesText() const
{
    QStringList rules;
    const DomainMatchRule own(m_token.nameRule);
    if (!own.isFallback()) {
        rules = own.entries();
    } else {
        for (const ManagedChallenge &challenge : usableChallenges()) {
            if (challenge.matchRule.isFallback()) {
                rules << QStringLiteral("any name no other managed challenge serves");
            } else {
                rules << challenge.matchRule.entries();
            }
        }
    }
    rules.removeDuplicates();
    return rules.isEmpty() ? QStringLiteral("no names (it may use no managed challenge)")
                           : rules.join(QLatin1String(", "));
}

TokenScope::Decision TokenScope::authorize(const QString &name, ApiToken::Role role) const
{
    Decision decision;
    const QString who = m_token.consumer.isEmpty() ? m_token.clientId : m_token.consumer;
    if (!m_token.roles.testFlag(role)) {
        decision.reason = QStringLiteral("Token '%1' does not have the %2 role.").arg(who, ApiToken::roleName(role));
        return decision;
    }

    const DomainMatchRule own(m_token.nameRule);
    if (!own.isFallback() && !own.matches(name, DomainMatchRule::Use::TokenRestriction)) {
        QString why;
        for (const QString &entry : own.entries()) {
            if (ChallengeName::isWildcard(entry)) {
                const int below = labelsBelow(name, ChallengeName::baseName(entry));
                if (below > 1) {
                    why = tooDeep(name, below, ChallengeName::baseName(entry));
                    break;
                }
            }
            if (ChallengeName::isWildcard(name) && entry == ChallengeName::baseName(name)) {
                why = QStringLiteral("; a wildcard name needs an explicit wildcard entry %1").arg(name);
                break;
            }
        }
        decision.reason =
            QStringLiteral("Token '%1' may write names matching %2%3.").arg(who, permittedRulesText(), why);
        return decision;
    }

    const std::optional<ManagedChallenge> serving = ManagedChallengeSelector(m_challenges).select(name);
    if (!serving || !mayUse(*serving)) {
        // Explain a near miss: a usable wildcard whose base is more than one label up.
        QString why;
        for (const ManagedChallenge &usable : usableChallenges()) {
            for (const QString &entry : usable.matchRule.entries()) {
                const int below =
                    ChallengeName::isWildcard(entry) ? labelsBelow(name, ChallengeName::baseName(entry)) : 0;
                if (below > 1 && why.isEmpty()) {
                    why = tooDeep(name, below, ChallengeName::baseName(entry));
                }
            }
        }
        if (!serving) {
            decision.reason =
                QStringLiteral("No managed challenge matches %1; token '%2' may write names matching %3%4.")
                    .arg(name, who, permittedRulesText(), why);
        } else if (!why.isEmpty()) {
            decision.reason =
                QStringLiteral("Token '%1' may write names matching %2%3.").arg(who, permittedRulesText(), why);
        } else if (serving->matchRule.isFallback()) {
            decision.reason = QStringLiteral("Token '%1' may write names matching %2; %3 is not one of them.")
                                  .arg(who, permittedRulesText(), name);
        } else {
            decision.reason =
                QStringLiteral("Token '%1' may write names matching %2; %3 is served by managed challenge '%4', "
                               "which this token may not use.")
                    .arg(who, permittedRulesText(), name, serving->title);
        }
        return decision;
    }
    decision.allowed = true;
    decision.challenge = serving;
    decision.reason =
        QStringLiteral("Token '%1' may write %2 through managed challenge '%3' (rule %4).")
            .arg(who,
                 name,
                 serving->title,
                 serving->matchRule.isFallback() ? QStringLiteral("fallback") : serving->matchRule.bestEntry(name));
    return decision;
}
