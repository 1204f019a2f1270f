#include "RecordVerdict.h"

#include "core/dns/CaaPolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace {

using Reply = RecordObservation::Reply;
using State = RecordStatus::State;

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordVerdict)
};

// A failure to get an answer, or an answer that is itself a failure (SERVFAIL, REFUSED, ...).
std::optional<QString> failureOf(const Reply &reply)
{
    if (!reply.answer) {
        return reply.answer.problem().title;
    }
    const DnsRcode rcode = reply.answer->rcode();
    if (rcode == DnsRcode::NoError || rcode == DnsRcode::NxDomain) {
        return std::nullopt;
    }
    return Text::tr("answered %1").arg(dnsRcodeName(rcode));
}

// The same failure as a kind, for the advice the UI gives (RecordStatus::Failure).
RecordStatus::Failure failureKind(const Problem &problem)
{
    if (problem.code == QLatin1String("dns.timeout")) {
        return RecordStatus::Failure::Timeout;
    }
    if (problem.code == QLatin1String("dns.network")) {
        return RecordStatus::Failure::Unreachable;
    }
    if (problem.code == QLatin1String("dns.servfail")) {
        return RecordStatus::Failure::ServFail;
    }
    if (problem.code == QLatin1String("dns.refused")) {
        return RecordStatus::Failure::Refused;
    }
    return RecordStatus::Failure::Other;
}

RecordStatus::Failure failureKind(const Reply &reply)
{
    if (!reply.answer) {
        return failureKind(reply.answer.problem());
    }
    switch (reply.answer->rcode()) {
    case DnsRcode::ServFail:
        return RecordStatus::Failure::ServFail;
    case DnsRcode::Refused:
        return RecordStatus::Failure::Refused;
    default:
        return RecordStatus::Failure::Other;
    }
}

void blame(RecordStatus &status, const Reply &reply)
{
    status.failure = failureKind(reply);
    status.failedServer = reply.server.toString();
}

std::optional<DnsRecord> cnameAt(const Reply &reply, const DnsName &owner)
{
    if (!reply.answer) {
        return std::nullopt;
    }
    for (const DnsRecord &record : reply.answer->records(DnsRecordType::CNAME)) {
        if (record.name == owner.ace()) {
            return record;
        }
    }
    return std::nullopt;
}

// RFC 2308 §5: a negative answer may be cached for the smaller of the SOA's TTL and MINIMUM.
std::optional<quint32> negativeTtl(const Reply &reply)
{
    if (!reply.answer) {
        return std::nullopt;
    }
    for (const DnsRecord &record : reply.answer->message.authority()) {
        if (record.type == DnsRecordType::SOA && record.fields.size() == 7) {
            return std::min(record.ttl, record.fields.at(6).toUInt());
        }
    }
    return std::nullopt;
}

bool isNxDomain(const Reply &reply)
{
    return reply.answer && reply.answer->rcode() == DnsRcode::NxDomain;
}

QStringList addressesOf(const QList<Reply> &replies)
{
    QStringList addresses;
    for (const Reply &reply : replies) {
        if (!reply.answer) {
            continue;
        }
        for (const DnsRecord &record : reply.answer->records()) {
            if ((record.type == DnsRecordType::A || record.type == DnsRecordType::AAAA)
                && !addresses.contains(record.data)) {
                addresses << record.data;
            }
        }
    }
    addresses.sort();
    return addresses;
}

// "a → b → a" if following the CNAMEs in the answer from `owner` comes back to a name.
QString loopIn(const Reply &reply, const DnsName &owner)
{
    if (!reply.answer) {
        return {};
    }
    QHash<QString, QString> next;
    for (const DnsRecord &record : reply.answer->records(DnsRecordType::CNAME)) {
        next.insert(record.name, record.data);
    }
    QStringList path{owner.ace()};
    QSet<QString> seen{owner.ace()};
    QString current = owner.ace();
    while (next.contains(current)) {
        current = next.value(current);
        path << current;
        if (seen.contains(current)) {
            return path.join(QStringLiteral(" → "));
        }
        seen.insert(current);
    }
    return {};
}

} // namespace

