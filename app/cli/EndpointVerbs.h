#pragma once

#include "Verb.h"

#include <QList>

// `certdesk endpoint add|list`.
QList<Verb> endpointVerbs();
