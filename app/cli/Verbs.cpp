#include "Verbs.h"

#include "AccountVerbs.h"
#include "CertificateVerbs.h"
#include "DelegationVerbs.h"
#include "DnsVerbs.h"
#include "EndpointVerbs.h"
#include "InfoVerb.h"

QList<Verb> allVerbs()
{
    QList<Verb> verbs = {infoVerb()};
    verbs += accountVerbs();
    verbs += endpointVerbs();
    verbs += certificateVerbs();
    verbs += delegationVerbs();
    verbs += dnsVerbs();
    return verbs;
}
