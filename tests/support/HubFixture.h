#pragma once

#include "support/ManualClock.h"
#include "support/RecordingPublisher.h"

#include "core/Clock.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/hub/AcmeDnsAccounts.h"
#include "core/hub/ApiTokenStore.h"
#include "core/hub/ChallengeRelay.h"
#include "core/hub/HubAuditLog.h"
#include "core/hub/HubRequest.h"
#include "core/hub/HubResponse.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// The hub's parts on a fresh profile database, with a test pepper key (the keychain path is
// covered by TestApiTokenStore) and a publisher that records instead of writing DNS.
struct HubFixture
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
    std::shared_ptr<Store> store;
    std::unique_ptr<ManagedChallengeRepository> challenges;
    std::unique_ptr<ApiTokenStore> tokens;
    std::unique_ptr<HubAuditLog> audit;
    std::unique_ptr<AcmeDnsAccounts> acmeDns;
    RecordingPublisher publisher;
    std::unique_ptr<ChallengeRelay> relay;
    qint64 providerId = 0;

    bool setUp()
    {
        Result<std::shared_ptr<Store>> opened = Store::open(dir.filePath(QStringLiteral("certdesk.sqlite")));
        if (!opened) {
            qWarning() << opened.problem().message();
            return false;
        }
        store = opened.value();
        QSqlQuery query(store->connection());
        if (!query.exec(QStringLiteral("INSERT INTO dns_providers (title, kind, created_at, updated_at) "
                                       "VALUES ('lab bind', 'rfc2136', '2026-01-01', '2026-01-01')"))) {
            return false;
        }
        providerId = query.lastInsertId().toLongLong();
        challenges = std::make_unique<ManagedChallengeRepository>(store, clock);
        tokens = std::make_unique<ApiTokenStore>(store, nullptr, clock);
        tokens->useKey(QByteArray(32, '\x5a'));
        audit = std::make_unique<HubAuditLog>(store, clock);
        acmeDns = std::make_unique<AcmeDnsAccounts>(store, clock);
        relay = std::make_unique<ChallengeRelay>(*tokens, *challenges, *audit, publisher, clock);
        return true;
    }

    qint64 addChallenge(const QString &title, const QString &rule, const QStringList &tags = {})
    {
        ManagedChallenge challenge;
        challenge.title = title;
        challenge.providerId = providerId;
        challenge.matchRule = DomainMatchRule(rule);
        challenge.tags = tags;
        const Result<qint64> id = challenges->add(challenge);
        return id ? id.value() : 0;
    }

    ApiTokenStore::Issued issue(const QString &consumer,
                                const QList<qint64> &challengeIds,
                                const QStringList &tags = {},
                                const QString &nameRule = {})
    {
        ApiTokenStore::NewToken request;
        request.consumer = consumer;
        request.scopeChallengeIds = challengeIds;
        request.scopeTags = tags;
        request.nameRule = nameRule;
        Result<ApiTokenStore::Issued> issued = tokens->create(request);
        return issued ? issued.value() : ApiTokenStore::Issued{};
    }

    QList<HubAuditLog::Entry> auditEntries()
    {
        const Result<QList<HubAuditLog::Entry>> entries = audit->recent(100);
        return entries ? entries.value() : QList<HubAuditLog::Entry>{};
    }
};

// Runs a controller and waits for its single answer.
template <typename Controller>
HubResponse call(Controller &controller, const HubRequest &request, bool *handled = nullptr)
{
    std::optional<HubResponse> answer;
    int answers = 0;
    const bool took = controller.handle(request, [&](HubResponse response) {
        answer = std::move(response);
        ++answers;
    });
    if (handled) {
        *handled = took;
    }
    if (!took) {
        return HubResponse::empty(0);
    }
    QDeadlineTimer deadline(5000);
    while (!answer && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QCoreApplication::processEvents(); // a second answer would arrive now
    if (answers != 1) {
        qWarning("controller answered %d times", answers);
        return HubResponse::empty(-1);
    }
    return *answer;
}
