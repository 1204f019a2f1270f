#pragma once

#include "Verb.h"

#include <QList>

// `certdesk challenge add|list|remove`: managed challenges, the DNS-01 configurations the hub
// (and CertDesk's own orders) write records through.
QList<Verb> challengeVerbs();
