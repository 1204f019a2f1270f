#pragma once

#include "core/dns/DnsName.h"

#include <QString>

// The label an endpoint name gets in the delegation zone: the owner of the name creates
// `_acme-challenge.<name> CNAME <label>.<delegation zone>.` once, and CertDesk publishes every
// later challenge there (DESIGN.md, CNAME delegation).
//
// The label must never change for a name, or the owner's CNAME silently breaks. So it is a pure
// function of the normalised base name: a readable prefix so administrators recognise it in
// their zone, plus a hash suffix that keeps truncated or look-alike prefixes apart.
// `example.com` and `*.example.com` share one label because they share one challenge name.
namespace DelegationLabel {

// Always a valid DNS label: lower-case letters, digits and single hyphens, at most 63 characters.
// Changing this function is a breaking change for every deployed CNAME.
QString forName(const DnsName &name);

// The hash suffix alone (16 characters of base32 over SHA-256 of the base name).
QString hashSuffix(const DnsName &name);

} // namespace DelegationLabel
