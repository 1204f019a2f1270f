#include "AcmeClient.h"

#include "core/acme/AcmeProblem.h"
#include "core/acme/AcmeResponse.h"
#include "core/acme/AcmeTransport.h"
#include "core/acme/Jws.h"
#include "core/acme/PreferredChain.h"
#include "core/crypto/Base64Url.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcAcmeTransport)

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

struct AcmeClient::PollState
{
    QUrl url;
    bool isOrder = false;
    QDeadlineTimer deadline;
    std::chrono::milliseconds delay{0};
};

AcmeClient::AcmeClient(QNetworkAccessManager *network, const QUrl &directoryUrl, QObject *parent)
    : QObject(parent)
    , m_transport(new AcmeTransport(network, this))
    , m_directoryUrl(directoryUrl)
{
}

AcmeClient::~AcmeClient() = default;

Result<void> AcmeClient::setCaBundle(const QByteArray &pem)
{
    return m_transport->setCaBundle(pem);
}

void AcmeClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_transport->setTimeout(timeout);
}

void AcmeClient::setPollBackoff(std::chrono::milliseconds initial, double factor, std::chrono::milliseconds cap)
{
    m_pollInitial = initial;
    m_pollFactor = std::max(1.0, factor);
    m_pollCap = cap;
}

AcmeJob *AcmeClient::makeJob(AcmeJob::Kind kind, Step body)
{
    return new AcmeJob(
        kind,
        [this, body](AcmeJob *job) {
            withDirectory(job, [body, job] {
                body(job);
            });
        },
        this);
}

void AcmeClient::withDirectory(AcmeJob *job, std::function<void()> next)
{
    if (!m_directory.isNull()) {
        next();
        return;
    }
    m_transport->get(m_directoryUrl, job, [this, job, next](const AcmeResponse &response) {
        if (!response.ok()) {
            job->fail(*response.problem);
            return;
        }
        auto directory = AcmeDirectory::fromJson(response.body, m_directoryUrl);
        if (!directory) {
            job->fail(directory.problem());
            return;
        }
        m_directory = directory.value();
        m_transport->setNewNonceUrl(m_directory.newNonce());
        next();
    });
}

bool AcmeClient::requireAccount(AcmeJob *job)
{
    if (m_accountKey.isNull()) {
        job->fail(Problem::make(Problem::Category::Configuration,
                                QStringLiteral("acme.no-account-key"),
                                tr("No ACME account key is set"),
                                {},
                                tr("Create or import an account for this CA first.")));
        return false;
    }
    if (m_accountUrl.isEmpty()) {
        job->fail(Problem::make(Problem::Category::Configuration,
                                QStringLiteral("acme.no-account"),
                                tr("The ACME account is not registered yet"),
                                {},
                                tr("Register the account with the CA first.")));
        return false;
    }
    return true;
}

void AcmeClient::postWithKid(AcmeJob *job,
                             const QUrl &url,
                             const std::optional<QByteArray> &payload,
                             OnResponse onSuccess,
                             const QByteArray &accept)
{
    if (!requireAccount(job)) {
        return;
    }
    const PrivateKey key = m_accountKey;
    const QUrl kid = m_accountUrl;
    m_transport->post(
        url,
        [key, kid, url, payload](const QByteArray &nonce) -> Result<QByteArray> {
            const auto jws = Jws::signWithKid(key, kid, url, nonce, payload.value_or(QByteArray()));
            if (!jws) {
                return jws.problem();
            }
            return Jws::serialize(jws.value());
        },
        job,
        [job, onSuccess](const AcmeResponse &response) {
            job->m_retryAfter = response.retryAfter;
            if (!response.ok()) {
                job->fail(*response.problem);
                return;
            }
            onSuccess(response);
        },
        accept);
}

AcmeJob *AcmeClient::fetchDirectory()
{
    return makeJob(AcmeJob::Kind::Directory, [this](AcmeJob *job) {
        job->m_directory = m_directory;
        job->succeed();
    });
}

