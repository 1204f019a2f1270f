#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/dns/RecordStatus.h"
#include "core/endpoints/Endpoint.h"
#include "core/jobs/RecordWatcher.h"
#include "core/notify/Notification.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>
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
// so two CertDesks on one profile never send the same alert twice. It reads endpoints through
// an EndpointSource: in the window that is the worker thread (the database is never read on
// the GUI thread), elsewhere the store directly.
class AlertRelay final : public QObject
{
    Q_OBJECT

public:
    using Endpoints = std::function<void(const Result<QList<Endpoint>> &)>;
    // Answers later (never inside the call), on the thread of `context`, and not at all once
    // `context` is gone.
    using EndpointSource = std::function<void(QObject *context, Endpoints answer)>;

    // Reads the store on the calling thread, for a process without a window.
    static EndpointSource storeSource(std::shared_ptr<Store> store);

    AlertRelay(EndpointSource endpoints, Notifier *notifier, const Clock &clock, QObject *parent = nullptr);
    ~AlertRelay() override;
    Q_DISABLE_COPY_MOVE(AlertRelay)

    // Looks for expiring certificates now and then every `interval`.
    void start(std::chrono::seconds interval = std::chrono::hours(1));

public Q_SLOTS:
    void renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt);
    void recordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change);
    void checkExpiry();

private:
    // Sends `notification` once the endpoint's names and expiry are known.
    void sendAbout(Notification notification);
    void checkExpiryOf(const QList<Endpoint> &endpoints);

    EndpointSource m_endpoints;
    Notifier *m_notifier;
    const Clock &m_clock;
    QTimer *m_timer;
    QHash<qint64, QDateTime> m_warnedExpiry; // endpoint → the expiry it was warned about
};