QString RecordVerdict::describe(const Reply &reply, const DnsName &owner)
{
    const QString server = reply.server.toString();
    if (const std::optional<QString> failure = failureOf(reply)) {
        return Text::tr("%1: %2").arg(server, *failure);
    }
    if (isNxDomain(reply)) {
        return Text::tr("%1: no such name (NXDOMAIN)").arg(server);
    }
    QStringList found;
    for (const DnsRecord &record : reply.answer->records()) {
        if (record.type == DnsRecordType::CNAME || record.name == owner.ace() || record.type == reply.type) {
            found << Text::tr("%1 %2 %3 (TTL %4)")
                         .arg(record.name, dnsRecordTypeName(record.type), record.data)
                         .arg(record.ttl);
        }
    }
    if (found.isEmpty()) {
        return Text::tr("%1: no %2 record at %3").arg(server, dnsRecordTypeName(reply.type), owner.ace());
    }
    return Text::tr("%1: %2").arg(server, found.join(QStringLiteral("; ")));
}

namespace {

void addEvidence(RecordStatus &status, const QString &role, const QList<Reply> &replies)
{
    for (const Reply &reply : replies) {
        status.evidence << role + QStringLiteral(" ") + RecordVerdict::describe(reply, status.record.owner);
    }
}

void judgeCaa(RecordStatus &status, const RecordObservation &observation, const QStringList &caIdentities)
{
    if (status.record.purpose != RequiredRecord::Purpose::Challenge) {
        return;
    }
    if (caIdentities.isEmpty()) {
        status.evidence << Text::tr("CAA not checked: the CA's identity (its caaIdentities) is not known.");
        return;
    }
    for (const RecordObservation::Caa &caa : observation.caa) {
        if (caa.failure) {
            status.evidence << Text::tr("CAA lookup for %1 failed: %2").arg(caa.name.display(), caa.failure->message());
            if (status.state == State::Ok) {
                status.state = State::LookupError;
                status.failure = failureKind(*caa.failure);
                status.summary = Text::tr("The CAA records of %1 could not be read; a CA does not issue then.")
                                     .arg(caa.name.display());
            }
            continue;
        }
        if (caa.relevant.isNull()) {
            status.evidence
                << Text::tr("CAA for %1: none on the name or its parents, any CA may issue.").arg(caa.name.display());
            continue;
        }
        const CaaPolicy::Verdict verdict = CaaPolicy::evaluate(caa.records, caa.name.isWildcard(), caIdentities);
        status.evidence << Text::tr("CAA for %1 (records at %2): %3")
                               .arg(caa.name.display(), caa.relevant.display(), verdict.reason);
        if (!verdict.allowed && (status.state == State::Ok || status.state == State::Propagating)) {
            status.state = State::BlockedByCaa;
            status.actual = verdict.reason;
            status.caaName = caa.name;
            status.caaOwner = caa.relevant;
            status.summary = Text::tr("The record is right, but the CAA records at %1 do not let the CA issue for %2.")
                                 .arg(caa.relevant.display(), caa.name.display());
        }
    }
}

RecordStatus judgeApex(RecordStatus status, const RecordObservation &observation)
{
    const RequiredRecord &record = status.record;
    addEvidence(status, Text::tr("authoritative"), observation.authoritative);
    addEvidence(status, Text::tr("target"), observation.targetAddresses);
    for (const Reply &reply : observation.authoritative) {
        if (failureOf(reply)) {
            status.state = State::LookupError;
            blame(status, reply);
            status.summary =
                Text::tr("An authoritative server of %1 could not be asked.").arg(observation.zone.display());
            return status;
        }
    }
    for (const Reply &reply : observation.targetAddresses) {
        if (failureOf(reply)) {
            status.state = State::LookupError;
            blame(status, reply);
            status.summary = Text::tr("The addresses of %1 could not be looked up.").arg(record.target.display());
            return status;
        }
    }
    const QStringList have = addressesOf(observation.authoritative);
    const QStringList want = addressesOf(observation.targetAddresses);
    if (have.isEmpty()) {
        status.state = State::Missing;
        status.summary =
            Text::tr("%1 has no addresses: it needs an ALIAS/ANAME record to %2, or A/AAAA records with its "
                     "addresses.")
                .arg(record.owner.display(), record.target.display());
        return status;
    }
    if (want.isEmpty()) {
        status.state = State::LookupError;
        status.summary = Text::tr("%1 has no addresses to compare with.").arg(record.target.display());
        return status;
    }
    if (have != want) {
        status.state = State::WrongTarget;
        status.actual = have.join(QStringLiteral(", "));
        status.summary =
            Text::tr("%1 has the addresses %2, but %3 has %4.")
                .arg(record.owner.display(), status.actual, record.target.display(), want.join(QStringLiteral(", ")));
        return status;
    }
    status.state = State::Ok;
    status.summary = Text::tr("%1 has the same addresses as %2.").arg(record.owner.display(), record.target.display());
    return status;
}

} // namespace

