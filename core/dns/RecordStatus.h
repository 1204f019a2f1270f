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

    RequiredRecord record;
    State state = State::LookupError;
    QString summary;                    // one translated sentence
    QStringList evidence;               // translated lines, one per observation
    QString actual;                     // WrongTarget: the value found; Conflict: the data in the way
    std::optional<quint32> resolverTtl; // Propagating: how long a resolver may keep the old answer

    bool isOk() const { return state == State::Ok; }

    // "ok", "propagating", "missing", "wrong-target", "conflict", "blocked-by-caa", "lookup-error".
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
    // Translated, for lists: "OK", "Propagating", …
    static QString stateLabel(State state);

    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(RecordStatus)
