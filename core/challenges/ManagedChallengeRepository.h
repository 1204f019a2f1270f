#pragma once

#include "core/Result.h"
#include "core/challenges/ManagedChallenge.h"

#include <QList>

#include <memory>

class Clock;
class Store;

// Managed challenges in the profile database. Calls run on the calling thread's connection.
class ManagedChallengeRepository final
{
public:
    explicit ManagedChallengeRepository(std::shared_ptr<Store> store, const Clock &clock);

    // Inserts and returns the new id; the challenge's id is ignored.
    Result<qint64> add(const ManagedChallenge &challenge);
    Result<void> update(const ManagedChallenge &challenge);
    Result<void> remove(qint64 id);
    Result<ManagedChallenge> find(qint64 id) const;
    Result<QList<ManagedChallenge>> all() const;

    // "a, B ;c" -> {"a", "b", "c"}; tags are stored as "a;b;c".
    static QStringList parseTags(const QString &text);

private:
    Result<void> validate(const ManagedChallenge &challenge) const;

    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
};
