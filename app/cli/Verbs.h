#pragma once

#include "Verb.h"

#include <QList>

// Every command `certdesk` understands, in the order --help lists them.
QList<Verb> allVerbs();
