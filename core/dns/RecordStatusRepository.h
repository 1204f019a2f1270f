#pragma once

#include "core/Result.h"
#include "core/dns/RecordStatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

class Store;

// The last live check of each required record (record_checks), so a change can be told from
// the previous state across restarts and the UI can say when it last looked.
class RecordStatusRepository final
{
public:
    struct Entry
    {
        qint64 endpointId = 0;
        QString owner;
        QString type;
        QString expected;
        RecordStatus::State state = RecordStatus::State::LookupError;
        QString summary;
        QDateTime checkedAt;
        QDateTime changedAt; // when the state last changed
    };

    explicit RecordStatusRepository(std::shared_ptr<Store> store);

    static QString keyOf(qint64 endpointId, const QString &owner, const QString &type);
    static QString keyOf(const RecordStatus &status);

    // By keyOf().
    Result<QHash<QString, Entry>> all() const;
    Result<QList<Entry>> forEndpoint(qint64 endpointId) const;

    // Stores `statuses` as checked at `now`, and forgets the rows of `endpoints` that are no
    // longer required (a name removed, the delegation zone changed). One transaction.
    Result<void> save(const QList<RecordStatus> &statuses, const QSet<qint64> &endpoints, const QDateTime &now);

private:
    std::shared_ptr<Store> m_store;
};
