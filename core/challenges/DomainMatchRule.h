#pragma once

#include <QString>
#include <QStringList>

// Which names a managed challenge (or a token) may write, as an administrator types it:
// "*.example.com; example.org". Entries are separated by ';' (',' accepted too), trimmed and
// compared without case. "example.com" matches exactly that name; "*.example.com" matches
// example.com and exactly one label below it (not a.b.example.com). An empty rule matches
// everything at the lowest priority: it is the fallback challenge.
class DomainMatchRule final
{
public:
    enum class Use {
        // Choosing a managed challenge: *.x.com and x.com share _acme-challenge.x.com, so an
        // entry "x.com" also serves the identifier "*.x.com".
        ChallengeSelection,
        // Restricting a token: a wildcard identifier needs an explicit wildcard entry, so a
        // token for "x.com" cannot obtain a certificate for every name below it.
        TokenRestriction,
    };

    // Scores for how specifically an entry matches; higher wins.
    static constexpr int NoMatch = -1;
    static constexpr int FallbackScore = 0;

    DomainMatchRule() = default;
    explicit DomainMatchRule(const QString &text);

    QString text() const { return m_text; }

    QStringList entries() const { return m_entries; }

    bool isFallback() const { return m_entries.isEmpty(); }

    // `name` is a normalised name (see ChallengeName::normalize).
    bool matches(const QString &name, Use use = Use::ChallengeSelection) const;

    // The best score of any entry for `name`: exact > "*.<name>" > the base name of a wildcard
    // identifier > the longest wildcard > the fallback; NoMatch if nothing matches.
    int specificity(const QString &name, Use use = Use::ChallengeSelection) const;

    // The entry that produced specificity(), for explaining decisions; empty for the fallback.
    QString bestEntry(const QString &name, Use use = Use::ChallengeSelection) const;

    // Entries that are not well formed ("a..b", "*.*.x", spaces inside), for the editor to flag.
    QStringList invalidEntries() const;

    static int entryScore(const QString &entry, const QString &name, Use use);

private:
    QString m_text;
    QStringList m_entries;
};
