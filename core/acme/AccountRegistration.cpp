#include "AccountRegistration.h"

#include "core/acme/AcmeClient.h"
#include "core/acme/AcmeJob.h"
#include "core/acme/CaAccountRepository.h"
#include "core/crypto/Base64Url.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ActivityLog.h"

#include <QFile>
#include <QRegularExpression>

AccountRegistration::AccountRegistration(std::shared_ptr<Store> store,
                                         SecretStore *secrets,
                                         QNetworkAccessManager *network,
                                         Request request,
                                         QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_request(std::move(request))
    , m_client(new AcmeClient(network, m_request.directoryUrl, this))
{
}

AccountRegistration::~AccountRegistration()
{
    m_eabMacKey.fill('\0');
}

void AccountRegistration::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &AccountRegistration::run, Qt::QueuedConnection);
}

void AccountRegistration::run()
{
    auto input = [](const QString &title, const QString &hint) {
        return Problem::make(Problem::Category::Input, QStringLiteral("account.invalid"), title, {}, hint);
    };
    const QUrl &url = m_request.directoryUrl;
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        fail(input(tr("\"%1\" is not an ACME directory URL.").arg(url.toString()),
                   tr("Use the https:// URL of the CA's directory, for example "
                      "https://acme-v02.api.letsencrypt.org/directory.")));
        return;
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    if (!m_request.email.isEmpty() && !email.match(m_request.email).hasMatch()) {
        fail(input(tr("\"%1\" is not an email address.").arg(m_request.email),
                   tr("The CA writes to this address about expiring certificates and policy changes.")));
        return;
    }
    if (!m_request.agreeToTerms) {
        fail(input(tr("The CA's terms of service must be accepted."),
                   tr("Read them, then accept them (on the command line: --agree-tos).")));
        return;
    }
    if (m_request.eabKeyId.isEmpty() != m_request.eabHmacKey.isEmpty()) {
        fail(input(tr("External account binding needs both a key id and an HMAC key."),
                   tr("Both are shown together on the CA's account page.")));
        return;
    }
    if (!m_request.eabHmacKey.isEmpty()) {
        const Result<QByteArray> decoded = Base64Url::decode(m_request.eabHmacKey.trimmed());
        m_eabMacKey = decoded ? decoded.value() : QByteArray();
        if (m_eabMacKey.isEmpty()) {
            fail(input(tr("The EAB HMAC key is not base64url."),
                       tr("Copy it again exactly as the CA shows it, without spaces or quotes.")));
            return;
        }
    }
    if (!m_request.caBundlePath.isEmpty()) {
        QFile bundle(m_request.caBundlePath);
        if (!bundle.open(QIODevice::ReadOnly)) {
            fail(input(tr("The CA bundle %1 cannot be read: %2").arg(m_request.caBundlePath, bundle.errorString()),
                       tr("Give the path of a PEM file with the certificate(s) the CA's server uses.")));
            return;
        }
        if (Result<void> trusted = m_client->setCaBundle(bundle.readAll()); !trusted) {
            fail(trusted.problem());
            return;
        }
    }
    checkDirectory();
}

void AccountRegistration::checkDirectory()
{
    AcmeJob *job = m_client->fetchDirectory();
    connect(job, &AcmeJob::finished, this, [this](AcmeJob *done) {
        if (done->failed()) {
            fail(done->problem());
            return;
        }
        m_termsOfService = done->directory().termsOfService();
        if (done->directory().externalAccountRequired() && m_request.eabKeyId.isEmpty()) {
            fail(Problem::make(
                Problem::Category::Configuration,
                QStringLiteral("acme.externalAccountRequired"),
                tr("This CA requires external account binding."),
                tr("%1 only accepts accounts linked to an account on its website.").arg(m_request.directoryUrl.host()),
                tr("Copy the EAB key id and HMAC key from the CA's account page and add them "
                   "(--eab-kid and --eab-hmac-file).")));
            return;
        }
        createAccount();
    });
    job->start();
}

void AccountRegistration::createAccount()
{
    Result<PrivateKey> key = PrivateKey::generate(m_request.keyType);
    if (!key) {
        fail(key.problem());
        return;
    }
    m_key = key.value();
    CaAccount account;
    account.title = m_request.title.isEmpty() ? m_request.directoryUrl.host() : m_request.title;
    account.directoryUrl = m_request.directoryUrl;
    account.email = m_request.email;
    account.keyAlgorithm = m_key.jwsAlgorithm();
    account.eabKeyId = m_request.eabKeyId;
    account.caBundlePath = m_request.caBundlePath;
    account.status = QStringLiteral("pending");
    Result<CaAccount> added = CaAccountRepository(m_store).add(account);
    if (!added) {
        fail(added.problem());
        return;
    }
    m_account = added.value();
    m_secrets->store(m_account.keyRef, m_key.toPem(), this, [this](Result<void> stored) {
        if (!stored) {
            fail(stored.problem());
            return;
        }
        if (!m_account.eabHmacRef.isValid()) {
            register_();
            return;
        }
        m_secrets->store(m_account.eabHmacRef, m_eabMacKey, this, [this](Result<void> eabStored) {
            if (!eabStored) {
                fail(eabStored.problem());
                return;
            }
            register_();
        });
    });
}

void AccountRegistration::register_()
{
    m_client->setAccountKey(m_key);
    AcmeAccountRequest request;
    if (!m_request.email.isEmpty()) {
        request.contact << QStringLiteral("mailto:") + m_request.email;
    }
    request.termsOfServiceAgreed = true;
    request.eabKeyId = m_request.eabKeyId;
    request.eabMacKey = m_eabMacKey;
    AcmeJob *job = m_client->newAccount(request);
    connect(job, &AcmeJob::finished, this, [this](AcmeJob *done) {
        if (done->failed()) {
            fail(done->problem());
            return;
        }
        m_account.accountUrl = done->account().url;
        m_account.status = QStringLiteral("valid");
        if (Result<void> saved =
                CaAccountRepository(m_store).setRegistration(m_account.id, m_account.accountUrl, m_account.status);
            !saved) {
            fail(saved.problem());
            return;
        }
        const Result<qint64> logged =
            ActivityLog(m_store).append(ActivityLog::Severity::Info,
                                        QStringLiteral("acme"),
                                        tr("CA account \"%1\" registered.").arg(m_account.title),
                                        m_account.accountUrl.toString());
        Q_UNUSED(logged)
        finish();
    });
    job->start();
}

void AccountRegistration::fail(const Problem &problem)
{
    m_failed = true;
    m_problem = problem;
    if (m_account.id > 0) {
        // Undo: the account must not half-exist.
        if (Result<void> removed = CaAccountRepository(m_store).remove(m_account.id); !removed) {
            m_problem.technical += QStringLiteral("\n") + removed.problem().technical;
        }
        m_secrets->erase(m_account.keyRef, m_secrets, [](Result<void>) {});
        if (m_account.eabHmacRef.isValid()) {
            m_secrets->erase(m_account.eabHmacRef, m_secrets, [](Result<void>) {});
        }
        m_account = {};
    }
    finish();
}

void AccountRegistration::finish()
{
    Q_EMIT finished(this);
    deleteLater();
}
