#include "RecordAdvice.h"

#include <QCoreApplication>

namespace RecordAdvice {

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordAdvice)
};

using State = RecordStatus::State;

QString serverOrSome(const RecordStatus &status)
{
    return status.failedServer.isEmpty() ? Text::tr("A DNS server") : status.failedServer;
}

QString createRecord(const RequiredRecord &record)
{
    if (record.atApex) {
        // Core words the ALIAS/ANAME and A/AAAA alternatives (RequiredRecords).
        return record.note;
    }
    return Text::tr("Create this CNAME record at your DNS provider:\n%1  CNAME  %2.")
        .arg(record.owner.ace(), record.target.ace());
}

QString lookupAdvice(const RecordStatus &status)
{
    const QString server = serverOrSome(status);
    switch (status.failure) {
    case RecordStatus::Failure::Timeout:
        return Text::tr(
                   "%1 did not answer in time. Check that it is running and that DNS traffic (UDP and TCP port 53, "
                   "or the port configured) reaches it from this computer; a firewall may drop it.")
            .arg(server);
    case RecordStatus::Failure::Unreachable:
        return Text::tr(
                   "%1 cannot be reached from this computer. Check its address in the DNS settings and the network "
                   "route to it.")
            .arg(server);
    case RecordStatus::Failure::ServFail:
        return Text::tr(
                   "%1 answered SERVFAIL: it failed to answer for this name. At an authoritative server the zone is "
                   "usually broken there (expired DNSSEC signatures, a failed zone transfer); at a resolver, a "
                   "server it depends on is down. Check the zone at your DNS provider.")
            .arg(server);
    case RecordStatus::Failure::Refused:
        return Text::tr(
                   "%1 answered REFUSED: it does not answer questions about this zone from this computer. If it is "
                   "one of the zone's name servers, check that the zone's NS records name the right servers; if it "
                   "is a resolver, allow this computer to use it or choose another resolver in the DNS settings.")
            .arg(server);
    case RecordStatus::Failure::Other:
    case RecordStatus::Failure::None:
        break;
    }
    return Text::tr("A DNS lookup failed; the answers below name the server. Check that the zone is delegated to "
                    "working name servers and that the resolvers in the DNS settings can reach them.");
}

QString conflictAdvice(const RecordStatus &status)
{
    const RequiredRecord &record = status.record;
    switch (status.conflict) {
    case RecordStatus::ConflictKind::OtherRecords: {
        QStringList records = status.actual.split(QStringLiteral("; "), Qt::SkipEmptyParts);
        for (QString &line : records) {
            line = QStringLiteral("%1  %2").arg(record.owner.ace(), line);
        }
        return Text::tr("Remove these records at your DNS provider; a CNAME cannot share its name with other records:\n"
                        "%1\nThen create the CNAME:\n%2  CNAME  %3.")
            .arg(records.join(QLatin1Char('\n')), record.owner.ace(), record.target.ace());
    }
    case RecordStatus::ConflictKind::Loop:
        return Text::tr(
                   "The CNAME records form a loop (%1). Remove the CNAME that points back, so that %2 points at %3 "
                   "and %3 is not a CNAME itself.")
            .arg(status.actual, record.owner.ace(), record.target.ace());
    case RecordStatus::ConflictKind::TargetIsAlias:
        return Text::tr("%1 must not be a CNAME itself (it points at %2): CertDesk publishes the challenge TXT record "
                        "there. Remove that CNAME from the delegation zone.")
            .arg(record.target.ace(), status.actual);
    case RecordStatus::ConflictKind::None:
        break;
    }
    if (status.actual.isEmpty()) {
        return Text::tr("Other data is in the way at %1. Remove it at your DNS provider, then create the CNAME:\n%1  "
                        "CNAME  %2.")
            .arg(record.owner.ace(), record.target.ace());
    }
    return Text::tr("Other data is in the way at %1 (%2). Remove it at your DNS provider, then create the CNAME:\n%1  "
                    "CNAME  %3.")
        .arg(record.owner.ace(), status.actual, record.target.ace());
}

