#pragma once

#include "Verb.h"

#include <QList>

// `certdesk provider add|list|test|remove`: DNS providers for managed challenges (the
// delegation zone's own provider is set with `certdesk delegation set`).
QList<Verb> providerVerbs();
