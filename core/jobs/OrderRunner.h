#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/acme/AcmeOrder.h"
#include "core/certificates/IssuedCertificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/endpoints/Endpoint.h"
#include "core/secrets/SecretRef.h"
#include "core/solvers/ChallengeSolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class AcmeClient;
class AcmeJob;
class SecretStore;
class Store;

// Takes one endpoint from "needs a certificate" to "certificate stored": new order (or the
// unfinished one, resumed from its URL), every authorization solved in parallel, a fresh key
// and CSR, finalize, download, store. Each step is written to the orders table first, and
// the certificate key lives in the keychain until the certificate is stored (sealed with the
// data key), so a crash at any point loses nothing. Runs on the thread it lives in;
// `finished` fires exactly once, then the runner deletes itself.
class OrderRunner final : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        std::shared_ptr<Store> store;
        SecretStore *secrets = nullptr;
        AcmeClient *client = nullptr;
        qint64 accountId = 0;
        QByteArray dataKey;
        QHash<QString, ChallengeSolver *> solvers; // by challenge type
        Endpoint endpoint;
        // Resuming: the unfinished order's row and URL.
        qint64 resumeOrderId = 0;
        QUrl resumeOrderUrl;
        // Renewal: the certificate this one replaces (RFC 9773 §5), if the CA offers ARI.
        QString replaces;
        // Challenge cleanups outlive the runner (they start once the authorizations are
        // valid). They run while `cleanupContext` (the solvers' owner) lives; `cleanupsInFlight`
        // is told +1 when one starts and -1 when it ends, so the owner can wait for them.
        QObject *cleanupContext = nullptr;
        std::function<void(int)> cleanupsInFlight;
    };

    explicit OrderRunner(Setup setup, QObject *parent = nullptr);
    ~OrderRunner() override;
    Q_DISABLE_COPY_MOVE(OrderRunner)

    void start();

    qint64 endpointId() const { return m_setup.endpoint.id; }

    qint64 orderId() const { return m_orderId; }

    bool failed() const { return m_problem.has_value(); }

    Problem problem() const { return m_problem.value_or(Problem()); }

    const IssuedCertificate &certificate() const { return m_certificate; }

    QByteArray privateKeyPem() const { return m_certificateKey.isNull() ? QByteArray() : m_certificateKey.toPem(); }

    std::optional<QDateTime> retryAfter() const { return m_retryAfter; }

Q_SIGNALS:
    void progress(qint64 endpointId, const QString &step);
    void finished(OrderRunner *runner);

private:
    void begin();
    void createOrder();
    Result<QString> profileToOrder() const;
    void resumeOrder();
    // Interrupted between the order's row and the CA's answer to newOrder: the CA may have the
    // order anyway. One of the account's orders that is pending or ready for exactly these
    // names is taken up instead of placing another (each new order counts against the CA's
    // rate limit); `candidates` are the listed URLs not looked at yet, newest last.
    void adoptPlacedOrder(QList<QUrl> candidates, int looked);
    bool isOurs(const AcmeOrder &order) const;
    void continueWith(const AcmeOrder &order);
    void solveAuthorizations();
    void solveAuthorization(const QUrl &url);
    void pollAuthorization(const QUrl &url);
    void authorizationDone(const QUrl &url, const std::optional<Problem> &problem);
    void prepareKey();
    void finalize();
    void download();
    void store(const QByteArray &chainPem);
    void cleanupPresented();
    void record(const QString &state);
    void log(bool error, const QString &message, const QString &detail);
    void fail(const Problem &problem);
    void fail(AcmeJob *job);
    void complete();

    SecretRef orderKeyRef() const;
    template <typename Callback>
    void run(AcmeJob *job, Callback onSuccess);

    Setup m_setup;
    qint64 m_orderId = 0;
    AcmeOrder m_order;
    QHash<QUrl, ChallengeTask> m_presented;
    int m_pendingAuthorizations = 0;
    std::optional<Problem> m_authorizationProblem;
    PrivateKey m_certificateKey;
    IssuedCertificate m_certificate;
    std::optional<Problem> m_problem;
    std::optional<QDateTime> m_retryAfter;
    bool m_started = false;
    bool m_placedFreshOrder = false;
    bool m_done = false;
};
