#pragma once

#include "core/dns/RequiredRecord.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// What the live check found for one required record, with the evidence an administrator (or
// the domain's owner) needs to act: which server said what, with TTLs.
struct RecordStatus
{
    enum class State {
        Ok,
        Propagating,  // the authoritative servers are right; a resolver still serves an old answer
        Missing,      // no such record at the authoritative servers
        WrongTarget,  // a CNAME (or, at an apex, addresses) pointing elsewhere: see `actual`
        Conflict,     // other data where the CNAME must be, or a CNAME chain that loops
        BlockedByCaa, // the record is right, but CAA forbids the CA (RFC 8659)
        LookupError,  // a server timed out, failed (SERVFAIL) or refused (REFUSED)
    };

    // LookupError: how the lookup failed, so the advice can name what to look at.
    enum class Failure {
        None,
        Timeout,     // the server did not answer
        Unreachable, // the network refused or dropped the question
        ServFail,    // the server answered SERVFAIL
        Refused,     // the server answered REFUSED: it does not serve the zone to us
        Other,       // another response code or failure
    };

    // Conflict: what is in the way, so the advice can say what to remove or change.
    enum class ConflictKind {
        None,
        OtherRecords,  // records of other types at the owner (`actual`: "TXT …; A …")
        Loop,          // the CNAME chain comes back to a name (`actual`: "a → b → a")
        TargetIsAlias, // the target is itself a CNAME (`actual`: where it points)
    };

    RequiredRecord record;
    State state = State::LookupError;
    QString summary;                    // one translated sentence
    QStringList evidence;               // translated lines, one per observation
    QString actual;                     // WrongTarget: the value found; Conflict: the data in the way
    std::optional<quint32> resolverTtl; // Propagating: how long a resolver may keep the old answer
    Failure failure = Failure::None;    // LookupError: how it failed
    QString failedServer;               // LookupError: "192.0.2.53:53", when one server is to blame
    ConflictKind conflict = ConflictKind::None;
    DnsName caaName;  // BlockedByCaa: the certificate name the CA may not issue for
    DnsName caaOwner; // BlockedByCaa: where the CAA record set that forbids it is

    bool isOk() const { return state == State::Ok; }

    // "ok", "propagating", "missing", "wrong-target", "conflict", "blocked-by-caa", "lookup-error".
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
    // Translated, for lists: "OK", "Propagating", …
    static QString stateLabel(State state);
    // "timeout", "unreachable", "servfail", "refused", "other"; empty for None.
    static QString failureName(Failure failure);

    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(RecordStatus)
