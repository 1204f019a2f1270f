#pragma once

#include "Verb.h"

#include <QList>

// `certdesk token create|list|revoke|snippet`: API tokens for the hub's outside clients.
QList<Verb> tokenVerbs();