AcmeJob *AcmeClient::newAccount(const AcmeAccountRequest &request)
{
    return makeJob(AcmeJob::Kind::NewAccount, [this, request](AcmeJob *job) {
        if (m_accountKey.isNull()) {
            requireAccount(job);
            return;
        }
        QJsonObject payload;
        if (request.onlyReturnExisting) {
            payload.insert(QStringLiteral("onlyReturnExisting"), true);
        } else {
            QJsonArray contact;
            for (const QString &address : request.contact) {
                contact.append(address);
            }
            if (!contact.isEmpty()) {
                payload.insert(QStringLiteral("contact"), contact);
            }
            if (request.termsOfServiceAgreed) {
                payload.insert(QStringLiteral("termsOfServiceAgreed"), true);
            }
            const bool hasEab = !request.eabKeyId.isEmpty() || !request.eabMacKey.isEmpty();
            if (m_directory.externalAccountRequired() && !hasEab) {
                // Fail before the round trip with the same wording the CA's error would get.
                job->fail(
                    AcmeProblem::fromJson({{QStringLiteral("type"),
                                            QStringLiteral("urn:ietf:params:acme:error:externalAccountRequired")}})
                        .toProblem());
                return;
            }
            if (hasEab) {
                const auto eab = Jws::externalAccountBinding(
                    request.eabKeyId, request.eabMacKey, m_accountKey, m_directory.newAccount());
                if (!eab) {
                    job->fail(eab.problem());
                    return;
                }
                payload.insert(QStringLiteral("externalAccountBinding"), eab.value());
            }
        }
        const PrivateKey key = m_accountKey;
        const QUrl url = m_directory.newAccount();
        const QByteArray body = compact(payload);
        m_transport->post(
            url,
            [key, url, body](const QByteArray &nonce) -> Result<QByteArray> {
                const auto jws = Jws::signWithJwk(key, url, nonce, body);
                if (!jws) {
                    return jws.problem();
                }
                return Jws::serialize(jws.value());
            },
            job,
            [this, job](const AcmeResponse &response) {
                if (!response.ok()) {
                    job->m_retryAfter = response.retryAfter;
                    job->fail(*response.problem);
                    return;
                }
                if (response.location.isEmpty()) {
                    job->fail(Problem::make(Problem::Category::Acme,
                                            QStringLiteral("acme.no-account-url"),
                                            tr("The CA did not return the account address"),
                                            {},
                                            tr("The CA does not follow RFC 8555; contact its support.")));
                    return;
                }
                m_accountUrl = response.location;
                job->m_account = AcmeAccount::fromJson(response.json(), response.location);
                job->m_account.created = response.status == 201;
                qCInfo(lcAcmeTransport) << "account" << (job->m_account.created ? "created" : "found")
                                        << response.location.toDisplayString();
                job->succeed();
            });
    });
}

AcmeJob *AcmeClient::findAccount()
{
    AcmeAccountRequest request;
    request.onlyReturnExisting = true;
    return newAccount(request);
}

AcmeJob *AcmeClient::updateAccount(const QStringList &contact)
{
    return makeJob(AcmeJob::Kind::UpdateAccount, [this, contact](AcmeJob *job) {
        QJsonArray addresses;
        for (const QString &address : contact) {
            addresses.append(address);
        }
        postWithKid(job,
                    m_accountUrl,
                    compact({{QStringLiteral("contact"), addresses}}),
                    [this, job](const AcmeResponse &response) {
                        job->m_account = AcmeAccount::fromJson(response.json(), m_accountUrl);
                        job->succeed();
                    });
    });
}

AcmeJob *AcmeClient::deactivateAccount()
{
    return makeJob(AcmeJob::Kind::DeactivateAccount, [this](AcmeJob *job) {
        postWithKid(job,
                    m_accountUrl,
                    compact({{QStringLiteral("status"), QStringLiteral("deactivated")}}),
                    [this, job](const AcmeResponse &response) {
                        job->m_account = AcmeAccount::fromJson(response.json(), m_accountUrl);
                        job->succeed();
                    });
    });
}

AcmeJob *AcmeClient::changeKey(const PrivateKey &newKey)
{
    return makeJob(AcmeJob::Kind::KeyChange, [this, newKey](AcmeJob *job) {
        if (!requireAccount(job)) {
            return;
        }
        if (m_directory.keyChange().isEmpty()) {
            job->fail(Problem::make(Problem::Category::Acme,
                                    QStringLiteral("acme.key-change-unsupported"),
                                    tr("This CA does not support changing the account key"),
                                    {},
                                    tr("Create a new account with the new key instead.")));
            return;
        }
        const auto inner = Jws::keyChangeInner(newKey, m_accountKey, m_accountUrl, m_directory.keyChange());
        if (!inner) {
            job->fail(inner.problem());
            return;
        }
        postWithKid(
            job, m_directory.keyChange(), Jws::serialize(inner.value()), [this, job, newKey](const AcmeResponse &) {
                m_accountKey = newKey;
                Q_EMIT accountKeyChanged();
                job->succeed();
            });
    });
}

