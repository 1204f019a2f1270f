#include "Verbs.h"

#include "InfoVerb.h"

QList<Verb> allVerbs()
{
    return {
        infoVerb(),
    };
}
