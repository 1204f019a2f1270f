#include "Verbs.h"

#include "AccountVerbs.h"
#include "CertificateVerbs.h"
#include "ChallengeVerbs.h"
#include "EndpointVerbs.h"
#include "HubVerbs.h"
#include "InfoVerb.h"
#include "NotifyVerbs.h"
#include "TokenVerbs.h"

QList<Verb> allVerbs()
{
    QList<Verb> verbs = {infoVerb()};
    verbs += accountVerbs();
    verbs += endpointVerbs();
    verbs += certificateVerbs();
    verbs += notifyVerbs();
    verbs += challengeVerbs();
    verbs += tokenVerbs();
    verbs += hubVerbs();
    return verbs;
}