AcmeJob *AcmeClient::newOrder(const AcmeOrderRequest &request)
{
    return makeJob(AcmeJob::Kind::NewOrder, [this, request](AcmeJob *job) {
        QJsonArray identifiers;
        for (const AcmeIdentifier &identifier : request.identifiers) {
            identifiers.append(identifier.toJson());
        }
        QJsonObject payload{{QStringLiteral("identifiers"), identifiers}};
        // RFC 9773 §5: only CAs that offer renewalInfo understand "replaces"; others may
        // reject the unknown field as malformed.
        if (!request.replaces.isEmpty() && !m_directory.renewalInfo().isEmpty()) {
            payload.insert(QStringLiteral("replaces"), request.replaces);
        }
        if (!request.profile.isEmpty()) {
            payload.insert(QStringLiteral("profile"), request.profile);
        }
        if (request.notBefore.isValid()) {
            payload.insert(QStringLiteral("notBefore"), request.notBefore.toUTC().toString(Qt::ISODate));
        }
        if (request.notAfter.isValid()) {
            payload.insert(QStringLiteral("notAfter"), request.notAfter.toUTC().toString(Qt::ISODate));
        }
        QStringList names;
        for (const AcmeIdentifier &identifier : request.identifiers) {
            names << identifier.value;
        }
        // Some CAs (Pebble among them) do not say which name they object to; the
        // administrator needs to know which order it was.
        job->m_decorateProblem = [names](Problem &problem) {
            if (!names.isEmpty()) {
                const QString requested = tr("Requested names: %1").arg(names.join(QStringLiteral(", ")));
                problem.detail = problem.detail.isEmpty() ? requested : problem.detail + QLatin1Char('\n') + requested;
            }
        };
        postWithKid(job, m_directory.newOrder(), compact(payload), [job](const AcmeResponse &response) {
            job->m_order = AcmeOrder::fromJson(response.json(), response.location);
            job->succeed();
        });
    });
}

AcmeJob *AcmeClient::fetchOrder(const QUrl &url)
{
    return makeJob(AcmeJob::Kind::FetchOrder, [this, url](AcmeJob *job) {
        postWithKid(job, url, std::nullopt, [job, url](const AcmeResponse &response) {
            job->m_order = AcmeOrder::fromJson(response.json(), url);
            job->succeed();
        });
    });
}

AcmeJob *AcmeClient::listOrders()
{
    return makeJob(AcmeJob::Kind::ListOrders, [this](AcmeJob *job) {
        if (!requireAccount(job)) {
            return;
        }
        // POST-as-GET of the account object names its orders list (§7.1.2).
        postWithKid(job, m_accountUrl, std::nullopt, [this, job](const AcmeResponse &response) {
            const AcmeAccount account = AcmeAccount::fromJson(response.json(), m_accountUrl);
            if (!account.orders.isValid() || account.orders.isEmpty()) {
                job->succeed();
                return;
            }
            fetchOrderPage(job, response.url.resolved(account.orders), 0);
        });
    });
}

void AcmeClient::fetchOrderPage(AcmeJob *job, const QUrl &url, int page)
{
    // A bound, so a CA with a long history (or a page loop) cannot keep a resume busy.
    constexpr int MaxPages = 20;
    postWithKid(job, url, std::nullopt, [this, job, page](const AcmeResponse &response) {
        for (const QJsonValue &value : response.json().value(QStringLiteral("orders")).toArray()) {
            const QUrl order = response.url.resolved(QUrl(value.toString()));
            if (value.isString() && order.isValid() && !order.isRelative()) {
                job->m_orderUrls << order;
            }
        }
        if (response.next.isValid() && !response.next.isEmpty() && page + 1 < MaxPages) {
            fetchOrderPage(job, response.url.resolved(response.next), page + 1);
            return;
        }
        job->succeed();
    });
}

AcmeJob *AcmeClient::fetchAuthorization(const QUrl &url)
{
    return makeJob(AcmeJob::Kind::FetchAuthorization, [this, url](AcmeJob *job) {
        postWithKid(job, url, std::nullopt, [job, url](const AcmeResponse &response) {
            job->m_authorization = AcmeAuthorization::fromJson(response.json(), url);
            job->succeed();
        });
    });
}

