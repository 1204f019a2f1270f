#pragma once

#include "Verb.h"

// `certdesk info`: where the profile lives and what state it is in.
Verb infoVerb();
