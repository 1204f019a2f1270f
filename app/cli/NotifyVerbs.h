#pragma once

#include "Verb.h"

#include <QList>

// `certdesk notify set|test`: email and webhook alerts for unattended operation.
QList<Verb> notifyVerbs();
