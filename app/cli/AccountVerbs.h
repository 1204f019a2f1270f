#pragma once

#include "Verb.h"

#include <QList>

// `certdesk account add|list`.
QList<Verb> accountVerbs();
