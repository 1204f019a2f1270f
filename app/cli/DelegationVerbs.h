#pragma once

#include "Verb.h"

#include <QList>

// `certdesk delegation set|show`: the delegation zone and the DNS provider that writes it.
QList<Verb> delegationVerbs();
