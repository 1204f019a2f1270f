#include "RequiredRecords.h"

#include <QCoreApplication>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequiredRecords)
};

QString apexNote(const RequiredRecord &record, bool known)
{
    QString note = Text::tr("%1 is the apex of its zone, where a CNAME is not allowed. Create an ALIAS or ANAME record "
                            "pointing at %2 if your DNS provider offers one; otherwise create A and AAAA records with "
                            "the addresses of %2 (and keep them up to date).")
                       .arg(record.owner.display(), record.target.display());
    if (!known) {
        note += QLatin1Char(' ') + Text::tr("(Assumed from the name; the live check confirms it.)");
    }
    return note;
}

QString trafficNote(const RequiredRecord &record)
{
    return Text::tr("Sends traffic (and the CA's http-01 checks) for %1 to %2.")
        .arg(record.owner.display(), record.target.display());
}

} // namespace

void RequiredRecords::confirmApex(RequiredRecord &record, bool atApex)
{
    if (record.purpose != RequiredRecord::Purpose::Traffic) {
        return;
    }
    record.atApex = atApex;
    record.note = atApex ? apexNote(record, true) : trafficNote(record);
}

Result<QList<RequiredRecord>> RequiredRecords::forEndpoint(const Endpoint &endpoint,
                                                           const std::optional<DelegationZone> &delegation,
                                                           const ApexTest &isApex)
{
    QList<DnsName> names;
    for (const QString &text : endpoint.names) {
        const Result<DnsName> name = DnsName::parse(text);
        if (!name) {
            return Problem::make(Problem::Category::Input,
                                 QStringLiteral("endpoint.bad-name"),
                                 Text::tr("An endpoint name is not a valid DNS name."),
                                 name.problem().detail,
                                 name.problem().hint);
        }
        names << name.value();
    }
    const bool dns01 = endpoint.challengeType == QLatin1String("dns-01");
    if (dns01 && (!delegation || delegation->isNull())) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("delegation.not-set"),
                             Text::tr("No delegation zone is set up yet."),
                             Text::tr("The _acme-challenge records of %1 point into the delegation zone, which is not "
                                      "configured.")
                                 .arg(endpoint.names.join(QStringLiteral(", "))),
                             Text::tr("Set it up first: certdesk delegation set --zone ZONE --provider KIND …"));
    }

    QList<RequiredRecord> records;
    const auto add = [&records](RequiredRecord record, const DnsName &servedName) {
        for (RequiredRecord &existing : records) {
            if (existing.purpose == record.purpose && existing.owner == record.owner) {
                if (!existing.names.contains(servedName)) {
                    existing.names << servedName;
                }
                return;
            }
        }
        record.names = {servedName};
        records << record;
    };

    if (dns01) {
        for (const DnsName &name : std::as_const(names)) {
            RequiredRecord record;
            record.endpointId = endpoint.id;
            record.purpose = RequiredRecord::Purpose::Challenge;
            record.owner = name.challengeName();
            record.type = DnsRecordType::CNAME;
            record.target = delegation->targetFor(name);
            record.note = Text::tr("Create once; CertDesk publishes each challenge for %1 at %2.")
                              .arg(name.base().display(), record.target.display());
            add(record, name);
        }
    }

    if (endpoint.exposure == Endpoint::Exposure::External) {
        const Result<DnsName> target = DnsName::parse(endpoint.targetHost);
        if (!target || target->isWildcard()) {
            return Problem::make(Problem::Category::Input,
                                 QStringLiteral("endpoint.bad-target"),
                                 Text::tr("The endpoint's target host is not a valid host name."),
                                 target ? Text::tr("“%1” is a wildcard.").arg(endpoint.targetHost)
                                        : target.problem().detail,
                                 Text::tr("Give the host name of the server or load balancer, such as "
                                          "lb.example.net."));
        }
        for (const DnsName &name : std::as_const(names)) {
            RequiredRecord record;
            record.endpointId = endpoint.id;
            record.purpose = RequiredRecord::Purpose::Traffic;
            record.owner = name; // a wildcard name gets a wildcard CNAME
            record.type = DnsRecordType::CNAME;
            record.target = target.value();
            const std::optional<bool> known = isApex ? isApex(name) : std::nullopt;
            const bool apex = known.value_or(!name.isWildcard() && name.labelCount() == 2);
            record.atApex = apex;
            record.note = apex ? apexNote(record, known.has_value()) : trafficNote(record);
            add(record, name);
        }
    }
    return records;
}

Result<QList<RequiredRecord>>
RequiredRecords::forName(const QString &name, const std::optional<DelegationZone> &delegation, const ApexTest &isApex)
{
    Endpoint endpoint;
    endpoint.names = {name};
    return forEndpoint(endpoint, delegation, isApex);
}

QString RequiredRecords::zoneFileSnippet(const QList<RequiredRecord> &records)
{
    QStringList lines;
    for (const RequiredRecord &record : records) {
        if (record.atApex) {
            lines << QStringLiteral("; ")
                         + Text::tr("%1 is a zone apex: no CNAME there. Either an ALIAS/ANAME record "
                                    "(provider-specific):")
                               .arg(record.owner.fqdn());
            lines << QStringLiteral("; %1 %2 IN ALIAS %3")
                         .arg(record.owner.fqdn())
                         .arg(SuggestedTtl)
                         .arg(record.target.fqdn());
            lines << QStringLiteral("; ")
                         + Text::tr("or A/AAAA records with the current addresses of %1.").arg(record.target.fqdn());
            continue;
        }
        lines << QStringLiteral("%1 %2 IN %3 %4")
                     .arg(record.owner.fqdn())
                     .arg(SuggestedTtl)
                     .arg(record.typeText(), record.target.fqdn());
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString RequiredRecords::plainText(const QList<RequiredRecord> &records)
{
    QStringList blocks;
    for (const RequiredRecord &record : records) {
        QStringList block;
        block << Text::tr("Name:  %1").arg(record.owner.ace());
        if (record.owner.display() != record.owner.ace()) {
            block.last() += QStringLiteral(" (%1)").arg(record.owner.display());
        }
        block << Text::tr("Type:  %1").arg(record.typeText());
        block << Text::tr("Value: %1").arg(record.target.ace());
        block << Text::tr("TTL:   %1").arg(SuggestedTtl);
        if (!record.note.isEmpty()) {
            block << Text::tr("Note:  %1").arg(record.note);
        }
        blocks << block.join(QLatin1Char('\n'));
    }
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}