RecordStatus RecordVerdict::judge(const RequiredRecord &record,
                                  const RecordObservation &observation,
                                  const QStringList &caIdentities)
{
    RecordStatus status;
    status.record = record;
    if (observation.zoneFailure) {
        status.state = State::LookupError;
        status.failure = failureKind(*observation.zoneFailure);
        if (status.failure != RecordStatus::Failure::Other && !observation.zoneResolver.isNull()) {
            // The resolver itself failed (rather than answering that there is no such zone).
            status.failedServer = observation.zoneResolver.toString();
        }
        status.summary = Text::tr("The zone of %1 could not be found.").arg(record.owner.display());
        status.evidence << observation.zoneFailure->message();
        return status;
    }
    status.evidence << Text::tr("zone %1").arg(observation.zone.display());
    if (observation.authoritative.isEmpty()) {
        status.state = State::LookupError;
        status.failure = RecordStatus::Failure::Other;
        status.summary = Text::tr("No authoritative server of %1 could be asked.").arg(observation.zone.display());
        return status;
    }
    if (record.atApex) {
        return judgeApex(status, observation);
    }
    addEvidence(status, Text::tr("authoritative"), observation.authoritative);

    for (const Reply &reply : observation.authoritative) {
        if (failureOf(reply)) {
            addEvidence(status, Text::tr("resolver"), observation.resolver);
            status.state = State::LookupError;
            blame(status, reply);
            status.summary = Text::tr("The authoritative server %1 of %2 could not be asked: %3.")
                                 .arg(reply.server.toString(), observation.zone.display(), *failureOf(reply));
            return status;
        }
    }
    int right = 0;
    QString wrongTarget;
    for (const Reply &reply : observation.authoritative) {
        if (const std::optional<DnsRecord> cname = cnameAt(reply, record.owner)) {
            if (DnsName::fromNormalised(cname->data) == record.target) {
                ++right;
            } else {
                wrongTarget = cname->data;
            }
        }
    }
    const int servers = int(observation.authoritative.size());
    if (right == 0) {
        addEvidence(status, Text::tr("resolver"), observation.resolver);
        if (!wrongTarget.isEmpty()) {
            status.state = State::WrongTarget;
            status.actual = wrongTarget;
            status.summary = Text::tr("%1 points at %2 instead of %3.")
                                 .arg(record.owner.display(),
                                      DnsName::fromNormalised(wrongTarget).display(),
                                      record.target.display());
            return status;
        }
        QStringList inTheWay;
        for (const Reply &reply : observation.authoritativeAny) {
            if (!reply.answer) {
                continue;
            }
            for (const DnsRecord &found : reply.answer->records()) {
                const QString text = dnsRecordTypeName(found.type) + QLatin1Char(' ') + found.data;
                if (found.name == record.owner.ace() && found.type != DnsRecordType::CNAME
                    && !inTheWay.contains(text)) {
                    inTheWay << text;
                }
            }
        }
        if (!inTheWay.isEmpty()) {
            status.state = State::Conflict;
            status.actual = inTheWay.join(QStringLiteral("; "));
            status.conflict = RecordStatus::ConflictKind::OtherRecords;
            status.summary =
                Text::tr("Other records are at %1 where the CNAME must be (%2): remove them, then create the "
                         "CNAME.")
                    .arg(record.owner.display(), status.actual);
            return status;
        }
        status.state = State::Missing;
        status.summary = Text::tr("%1 has no CNAME record yet.").arg(record.owner.display());
        return status;
    }
    if (right < servers) {
        addEvidence(status, Text::tr("resolver"), observation.resolver);
        status.state = State::Propagating;
        status.summary = Text::tr("%1 of %2 authoritative servers serve the record; the others do not have it yet.")
                             .arg(right)
                             .arg(servers);
        return status;
    }

    // Right at every authoritative server. Does it lead anywhere strange, and what do resolvers say?
    addEvidence(status, Text::tr("resolver"), observation.resolver);
    for (const Reply &reply : observation.resolverTxt) {
        const QString loop = loopIn(reply, record.owner);
        if (!loop.isEmpty()) {
            status.evidence
                << Text::tr("resolver %1 follows TXT: %2").arg(reply.server.toString(), describe(reply, record.owner));
            status.state = State::Conflict;
            status.actual = loop;
            status.conflict = RecordStatus::ConflictKind::Loop;
            status.summary = Text::tr("The CNAME chain loops: %1.").arg(loop);
            return status;
        }
        if (const std::optional<DnsRecord> alias = cnameAt(reply, record.target)) {
            status.state = State::Conflict;
            status.actual = alias->data;
            status.conflict = RecordStatus::ConflictKind::TargetIsAlias;
            status.summary = Text::tr("%1 is itself a CNAME (to %2): the challenge TXT cannot be published there.")
                                 .arg(record.target.display(), DnsName::fromNormalised(alias->data).display());
            return status;
        }
    }
    QStringList stale;
    std::optional<quint32> longest;
    for (const Reply &reply : observation.resolver + observation.resolverTxt) {
        if (const std::optional<QString> failure = failureOf(reply)) {
            status.state = State::LookupError;
            blame(status, reply);
            status.summary = Text::tr("The record is right at the authoritative servers, but resolver %1 %2.")
                                 .arg(reply.server.toString(), *failure);
            return status;
        }
    }
    for (const Reply &reply : observation.resolver) {
        const std::optional<DnsRecord> cname = cnameAt(reply, record.owner);
        if (cname && DnsName::fromNormalised(cname->data) == record.target) {
            continue;
        }
        const std::optional<quint32> ttl = cname ? std::optional<quint32>(cname->ttl) : negativeTtl(reply);
        stale << reply.server.toString();
        if (ttl && (!longest || *ttl > *longest)) {
            longest = ttl;
        }
    }
    if (!stale.isEmpty()) {
        status.state = State::Propagating;
        status.resolverTtl = longest;
        status.summary = longest ? Text::tr("The record is right at the authoritative servers; %1 still serves an old "
                                            "answer for up to %n second(s).",
                                            nullptr,
                                            int(*longest))
                                       .arg(stale.join(QStringLiteral(", ")))
                                 : Text::tr("The record is right at the authoritative servers; %1 still serves an old "
                                            "answer.")
                                       .arg(stale.join(QStringLiteral(", ")));
    } else {
        status.state = State::Ok;
        status.summary = Text::tr("%1 points at %2.").arg(record.owner.display(), record.target.display());
    }
    judgeCaa(status, observation, caIdentities);
    return status;
}
