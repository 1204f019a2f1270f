#pragma once

#include "Verb.h"

#include <QList>

// `certdesk hub` (run the hub in the foreground until SIGTERM), `certdesk hub configure` (the
// settings `--headless` and the GUI start it with) and `certdesk hub certificate`.
QList<Verb> hubVerbs();
