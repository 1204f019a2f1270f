#pragma once

#include "Verb.h"

#include <QList>

// `certdesk issue`, `renew --due`, `certs`, `export`, `revoke`.
QList<Verb> certificateVerbs();
