#pragma once

#include "core/challenges/ManagedChallenge.h"
#include "core/hub/HubController.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTimer>

#include <memory>

class ChallengeRelay;
class Clock;

// Certify The Web's "Certify Managed Challenge API" DNS provider, as its client calls it:
//   POST /api/v1/managedchallenge/request       synchronous present
//   POST /api/v1/managedchallenge/requestbegin  202 + an operation to poll
//   GET  /api/v1/managedchallenge/requeststatus/{id}
//   POST /api/v1/managedchallenge/cleanup
// with a ManagedChallengeRequest body {ChallengeType, Identifier, ResponseKey, ResponseValue,
// AuthKey, AuthSecret} (property names in any case, as ASP.NET Core binds them), or the
// credentials in X-Client-ID / X-Client-Secret headers. Answers are an ActionResult
// {isSuccess, message} or an operation {id, status, result, ...}; failures are problem details,
// whose "detail" the client shows its operator.
//
// A record a client presented but never cleaned up is removed after LeftoverLifetimeSeconds
// (sweep() runs every minute on the controller's thread, and may be called directly), so an
// interrupted renewal does not leave TXT values behind.
class CertifyController final : public HubController
{
public:
    static constexpr qint64 LeftoverLifetimeSeconds = 15 * 60;
    static constexpr qint64 OperationLifetimeSeconds = 60 * 60;

    CertifyController(ChallengeRelay &relay, const Clock &clock);
    ~CertifyController() override;

    bool handle(const HubRequest &request, const HubResponder &respond) override;
    QStringList paths() const override;

    // Cleans up leftover records and forgets old operations. Returns how many records it removed.
    int sweep();

    int leftoverCount() const { return int(m_presented.size()); }

private:
    struct Operation
    {
        QString id;
        QString status = QStringLiteral("pending");
        QJsonObject request; // without the credentials
        bool hasResult = false;
        bool success = false;
        QString message;
        QDateTime created;
        QDateTime updated;
        QDateTime completed;

        QJsonObject toJson() const;
    };

    struct Presented
    {
        ManagedChallenge challenge;
        QString fqdn;
        QString value;
        QString clientId;
        QDateTime at;
    };

    struct Parsed;

    void handleChallenge(const HubRequest &request, const HubResponder &respond, bool cleanup, bool begin);
    void handleStatus(const QString &id, const HubRequest &request, const HubResponder &respond);
    void remember(const ChallengeRelay &, const Presented &presented);
    void forget(const QString &fqdn, const QString &value);

    ChallengeRelay &m_relay;
    const Clock &m_clock;
    QHash<QString, std::shared_ptr<Operation>> m_operations;
    QList<Presented> m_presented;
    std::shared_ptr<bool> m_alive;
    QTimer m_sweepTimer;
};