QString caaAdvice(const RecordStatus &status, const QStringList &caIdentities)
{
    const QString at = status.caaOwner.isNull() ? status.record.names.value(0).base().ace() : status.caaOwner.ace();
    const bool wildcard = status.caaName.isWildcard();
    const QString tag = wildcard ? QStringLiteral("issuewild") : QStringLiteral("issue");
    if (caIdentities.isEmpty()) {
        return Text::tr(
                   "Add a CAA record at %1 that allows your CA, for example:\n%1  CAA  0 %2 \"<the CA's domain>\"\n"
                   "The CA's own documentation names its CAA domain.")
            .arg(at, tag);
    }
    QStringList examples;
    for (const QString &identity : caIdentities) {
        examples << QStringLiteral("%1  CAA  0 %2 \"%3\"").arg(at, tag, identity);
    }
    return Text::tr(
               "Add a CAA record allowing %1 next to the CAA records at %2:\n%3\nWhat the records there say now: %4")
        .arg(caIdentities.join(QStringLiteral(", ")), at, examples.join(QLatin1Char('\n')), status.actual);
}

} // namespace

QString label(const std::optional<RecordStatus::State> &state)
{
    return state ? RecordStatus::stateLabel(*state) : Text::tr("Not checked yet");
}

QIcon icon(const std::optional<RecordStatus::State> &state)
{
    if (!state) {
        return QIcon(QStringLiteral(":/icons/status-new.svg"));
    }
    switch (*state) {
    case State::Ok:
        return QIcon(QStringLiteral(":/icons/status-ok.svg"));
    case State::Propagating:
        return QIcon(QStringLiteral(":/icons/status-renewing.svg"));
    case State::Missing:
    case State::LookupError:
        return QIcon(QStringLiteral(":/icons/status-attention.svg"));
    case State::WrongTarget:
    case State::Conflict:
    case State::BlockedByCaa:
        return QIcon(QStringLiteral(":/icons/status-failed.svg"));
    }
    return {};
}

QString whatToDo(const RequiredRecord &record)
{
    return Text::tr("Not checked yet. If you have not done so already:") + QLatin1Char('\n') + createRecord(record);
}

QString whatToDo(const RecordStatus &status, const QStringList &caIdentities)
{
    const RequiredRecord &record = status.record;
    switch (status.state) {
    case State::Ok:
        return Text::tr("Nothing to do: the record is in place at every authoritative server and the resolvers see it. "
                        "Keep it; it is needed again at every renewal.");
    case State::Propagating:
        if (status.resolverTtl) {
            return Text::tr(
                "Nothing to do but wait: the authoritative servers already serve the record, and a resolver "
                "may keep its old answer for up to %n second(s). CertDesk checks again by itself.",
                nullptr,
                int(*status.resolverTtl));
        }
        return Text::tr("Nothing to do but wait: not every server serves the record yet. CertDesk checks again by "
                        "itself.");
    case State::Missing:
        return createRecord(record);
    case State::WrongTarget:
        if (record.atApex) {
            return Text::tr("%1 has other addresses (%2) than %3. Update its A/AAAA records to the addresses of %3, or "
                            "replace them with an ALIAS/ANAME record pointing at %3 if your DNS provider offers one.")
                .arg(record.owner.ace(), status.actual, record.target.ace());
        }
        return Text::tr(
                   "Change the CNAME record at your DNS provider so that it points at the right target:\n%1  CNAME  "
                   "%2.\nIt points at %3 now.")
            .arg(record.owner.ace(), record.target.ace(), status.actual);
    case State::Conflict:
        return conflictAdvice(status);
    case State::BlockedByCaa:
        return caaAdvice(status, caIdentities);
    case State::LookupError:
        return lookupAdvice(status) + QStringLiteral("\n\n") + Text::tr("CertDesk asks again by itself.");
    }
    return {};
}

} // namespace RecordAdvice
