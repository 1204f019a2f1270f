#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/dns/DnsAnswer.h"
#include "core/dns/DnsRecord.h"
#include "core/dns/DnsServer.h"

#include <QString>

// The Problems a lookup can end in, worded once so every caller explains a failed lookup the
// same way: which server, which question, what happened, what to try.
namespace DnsLookupProblem {

Problem network(const DnsServer &server, const QString &error);
Problem timeout(const DnsServer &server, const QString &name, DnsRecordType type, int attempts, bool overTcp);

// The answer itself for NOERROR; a distinct Problem for NXDOMAIN, SERVFAIL, REFUSED and other
// response codes (RFC 1035 §4.1.1).
Result<DnsAnswer> fromAnswer(const DnsAnswer &answer, const QString &name, DnsRecordType type);

QString question(const QString &name, DnsRecordType type);

} // namespace DnsLookupProblem
