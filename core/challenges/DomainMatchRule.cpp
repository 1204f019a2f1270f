#include "DomainMatchRule.h"

#include "core/challenges/ChallengeName.h"

#include <QRegularExpression>

namespace {

// Score bands, so that any exact match beats any wildcard regardless of name length.
constexpr int kExact = 4000;
constexpr int kWildcardOfName = 3000;
constexpr int kBaseOfWildcard = 2000;
constexpr int kParentWildcard = 1000; // + length of the wildcard's base: the longest wins

bool isOneLabelBelow(const QString &name, const QString &base)
{
    if (!name.endsWith(base) || name.size() <= base.size() + 1) {
        return false;
    }
    const qsizetype dot = name.size() - base.size() - 1;
    if (name.at(dot) != QLatin1Char('.')) {
        return false;
    }
    return !QStringView(name).left(dot).contains(QLatin1Char('.'));
}

} // namespace

DomainMatchRule::DomainMatchRule(const QString &text)
    : m_text(text)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString entry = part.trimmed().toLower();
        if (entry.endsWith(QLatin1Char('.'))) {
            entry.chop(1);
        }
        if (!entry.isEmpty() && !m_entries.contains(entry)) {
            m_entries << entry;
        }
    }
}

int DomainMatchRule::entryScore(const QString &entry, const QString &name, Use use)
{
    if (entry == name) {
        return kExact;
    }
    const bool nameIsWildcard = ChallengeName::isWildcard(name);
    const bool entryIsWildcard = ChallengeName::isWildcard(entry);
    if (nameIsWildcard) {
        // "*.x.com" is matched by the explicit wildcard entry (handled above) or, when choosing a
        // challenge, by "x.com", whose record it shares.
        if (use == Use::ChallengeSelection && !entryIsWildcard && entry == ChallengeName::baseName(name)) {
            return kBaseOfWildcard;
        }
        return DomainMatchRule::NoMatch;
    }
    if (!entryIsWildcard) {
        return DomainMatchRule::NoMatch;
    }
    const QString base = ChallengeName::baseName(entry);
    if (base == name) {
        return kWildcardOfName;
    }
    if (isOneLabelBelow(name, base)) {
        return kParentWildcard + int(base.size());
    }
    return DomainMatchRule::NoMatch;
}

int DomainMatchRule::specificity(const QString &name, Use use) const
{
    if (m_entries.isEmpty()) {
        return FallbackScore;
    }
    int best = NoMatch;
    for (const QString &entry : m_entries) {
        best = std::max(best, entryScore(entry, name, use));
    }
    return best;
}

QString DomainMatchRule::bestEntry(const QString &name, Use use) const
{
    QString bestEntry;
    int best = NoMatch;
    for (const QString &entry : m_entries) {
        const int score = entryScore(entry, name, use);
        if (score > best) {
            best = score;
            bestEntry = entry;
        }
    }
    return bestEntry;
}

bool DomainMatchRule::matches(const QString &name, Use use) const
{
    return specificity(name, use) != NoMatch;
}

QStringList DomainMatchRule::invalidEntries() const
{
    QStringList invalid;
    for (const QString &entry : m_entries) {
        const Result<QString> normalized = ChallengeName::normalize(entry);
        if (!normalized || normalized.value() != entry) {
            invalid << entry;
        }
    }
    return invalid;
}
