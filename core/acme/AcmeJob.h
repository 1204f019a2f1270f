#pragma once

#include "core/Problem.h"
#include "core/acme/AcmeAccount.h"
#include "core/acme/AcmeAuthorization.h"
#include "core/acme/AcmeDirectory.h"
#include "core/acme/AcmeOrder.h"
#include "core/acme/AcmeRenewalInfo.h"

#include <QObject>

#include <functional>
#include <optional>

class AcmeClient;

// One ACME operation, created by AcmeClient. Connect `finished`, then call start().
// start() never emits synchronously; `finished` fires exactly once, after which the
// result accessors for the job's kind (or problem()) are valid, and the job deletes itself
// with deleteLater(). Destroying an unfinished job cancels it silently.
class AcmeJob final : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Directory,
        NewAccount,
        UpdateAccount,
        DeactivateAccount,
        KeyChange,
        NewOrder,
        FetchOrder,
        FetchAuthorization,
        RespondToChallenge,
        PollAuthorization,
        PollOrder,
        Finalize,
        DownloadCertificate,
        Revoke,
        RenewalInfo,
        ListOrders,
    };
    Q_ENUM(Kind)

    ~AcmeJob() override;
    Q_DISABLE_COPY_MOVE(AcmeJob)

    void start();

    Kind kind() const { return m_kind; }

    bool isFinished() const { return m_finished; }

    bool failed() const { return m_problem.has_value(); }

    Problem problem() const { return m_problem.value_or(Problem()); }

    // Set when the CA asked to wait (Retry-After), e.g. with a rateLimited failure.
    std::optional<QDateTime> retryAfter() const { return m_retryAfter; }

    AcmeDirectory directory() const { return m_directory; }

    AcmeAccount account() const { return m_account; }

    AcmeOrder order() const { return m_order; }

    AcmeAuthorization authorization() const { return m_authorization; }

    AcmeChallenge challenge() const { return m_challenge; }

    AcmeRenewalInfo renewalInfo() const { return m_renewalInfo; }

    // ListOrders: the account's order URLs as the CA listed them (empty when it lists none).
    QList<QUrl> orderUrls() const { return m_orderUrls; }

    // DownloadCertificate: the chosen chain (PEM, leaf first), and the chains considered: the
    // default one, plus the Link rel="alternate" ones when a preferred issuer was given.
    QByteArray certificateChain() const { return m_certificateChain; }

    QList<QByteArray> availableChains() const { return m_availableChains; }

Q_SIGNALS:
    void finished(AcmeJob *job);

private:
    friend class AcmeClient;

    AcmeJob(Kind kind, std::function<void(AcmeJob *)> run, QObject *parent);
    void succeed();
    void fail(const Problem &problem);
    void finish();

    Kind m_kind;
    std::function<void(AcmeJob *)> m_run;
    std::function<void(Problem &)> m_decorateProblem; // adds context the CA left out
    bool m_started = false;
    bool m_finished = false;
    std::optional<Problem> m_problem;
    std::optional<QDateTime> m_retryAfter;
    AcmeDirectory m_directory;
    AcmeAccount m_account;
    AcmeOrder m_order;
    AcmeAuthorization m_authorization;
    AcmeChallenge m_challenge;
    AcmeRenewalInfo m_renewalInfo;
    QList<QUrl> m_orderUrls;
    QByteArray m_certificateChain;
    QList<QByteArray> m_availableChains;
};
