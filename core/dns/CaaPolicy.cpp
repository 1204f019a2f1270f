#include "CaaPolicy.h"

#include <QCoreApplication>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaaPolicy)
};

// RFC 8659 §4.2-4.4 and the IANA "Certification Authority Restriction Properties" registry.
bool isKnownTag(const QString &tag)
{
    static const QStringList known = {QStringLiteral("issue"),
                                      QStringLiteral("issuewild"),
                                      QStringLiteral("iodef"),
                                      QStringLiteral("issuemail"),
                                      QStringLiteral("issuevmc"),
                                      QStringLiteral("contactemail"),
                                      QStringLiteral("contactphone")};
    return known.contains(tag);
}

struct IssueValue
{
    QString issuer; // empty: no CA may issue
    QStringList validationMethods;
};

IssueValue parseValue(const QString &value)
{
    IssueValue parsed;
    const QStringList parts = value.split(QLatin1Char(';'));
    parsed.issuer = parts.value(0).trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString parameter = parts.at(i).trimmed();
        if (parameter.startsWith(QLatin1String("validationmethods="), Qt::CaseInsensitive)) {
            parsed.validationMethods =
                parameter.section(QLatin1Char('='), 1).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
    }
    return parsed;
}

} // namespace

CaaPolicy::Verdict CaaPolicy::evaluate(const QList<DnsRecord> &caaSet, bool wildcard, const QStringList &caIdentities)
{
    QList<DnsRecord> issue;
    QList<DnsRecord> issueWild;
    for (const DnsRecord &record : caaSet) {
        if (record.type != DnsRecordType::CAA || record.fields.size() != 3) {
            continue;
        }
        const int flags = record.fields.at(0).toInt();
        const QString tag = record.fields.at(1).toLower();
        if ((flags & 128) && !isKnownTag(tag)) {
            return {false, Text::tr("A critical CAA property “%1” that no CA understands forbids issuance.").arg(tag)};
        }
        if (tag == QLatin1String("issue")) {
            issue << record;
        } else if (tag == QLatin1String("issuewild")) {
            issueWild << record;
        }
    }
    const bool useWild = wildcard && !issueWild.isEmpty();
    const QList<DnsRecord> &relevant = useWild ? issueWild : issue;
    const QString tag = useWild ? QStringLiteral("issuewild") : QStringLiteral("issue");
    if (relevant.isEmpty()) {
        return {true, Text::tr("The CAA records do not restrict which CA may issue.")};
    }
    QStringList allowedIssuers;
    bool methodExcluded = false;
    for (const DnsRecord &record : relevant) {
        const IssueValue value = parseValue(record.fields.at(2));
        if (value.issuer.isEmpty()) {
            continue; // `issue ";"`: nobody, unless another record names a CA
        }
        allowedIssuers << value.issuer;
        if (!caIdentities.contains(value.issuer, Qt::CaseInsensitive)) {
            continue;
        }
        if (!value.validationMethods.isEmpty() && !value.validationMethods.contains(QLatin1String("dns-01"))) {
            methodExcluded = true;
            continue;
        }
        return {true, Text::tr("CAA %1 allows %2.").arg(tag, value.issuer)};
    }
    if (methodExcluded) {
        return {false, Text::tr("CAA %1 allows this CA only with validation methods other than dns-01.").arg(tag)};
    }
    if (allowedIssuers.isEmpty()) {
        return {false, Text::tr("CAA %1 forbids every CA.").arg(tag)};
    }
    return {false,
            Text::tr("CAA %1 allows only %2, not this CA (%3).")
                .arg(tag, allowedIssuers.join(QStringLiteral(", ")), caIdentities.join(QStringLiteral(", ")))};
}
