#include "Verbs.h"

#include "AccountVerbs.h"
#include "CertificateVerbs.h"
#include "EndpointVerbs.h"
#include "InfoVerb.h"
#include "NotifyVerbs.h"

QList<Verb> allVerbs()
{
    QList<Verb> verbs = {infoVerb()};
    verbs += accountVerbs();
    verbs += endpointVerbs();
    verbs += certificateVerbs();
    verbs += notifyVerbs();
    return verbs;
}
