#pragma once

#include "core/challenges/DomainMatchRule.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// A saved DNS-01 configuration (DESIGN.md idea 5): which DNS provider writes the records and
// which names it may write. Serves CertDesk's own orders and the hub's outside clients.
struct ManagedChallenge
{
    qint64 id = 0;
    QString title;
    QString challengeType = QStringLiteral("dns-01");
    qint64 providerId = 0;
    DomainMatchRule matchRule;
    QStringList tags; // lower case, used to scope API tokens to a group of challenges
    QDateTime createdAt;
    QDateTime updatedAt;
};
