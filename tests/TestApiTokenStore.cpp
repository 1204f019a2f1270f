#include "support/ManualClock.h"

#include "core/hub/ApiTokenStore.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs against the real Secret Service (tools/with-secret-service.sh): the pepper key is
// written there on first use and read back by a second store.
class TestApiTokenStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
    std::shared_ptr<Store> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ApiTokenStore> m_tokens;

    ApiTokenStore::Issued issue(const QString &consumer, const QDateTime &expires = {})
    {
        ApiTokenStore::NewToken request;
        request.consumer = consumer;
        request.scopeTags = {QStringLiteral("build")};
        request.expiresAt = expires;
        Result<ApiTokenStore::Issued> issued = m_tokens->create(request);
        if (!issued) {
            qWarning() << issued.problem().message() << issued.problem().technical;
            return {};
        }
        return issued.value();
    }

private Q_SLOTS:

    void initTestCase()
    {
        Result<std::shared_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("certdesk.sqlite")));
        QVERIFY(store.ok());
        m_store = store.value();
        m_secrets = std::make_unique<SecretStore>(m_store->profileId());
        m_tokens = std::make_unique<ApiTokenStore>(m_store, m_secrets.get(), m_clock);
    }

    void loadsKeyAsynchronouslyCreatingItOnFirstUse()
    {
        QVERIFY(!m_tokens->isReady());
        ApiTokenStore::NewToken early;
        early.consumer = QStringLiteral("early");
        QCOMPARE(m_tokens->create(early).problem().code, QStringLiteral("tokens.not-ready"));
        QCOMPARE(m_tokens->authenticate(QStringLiteral("x"), "y").failure, ApiTokenStore::Failure::NotReady);

        QSignalSpy ready(m_tokens.get(), &ApiTokenStore::ready);
        QSignalSpy failed(m_tokens.get(), &ApiTokenStore::failed);
        m_tokens->loadKey();
        QCOMPARE(ready.count(), 0); // never synchronously
        QVERIFY(ready.wait(10000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(m_tokens->isReady());
    }

    void secondStoreReadsTheSameKeyFromTheKeychain()
    {
        const ApiTokenStore::Issued issued = issue(QStringLiteral("build-01"));
        ApiTokenStore again(m_store, m_secrets.get(), m_clock);
        QSignalSpy ready(&again, &ApiTokenStore::ready);
        again.loadKey();
        QVERIFY(ready.wait(10000));
        QVERIFY(again.authenticate(issued.token.clientId, issued.secret).ok());
    }

    void issuesHighEntropySecretShownOnce()
    {
        const ApiTokenStore::Issued a = issue(QStringLiteral("a"));
        const ApiTokenStore::Issued b = issue(QStringLiteral("b"));
        QCOMPARE(a.secret.size(), 43); // 32 random bytes, base64url without padding
        QVERIFY(a.secret != b.secret);
        QVERIFY(a.token.clientId != b.token.clientId);
        QVERIFY(!QUuid::fromString(a.token.clientId).isNull());
    }

    void storesOnlyAKeyedHashOfTheSecret()
    {
        const ApiTokenStore::Issued issued = issue(QStringLiteral("hash-check"));
        QSqlQuery query(m_store->connection());
        query.prepare(QStringLiteral("SELECT secret_hash FROM api_tokens WHERE client_id = ?"));
        query.addBindValue(issued.token.clientId);
        QVERIFY(query.exec() && query.next());
        const QByteArray stored = query.value(0).toByteArray();
        QCOMPARE(stored.size(), 32);
        QVERIFY(!stored.contains(issued.secret));
        QVERIFY(stored != QCryptographicHash::hash(issued.secret, QCryptographicHash::Sha256));

        // Nothing in the database file carries the secret.
        QFile file(m_store->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(issued.secret));
    }

    void authenticatesTheRightSecretAndSaysWhyOthersFail()
    {
        const ApiTokenStore::Issued issued = issue(QStringLiteral("build-02"));
        QVERIFY(m_tokens->authenticate(issued.token.clientId, issued.secret).ok());

        QByteArray wrong = issued.secret;
        wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
        QCOMPARE(m_tokens->authenticate(issued.token.clientId, wrong).failure, ApiTokenStore::Failure::WrongSecret);
        QCOMPARE(m_tokens->authenticate(QUuid::createUuid().toString(QUuid::WithoutBraces), issued.secret).failure,
                 ApiTokenStore::Failure::UnknownClient);
        QCOMPARE(m_tokens->authenticate(QString(), issued.secret).failure,
                 ApiTokenStore::Failure::MalformedCredentials);
        // A secret of another client does not work for this one.
        const ApiTokenStore::Issued other = issue(QStringLiteral("other"));
        QCOMPARE(m_tokens->authenticate(issued.token.clientId, other.secret).failure,
                 ApiTokenStore::Failure::WrongSecret);
    }

    void expiredTokenIsRefused()
    {
        const ApiTokenStore::Issued issued = issue(QStringLiteral("short-lived"), m_clock.now().addSecs(3600));
        QVERIFY(m_tokens->authenticate(issued.token.clientId, issued.secret).ok());
        m_clock.advance(3600);
        const ApiTokenStore::Authentication auth = m_tokens->authenticate(issued.token.clientId, issued.secret);
        QCOMPARE(auth.failure, ApiTokenStore::Failure::Expired);
        QVERIFY(auth.auditReason().contains(QStringLiteral("expired")));
    }

    void revokedTokenIsRefused()
    {
        const ApiTokenStore::Issued issued = issue(QStringLiteral("to-revoke"));
        QVERIFY(m_tokens->revoke(issued.token.clientId).ok());
        QCOMPARE(m_tokens->authenticate(issued.token.clientId, issued.secret).failure, ApiTokenStore::Failure::Revoked);
        QCOMPARE(m_tokens->revoke(QStringLiteral("no-such-client")).problem().code, QStringLiteral("tokens.not-found"));
    }

    void seesTokenChangesMadeElsewhereAtTheNextRequest()
    {
        // authenticate() answers from rows kept in memory; a revocation must still count at once.
        const ApiTokenStore::Issued viaOtherProcess = issue(QStringLiteral("revoked-by-the-command-line"));
        const ApiTokenStore::Issued viaOtherStore = issue(QStringLiteral("revoked-by-the-window"));
        QVERIFY(m_tokens->authenticate(viaOtherProcess.token.clientId, viaOtherProcess.secret).ok());
        QVERIFY(m_tokens->authenticate(viaOtherStore.token.clientId, viaOtherStore.secret).ok());

        // `certdesk token revoke` in another process: its own connection to the file.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-process"));
            other.setDatabaseName(m_store->path());
            QVERIFY(other.open());
            QSqlQuery revoke(other);
            revoke.prepare(QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE client_id = ?"));
            revoke.addBindValue(QStringLiteral("2026-11-23T12:00:00.000Z"));
            revoke.addBindValue(viaOtherProcess.token.clientId);
            QVERIFY(revoke.exec());
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-process"));
        QCOMPARE(m_tokens->authenticate(viaOtherProcess.token.clientId, viaOtherProcess.secret).failure,
                 ApiTokenStore::Failure::Revoked);

        // Another ApiTokenStore writing through this thread's own connection.
        ApiTokenStore window(m_store, nullptr, m_clock);
        QVERIFY(window.revoke(viaOtherStore.token.clientId).ok());
        QCOMPARE(m_tokens->authenticate(viaOtherStore.token.clientId, viaOtherStore.secret).failure,
                 ApiTokenStore::Failure::Revoked);

        // And a token issued by another store is known at once.
        window.useKey(QByteArray(32, '\x11'));
        ApiTokenStore::NewToken request;
        request.consumer = QStringLiteral("issued-by-the-window");
        const Result<ApiTokenStore::Issued> fresh = window.create(request);
        QVERIFY(fresh.ok());
        // Known (its hash was made with the window's key, which this store does not hold).
        QCOMPARE(m_tokens->authenticate(fresh->token.clientId, fresh->secret).failure,
                 ApiTokenStore::Failure::WrongSecret);
    }

    void recordsLastUseThrottled()
    {
        const ApiTokenStore::Issued issued = issue(QStringLiteral("busy"));
        QVERIFY(!m_tokens->find(issued.token.clientId)->lastUsedAt.isValid());
        const QDateTime first = m_clock.now();
        QVERIFY(m_tokens->authenticate(issued.token.clientId, issued.secret).ok());
        QCOMPARE(m_tokens->find(issued.token.clientId)->lastUsedAt, first);

        m_clock.advance(ApiTokenStore::LastUsedThrottleSeconds - 1);
        QVERIFY(m_tokens->authenticate(issued.token.clientId, issued.secret).ok());
        QCOMPARE(m_tokens->find(issued.token.clientId)->lastUsedAt, first);

        m_clock.advance(1);
        QVERIFY(m_tokens->authenticate(issued.token.clientId, issued.secret).ok());
        QCOMPARE(m_tokens->find(issued.token.clientId)->lastUsedAt, m_clock.now());
    }

    void listsTokensWithScopeAndRoles()
    {
        ApiTokenStore::NewToken request;
        request.consumer = QStringLiteral("scoped");
        request.roles = ApiToken::Role::ManagedChallengeConsumer | ApiToken::Role::CertificateConsumer;
        request.scopeChallengeIds = {3, 5};
        request.scopeTags = {QStringLiteral("Prod")};
        request.nameRule = QStringLiteral("*.example.test");
        const Result<ApiTokenStore::Issued> issued = m_tokens->create(request);
        QVERIFY(issued.ok());
        const Result<QList<ApiToken>> all = m_tokens->list();
        QVERIFY(all.ok());
        const auto it = std::find_if(all->begin(), all->end(), [&](const ApiToken &t) {
            return t.clientId == issued->token.clientId;
        });
        QVERIFY(it != all->end());
        QCOMPARE(it->consumer, QStringLiteral("scoped"));
        QCOMPARE(it->roles, request.roles);
        QCOMPARE(it->scopeChallengeIds, QList<qint64>({3, 5}));
        QCOMPARE(it->scopeTags, QStringList({QStringLiteral("prod")}));
        QCOMPARE(it->nameRule, QStringLiteral("*.example.test"));
    }

    void refusesConsumerlessOrMalformedRuleTokens()
    {
        QCOMPARE(m_tokens->create({}).problem().code, QStringLiteral("tokens.no-consumer"));
        ApiTokenStore::NewToken request;
        request.consumer = QStringLiteral("x");
        request.nameRule = QStringLiteral("a b.test");
        QCOMPARE(m_tokens->create(request).problem().code, QStringLiteral("tokens.bad-rule"));
    }
};

QTEST_GUILESS_MAIN(TestApiTokenStore)
#include "TestApiTokenStore.moc"
