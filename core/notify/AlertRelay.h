#pragma once

#include "core/Problem.h"
#include "core/dns/RecordStatus.h"
#include "core/jobs/RecordWatcher.h"
#include "core/notify/Notification.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <chrono>
#include <memory>

class Clock;
class Notifier;
class QTimer;
class Store;

// Turns what the worker reports into email and webhook alerts, so they reach an administrator
// who is not looking at the window: a failed renewal, a required DNS record that broke, and a
// certificate that expires in fewer days than the settings say while its renewal failed or is
// overdue (checked at start and then periodically; one alert per certificate). Which of these are
// sent is the Notifier's settings' choice. Runs in the process that holds the renewal lock,
// so two CertDesks on one profile never send the same alert twice. Lives on the thread whose
// database connection it reads endpoints with.
class AlertRelay final : public QObject
{
    Q_OBJECT

public:
    AlertRelay(std::shared_ptr<Store> store, Notifier *notifier, const Clock &clock, QObject *parent = nullptr);
    ~AlertRelay() override;
    Q_DISABLE_COPY_MOVE(AlertRelay)

    // Looks for expiring certificates now and then every `interval`.
    void start(std::chrono::seconds interval = std::chrono::hours(1));

public Q_SLOTS:
    void renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt);
    void recordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change);
    void checkExpiry();

private:
    Notification about(Notification::Kind kind, qint64 endpointId) const;

    std::shared_ptr<Store> m_store;
    Notifier *m_notifier;
    const Clock &m_clock;
    QTimer *m_timer;
    QHash<qint64, QDateTime> m_warnedExpiry; // endpoint → the expiry it was warned about
};
