#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

// What one ACME challenge needs published (RFC 8555 §8): for http-01 the key authorization
// at /.well-known/acme-challenge/<token>; for dns-01 the TXT value at
// _acme-challenge.<identifier>.
struct ChallengeTask
{
    QString identifier; // the name being proven; for a wildcard, its base name (§7.1.3)
    bool wildcard = false;
    QString type;
    QString token;
    QString keyAuthorization;
    QString dnsValue; // base64url(SHA-256(keyAuthorization)) for dns-01
};

// Publishes and withdraws challenge responses. `done` is always called later, never from
// inside present/cleanup, and only while `context` lives.
class ChallengeSolver
{
public:
    using Done = std::function<void(Result<void>)>;

    virtual ~ChallengeSolver() = default;
    virtual QString type() const = 0;
    virtual void present(const ChallengeTask &task, QObject *context, Done done) = 0;
    virtual void cleanup(const ChallengeTask &task, QObject *context, Done done) = 0;

protected:
    static void later(QObject *context, Done done, Result<void> result)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
    }
};
