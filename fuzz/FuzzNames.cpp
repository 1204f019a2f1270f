#include "FuzzInput.h"

#include "core/challenges/ChallengeName.h"
#include "core/challenges/DomainMatchRule.h"
#include "core/dns/DelegationLabel.h"
#include "core/dns/DnsName.h"

#include <cstdlib>

// Names as people and clients type them: Unicode and punycode (IDNA, RFC 5891), wildcards,
// trailing dots, challenge names from hub clients, and the match rules that scope managed
// challenges and tokens. The first line is a rule, every further line a name. Oracles: parsing
// a parsed name again changes nothing, and a delegation label is always a valid DNS label.
namespace {

bool isLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
        || label.endsWith(QLatin1Char('-'))) {
        return false;
    }
    for (const QChar c : label) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || c == QLatin1Char('-'))) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = FuzzInput::lines(FuzzInput::bytes(data, size));
    const DomainMatchRule rule(QString::fromUtf8(lines.value(0)));
    (void)rule.invalidEntries();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines[i]);
        const Result<QString> challenge = ChallengeName::normalize(text);
        if (challenge) {
            (void)ChallengeName::recordNameFor(challenge.value());
            for (const auto use : {DomainMatchRule::Use::ChallengeSelection, DomainMatchRule::Use::TokenRestriction}) {
                (void)rule.matches(challenge.value(), use);
                (void)rule.specificity(challenge.value(), use);
                (void)rule.bestEntry(challenge.value(), use);
            }
        }
        const Result<DnsName> name = DnsName::parse(text);
        if (!name) {
            continue;
        }
        const DnsName &parsed = name.value();
        const Result<DnsName> again = DnsName::parse(parsed.ace());
        if (!again || again.value() != parsed) {
            std::abort(); // normalising is not idempotent: stored names would drift
        }
        (void)parsed.display();
        (void)parsed.challengeName().fqdn();
        (void)parsed.parent().relativeTo(parsed.base());
        if (!isLabel(DelegationLabel::forName(parsed))) {
            std::abort(); // the owner's CNAME would point at a name no zone can hold
        }
    }
    return 0;
}
