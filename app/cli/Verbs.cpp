#include "Verbs.h"

#include "AccountVerbs.h"
#include "CertificateVerbs.h"
#include "ChallengeVerbs.h"
#include "DelegationVerbs.h"
#include "DnsVerbs.h"
#include "EndpointVerbs.h"
#include "HubVerbs.h"
#include "InfoVerb.h"
#include "NotifyVerbs.h"
#include "ProviderVerbs.h"
#include "TokenVerbs.h"

QList<Verb> allVerbs()
{
    QList<Verb> verbs = {infoVerb()};
    verbs += accountVerbs();
    verbs += endpointVerbs();
    verbs += certificateVerbs();
    verbs += delegationVerbs();
    verbs += dnsVerbs();
    verbs += providerVerbs();
    verbs += notifyVerbs();
    verbs += challengeVerbs();
    verbs += tokenVerbs();
    verbs += hubVerbs();
    return verbs;
}