AcmeJob *AcmeClient::respondToChallenge(const AcmeChallenge &challenge)
{
    return makeJob(AcmeJob::Kind::RespondToChallenge, [this, challenge](AcmeJob *job) {
        // §7.5.1: the payload is an empty object, which distinguishes it from POST-as-GET.
        postWithKid(job, challenge.url, QByteArrayLiteral("{}"), [job](const AcmeResponse &response) {
            job->m_challenge = AcmeChallenge::fromJson(response.json());
            job->succeed();
        });
    });
}

AcmeJob *AcmeClient::pollAuthorization(const QUrl &url)
{
    return makeJob(AcmeJob::Kind::PollAuthorization, [this, url](AcmeJob *job) {
        auto state = std::make_shared<PollState>();
        state->url = url;
        state->deadline = QDeadlineTimer(m_pollTimeout);
        state->delay = m_pollInitial;
        poll(job, state);
    });
}

AcmeJob *AcmeClient::pollOrder(const QUrl &url)
{
    return makeJob(AcmeJob::Kind::PollOrder, [this, url](AcmeJob *job) {
        auto state = std::make_shared<PollState>();
        state->url = url;
        state->isOrder = true;
        state->deadline = QDeadlineTimer(m_pollTimeout);
        state->delay = m_pollInitial;
        poll(job, state);
    });
}

void AcmeClient::poll(AcmeJob *job, std::shared_ptr<PollState> state)
{
    postWithKid(job, state->url, std::nullopt, [this, job, state](const AcmeResponse &response) {
        bool done = false;
        std::optional<Problem> failure;
        if (state->isOrder) {
            job->m_order = AcmeOrder::fromJson(response.json(), state->url);
            done = !job->m_order.isInProgress();
            if (job->m_order.status == QLatin1String("invalid")) {
                failure = job->m_order.error.value_or(
                    Problem::make(Problem::Category::Acme,
                                  QStringLiteral("acme.order-invalid"),
                                  tr("The CA marked the order as failed"),
                                  {},
                                  tr("Check the validation details and start a new order.")));
            }
        } else {
            job->m_authorization = AcmeAuthorization::fromJson(response.json(), state->url);
            done = job->m_authorization.isFinal();
            if (done && job->m_authorization.status != QLatin1String("valid")) {
                failure = job->m_authorization.error().value_or(
                    Problem::make(Problem::Category::Acme,
                                  QStringLiteral("acme.authorization-invalid"),
                                  tr("The CA did not validate %1").arg(job->m_authorization.identifier.value),
                                  tr("The authorization is %1.").arg(job->m_authorization.status),
                                  tr("Check the challenge response and start a new order.")));
            }
        }
        if (done) {
            if (failure) {
                job->fail(*failure);
            } else {
                job->succeed();
            }
            return;
        }
        // Back-off (§7.5.1 asks clients not to poll too often), never sooner than the
        // server's Retry-After.
        qint64 wait = state->delay.count();
        if (response.retryAfter) {
            wait = std::max(wait, QDateTime::currentDateTimeUtc().msecsTo(*response.retryAfter));
        }
        if (state->deadline.remainingTime() < wait) {
            job->fail(Problem::make(Problem::Category::Timeout,
                                    QStringLiteral("acme.poll-timeout"),
                                    tr("The CA did not finish in time"),
                                    tr("%1 was still “%2” when CertDesk stopped waiting.")
                                        .arg(state->url.toDisplayString(),
                                             state->isOrder ? job->m_order.status : job->m_authorization.status),
                                    tr("The order will be resumed on the next attempt.")));
            return;
        }
        state->delay = std::min(m_pollCap, std::chrono::milliseconds(qint64(state->delay.count() * m_pollFactor) + 1));
        QTimer::singleShot(std::chrono::milliseconds(wait), job, [this, job, state] {
            poll(job, state);
        });
    });
}

AcmeJob *AcmeClient::finalize(const AcmeOrder &order, const QByteArray &csrDer)
{
    return makeJob(AcmeJob::Kind::Finalize, [this, order, csrDer](AcmeJob *job) {
        const QByteArray payload = compact({{QStringLiteral("csr"), Base64Url::encodeToString(csrDer)}});
        postWithKid(job, order.finalize, payload, [this, job, order](const AcmeResponse &response) {
            job->m_order = AcmeOrder::fromJson(response.json(), order.url);
            if (job->m_order.isInProgress()) {
                auto state = std::make_shared<PollState>();
                state->url = order.url;
                state->isOrder = true;
                state->deadline = QDeadlineTimer(m_pollTimeout);
                state->delay = m_pollInitial;
                poll(job, state);
                return;
            }
            if (job->m_order.status != QLatin1String("valid")) {
                job->fail(job->m_order.error.value_or(Problem::make(Problem::Category::Acme,
                                                                    QStringLiteral("acme.order-invalid"),
                                                                    tr("The CA did not issue the certificate"),
                                                                    tr("The order is %1.").arg(job->m_order.status),
                                                                    tr("Start a new order."))));
                return;
            }
            job->succeed();
        });
    });
}

