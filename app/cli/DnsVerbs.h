#pragma once

#include "Verb.h"

#include <QList>

// `certdesk records NAME…` (the required records, optionally checked live), `certdesk dns set`
// (resolvers, authoritative port, CAA identities) and `certdesk dns test` (a probe TXT written,
// confirmed and removed through the delegation zone's provider).
QList<Verb> dnsVerbs();
