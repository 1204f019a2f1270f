#pragma once

#include "core/Result.h"

#include <QString>

// The DNS name a hub client asks CertDesk to write for, checked before anything else looks
// at it: clients are outside CertDesk's trust, so a name that is not a plain hostname (quotes,
// spaces, newlines, "..", overlong labels) is refused here and never reaches a DNS provider.
class ChallengeName final
{
public:
    // Accepts "name", "name.", "_acme-challenge.name", "*.name" (any case) and returns the
    // lower-case name the challenge is for: "_acme-challenge.a.example.test." -> "a.example.test".
    static Result<QString> normalize(const QString &input);

    // "_acme-challenge.<name>" for a name (a wildcard shares its base name's record, RFC 8555 8.4).
    static QString recordNameFor(const QString &name);

    static bool isWildcard(const QString &name) { return name.startsWith(QLatin1String("*.")); }

    // "*.example.test" -> "example.test"; other names unchanged.
    static QString baseName(const QString &name);

private:
    static bool isValidLabel(QStringView label);
};
