#pragma once

#include "core/Result.h"
#include "core/dns/RequiredRecord.h"
#include "core/endpoints/DelegationZone.h"
#include "core/endpoints/Endpoint.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

// Which records an endpoint needs, derived from its names, exposure and the delegation zone
// (DESIGN.md idea 3), and the same records as text to paste into a DNS provider's console or
// a zone file.
//   - dns-01 endpoints: `_acme-challenge.<name> CNAME <label>.<delegation zone>.` per name; a
//     wildcard shares its base name's record (RFC 8555 §8.4);
//   - external endpoints also: `<name> CNAME <target host>.`, which at a zone apex becomes an
//     ALIAS/ANAME (or A/AAAA copied from the target), since a CNAME cannot live there.
// http-01 endpoints need no challenge record.
class RequiredRecords final
{
public:
    // Tells whether a name is the apex of its zone. The live check knows (zone discovery); the
    // default guesses "exactly two labels" (example.com), and says so in the record's note.
    using ApexTest = std::function<std::optional<bool>(const DnsName &name)>;

    // Problem codes: delegation.not-set (a dns-01 endpoint without a delegation zone),
    // endpoint.bad-name, endpoint.bad-target.
    static Result<QList<RequiredRecord>>
    forEndpoint(const Endpoint &endpoint, const std::optional<DelegationZone> &delegation, const ApexTest &isApex = {});

    // For the records command: names that belong to no endpoint are treated as an internal
    // dns-01 endpoint of their own.
    static Result<QList<RequiredRecord>>
    forName(const QString &name, const std::optional<DelegationZone> &delegation, const ApexTest &isApex = {});

    // A live check found out whether a traffic record's owner is its zone's apex: sets it, and
    // rewrites the note without the guess.
    static void confirmApex(RequiredRecord &record, bool atApex);

    // "name. 3600 IN CNAME target." lines with comments; apex records as commented ALIAS lines.
    static QString zoneFileSnippet(const QList<RequiredRecord> &records);
    // Name / type / value blocks, the way DNS provider consoles ask for them.
    static QString plainText(const QList<RequiredRecord> &records);

    enum class Format {
        ZoneFile,  // zoneFileSnippet()
        PlainText, // plainText()
    };

    static QString text(const QList<RequiredRecord> &records, Format format)
    {
        return format == Format::ZoneFile ? zoneFileSnippet(records) : plainText(records);
    }

    static constexpr int SuggestedTtl = 3600;
};
