#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/dns/RecordStatus.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class Clock;
class DnsClient;
class QTimer;
class Store;

// Keeps an eye on every endpoint's required records from the worker thread (DESIGN.md idea
// 4): at the DNS settings' interval (default 6 hours) and before every renewal, the records are
// checked live (RecordCheck), the result kept (record_checks), and a change that needs the
// administrator is announced: a record that was OK broke, or a missing one appeared.
class RecordWatcher final : public QObject
{
    Q_OBJECT

public:
    enum class Change {
        Broke,    // was OK, now missing, wrong, conflicting, blocked by CAA or failing to resolve
        Appeared, // was missing, now there (right or not)
    };
    Q_ENUM(Change)

    // What one check found, for whoever asked for it.
    struct Report
    {
        QList<RecordStatus> statuses;
        QList<qint64> endpointIds; // the endpoints whose records were all checked
        QStringList caIdentities;  // the CA identities CAA records were judged against (empty: not judged)
        QDateTime checkedAt;
    };

    RecordWatcher(std::shared_ptr<Store> store, const Clock &clock, QObject *parent = nullptr);
    ~RecordWatcher() override;
    Q_DISABLE_COPY_MOVE(RecordWatcher)

    // Starts the periodic checks (the first one after one interval) with the stored interval,
    // or `intervalSeconds` when positive.
    void start(int intervalSeconds = 0);
    void stop();

    using Done = std::function<void(const Result<Report> &)>;

    // Checks the records of `endpointIds` (every endpoint when empty) now; `done` runs once
    // the results are stored and the changes announced, or with the Problem that stopped it.
    void check(const QList<qint64> &endpointIds, Done done = {});

    bool isChecking() const { return m_running > 0; }

Q_SIGNALS:
    void recordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change);
    // After each check, with every status it produced and the endpoints they cover.
    void checked(const QList<RecordStatus> &statuses, const QList<qint64> &endpointIds);
    void checkFailed(const Problem &problem);

private:
    Result<Report> finishCheck(QList<RecordStatus> statuses, const QSet<qint64> &endpoints, const QStringList &ca);

    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
    DnsClient *m_client;
    QTimer *m_timer;
    int m_running = 0;
};
