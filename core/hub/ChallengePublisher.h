#pragma once

#include "core/Result.h"
#include "core/challenges/ManagedChallenge.h"

#include <QString>

#include <functional>

// Writes and removes one _acme-challenge TXT value through the DNS provider of a managed
// challenge. The DNS provider side implements this; the hub only calls it.
//
// Both calls return at once and call `done` exactly once, later, on the calling thread (never
// synchronously). `present` adds the value next to any values already at the name (a name
// and its wildcard are validated with two TXT values at one name); `cleanup` removes only
// that value. `fqdn` is the full record name without a trailing dot, for example
// "_acme-challenge.www.example.test" or, for acme-dns accounts, "<subdomain>.<zone>".
class ChallengePublisher
{
public:
    using Done = std::function<void(Result<void>)>;

    virtual ~ChallengePublisher() = default;

    virtual void present(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) = 0;
    virtual void cleanup(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) = 0;
};