AcmeJob *AcmeClient::downloadCertificate(const QUrl &url, const QString &preferredIssuer)
{
    return makeJob(AcmeJob::Kind::DownloadCertificate, [this, url, preferredIssuer](AcmeJob *job) {
        postWithKid(
            job,
            url,
            std::nullopt,
            [this, job, preferredIssuer](const AcmeResponse &response) {
                job->m_availableChains << response.body;
                fetchAlternates(job, response.alternates, preferredIssuer);
            },
            QByteArrayLiteral("application/pem-certificate-chain"));
    });
}

void AcmeClient::fetchAlternates(AcmeJob *job, QList<QUrl> remaining, QString preferredIssuer)
{
    if (remaining.isEmpty() || preferredIssuer.isEmpty()) {
        // Alternates are only worth fetching when a preference could pick one of them; with
        // none, the default chain is the answer (§7.4.2).
        job->m_certificateChain =
            job->m_availableChains.at(PreferredChain::choose(job->m_availableChains, preferredIssuer));
        job->succeed();
        return;
    }
    const QUrl next = remaining.takeFirst();
    postWithKid(
        job,
        next,
        std::nullopt,
        [this, job, remaining, preferredIssuer](const AcmeResponse &response) {
            job->m_availableChains << response.body;
            fetchAlternates(job, remaining, preferredIssuer);
        },
        QByteArrayLiteral("application/pem-certificate-chain"));
}

AcmeJob *AcmeClient::revoke(const QByteArray &certificateDer, std::optional<int> reason)
{
    return makeJob(AcmeJob::Kind::Revoke, [this, certificateDer, reason](AcmeJob *job) {
        QJsonObject payload{{QStringLiteral("certificate"), Base64Url::encodeToString(certificateDer)}};
        if (reason) {
            payload.insert(QStringLiteral("reason"), *reason);
        }
        postWithKid(job, m_directory.revokeCert(), compact(payload), [job](const AcmeResponse &) {
            job->succeed();
        });
    });
}

AcmeJob *AcmeClient::fetchRenewalInfo(const QString &certId)
{
    return makeJob(AcmeJob::Kind::RenewalInfo, [this, certId](AcmeJob *job) {
        if (m_directory.renewalInfo().isEmpty()) {
            job->fail(Problem::make(Problem::Category::Acme,
                                    QStringLiteral("acme.ari-unsupported"),
                                    tr("This CA does not offer renewal information"),
                                    {},
                                    tr("Renewal follows the certificate's lifetime instead.")));
            return;
        }
        QString base = m_directory.renewalInfo().toString(QUrl::FullyEncoded);
        if (!base.endsWith(QLatin1Char('/'))) {
            base += QLatin1Char('/');
        }
        // RFC 9773 §4.1: the renewalInfo resource is a GET, not POST-as-GET.
        m_transport->get(QUrl(base + certId, QUrl::StrictMode), job, [job](const AcmeResponse &response) {
            job->m_retryAfter = response.retryAfter;
            if (!response.ok()) {
                job->fail(*response.problem);
                return;
            }
            job->m_renewalInfo = AcmeRenewalInfo::fromJson(response.json());
            // §4.3: without Retry-After, poll again in six hours.
            job->m_renewalInfo.retryAfter =
                response.retryAfter.value_or(QDateTime::currentDateTimeUtc().addSecs(6 * 3600));
            if (!job->m_renewalInfo.isValid()) {
                job->fail(Problem::make(Problem::Category::Acme,
                                        QStringLiteral("acme.ari-invalid"),
                                        tr("The CA's renewal information is invalid"),
                                        {},
                                        tr("Renewal follows the certificate's lifetime instead.")));
                return;
            }
            job->succeed();
        });
    });
}

QString AcmeClient::keyAuthorization(const QString &token) const
{
    return AcmeChallenge::keyAuthorization(token, m_accountKey);
}

QString AcmeClient::dns01TxtValue(const QString &token) const
{
    return AcmeChallenge::dns01TxtValue(keyAuthorization(token));
}
