#include "HubCertificateJob.h"

#include "core/Clock.h"
#include "core/certificates/CertificateRepository.h"
#include "core/crypto/CertificateInfo.h"
#include "core/crypto/Envelope.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SelfSignedCertificate.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/secrets/DataKey.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSaveFile>
#include <QTimer>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcHubCertificate, "certdesk.hub.certificate")

namespace {

const SecretRef kSelfSignedKeyRef(QStringLiteral("hub-tls-key"), QStringLiteral("self-signed"));

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty()) {
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    }
    secret.clear();
}

QSslKey sslKeyFromPem(const QByteArray &pem)
{
    const Result<PrivateKey> parsed = PrivateKey::fromPem(pem);
    if (!parsed) {
        return {};
    }
    const bool ec = parsed->type() == PrivateKey::Type::EcP256 || parsed->type() == PrivateKey::Type::EcP384;
    return QSslKey(pem, ec ? QSsl::Ec : QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
}

} // namespace

HubCertificateJob::HubCertificateJob(
    HubSettings settings, std::shared_ptr<Store> store, SecretStore *secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_clock(clock)
{
}

HubCertificateJob::~HubCertificateJob() = default;

QStringList HubCertificateJob::selfSignedNames(const HubSettings &settings)
{
    QStringList names = {QStringLiteral("localhost")};
    const QString host = QHostInfo::localHostName().toLower();
    if (!host.isEmpty() && QHostAddress(host).isNull()) {
        names << host;
    }
    const QString publicHost = settings.publicUrl.host().toLower();
    if (!publicHost.isEmpty() && QHostAddress(publicHost).isNull() && !names.contains(publicHost)) {
        names << publicHost;
    }
    return names;
}

QList<QHostAddress> HubCertificateJob::selfSignedAddresses(const HubSettings &settings, bool includeInterfaces)
{
    QList<QHostAddress> addresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    auto add = [&addresses](const QHostAddress &address) {
        if (!address.isNull() && address != QHostAddress::AnyIPv4 && address != QHostAddress::AnyIPv6
            && address != QHostAddress::Any && !addresses.contains(address)) {
            addresses << address;
        }
    };
    add(settings.address);
    add(QHostAddress(settings.publicUrl.host()));
    if (includeInterfaces) {
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            // Link-local addresses carry a scope and name nothing a client could dial.
            if (!address.isLinkLocal()) {
                add(QHostAddress(address.toString().section(QLatin1Char('%'), 0, 0)));
            }
        }
    }
    return addresses;
}

void HubCertificateJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    // Never emit from start(): the caller connects first, then starts.
    QTimer::singleShot(0, this, [this] {
        if (m_settings.certificateSource == HubSettings::CertificateSource::Endpoint) {
            loadEndpoint();
        } else {
            loadSelfSigned();
        }
    });
}

void HubCertificateJob::succeed(Material material)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_material = std::move(material);
    Q_EMIT finished(this);
}

void HubCertificateJob::fail(const Problem &problem)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_failed = true;
    m_problem = problem;
    Q_EMIT finished(this);
}

void HubCertificateJob::loadSelfSigned()
{
    QFile file(m_settings.selfSignedCertificatePath());
    if (!file.exists()) {
        createSelfSigned();
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(Problem::make(Problem::Category::Storage,
                           QStringLiteral("hub.certificate-unreadable"),
                           tr("The hub's certificate cannot be read."),
                           QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                           tr("Check the permissions of the data folder.")));
        return;
    }
    const QByteArray certificatePem = file.readAll();
    m_secrets->fetch(kSelfSignedKeyRef, this, [this, certificatePem](Result<QByteArray> key) {
        if (!key) {
            if (key.problem().code == QLatin1String("keychain.not-found")) {
                createSelfSigned(); // the keychain was reset: the old certificate is useless
            } else {
                fail(key.problem());
            }
            return;
        }
        QByteArray keyPem = key.value();
        useSelfSigned(certificatePem, keyPem);
        wipe(keyPem);
    });
}

void HubCertificateJob::useSelfSigned(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const Result<CertificateInfo> info = CertificateInfo::fromPem(certificatePem);
    const Result<PrivateKey> key = PrivateKey::fromPem(keyPem);
    QString reason;
    if (!info || !key) {
        reason = QStringLiteral("unreadable certificate or key");
    } else if (!info->matchesKey(key.value())) {
        reason = QStringLiteral("the certificate does not belong to the key in the keychain");
    } else if (m_clock.now().addDays(RenewDays) >= info->notAfter()) {
        reason = QStringLiteral("expires %1").arg(info->notAfter().toString(Qt::ISODate));
    } else {
        QStringList required = selfSignedNames(m_settings);
        for (const QHostAddress &address : selfSignedAddresses(m_settings, false)) {
            required << address.toString();
        }
        const QStringList names = info->names();
        for (const QString &name : std::as_const(required)) {
            if (!names.contains(name, Qt::CaseInsensitive)) {
                reason = QStringLiteral("does not name %1").arg(name);
                break;
            }
        }
    }
    if (!reason.isEmpty()) {
        qCInfo(lcHubCertificate).noquote() << "making a new self-signed hub certificate:" << reason;
        createSelfSigned();
        return;
    }
    Material material;
    material.certificate = QSslCertificate(certificatePem, QSsl::Pem);
    material.key = sslKeyFromPem(keyPem);
    material.source = QStringLiteral("self-signed");
    if (material.certificate.isNull() || material.key.isNull()) {
        createSelfSigned();
        return;
    }
    succeed(std::move(material));
}

void HubCertificateJob::createSelfSigned()
{
    const Result<PrivateKey> key = PrivateKey::generate(PrivateKey::Type::EcP256);
    if (!key) {
        fail(key.problem());
        return;
    }
    const QDateTime now = m_clock.now().toUTC();
    SelfSignedCertificate::Request request;
    request.commonName = QStringLiteral("CertDesk hub %1").arg(QHostInfo::localHostName());
    request.dnsNames = selfSignedNames(m_settings);
    request.addresses = selfSignedAddresses(m_settings, true);
    request.notBefore = now.addSecs(-3600); // tolerate clients whose clocks run a little late
    request.notAfter = now.addDays(SelfSignedLifetimeDays);
    const Result<QByteArray> certificatePem = SelfSignedCertificate::create(key.value(), request);
    if (!certificatePem) {
        fail(certificatePem.problem());
        return;
    }
    QByteArray keyPem = key->toPem();
    Material material;
    material.certificate = QSslCertificate(certificatePem.value(), QSsl::Pem);
    material.key = sslKeyFromPem(keyPem);
    material.source = QStringLiteral("self-signed");
    material.created = true;
    // The key goes to the keychain first: a certificate file without its key is replaced on the
    // next start, a key without its certificate is simply overwritten.
    m_secrets->store(
        kSelfSignedKeyRef,
        keyPem,
        this,
        [this, material, certificate = certificatePem.value()](Result<void> stored) mutable {
            if (!stored) {
                fail(stored.problem());
                return;
            }
            QSaveFile file(m_settings.selfSignedCertificatePath());
            if (!file.open(QIODevice::WriteOnly) || file.write(certificate) != certificate.size() || !file.commit()) {
                fail(Problem::make(
                    Problem::Category::Storage,
                    QStringLiteral("hub.certificate-unwritable"),
                    tr("The hub's certificate cannot be saved."),
                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                    tr("Check that the data folder is writable and not full.")));
                return;
            }
            qCInfo(lcHubCertificate).noquote()
                << "new self-signed hub certificate" << QDir::toNativeSeparators(file.fileName()) << "SHA-256"
                << QString::fromLatin1(material.certificate.digest(QCryptographicHash::Sha256).toHex(':'));
            succeed(std::move(material));
        });
    wipe(keyPem);
}

void HubCertificateJob::loadEndpoint()
{
    const Result<Endpoint> endpoint = EndpointRepository(m_store).find(m_settings.endpointId);
    if (!endpoint) {
        fail(Problem::make(Problem::Category::Configuration,
                           QStringLiteral("hub.endpoint-missing"),
                           tr("The endpoint whose certificate the hub uses no longer exists."),
                           tr("Endpoint %1 was not found.").arg(m_settings.endpointId),
                           tr("Choose another endpoint for the hub, or use a self-signed certificate.")));
        return;
    }
    const QString names = endpoint->names.join(QStringLiteral(", "));
    const Result<std::optional<IssuedCertificate>> current = CertificateRepository(m_store).current(endpoint->id);
    if (!current) {
        fail(current.problem());
        return;
    }
    if (!current.value()) {
        fail(Problem::make(Problem::Category::Configuration,
                           QStringLiteral("hub.endpoint-no-certificate"),
                           tr("The hub's endpoint has no certificate yet."),
                           tr("%1 has not been issued a certificate.").arg(names),
                           tr("Issue its certificate first (certdesk issue %1), or use a self-signed certificate.")
                               .arg(endpoint->names.value(0))));
        return;
    }
    const IssuedCertificate issued = *current.value();
    if (issued.notAfter <= m_clock.now()) {
        fail(Problem::make(
            Problem::Category::Configuration,
            QStringLiteral("hub.endpoint-certificate-expired"),
            tr("The hub's endpoint certificate has expired."),
            tr("The certificate of %1 expired on %2.").arg(names, issued.notAfter.toString(Qt::ISODate)),
            tr("Renew it (certdesk issue %1), or use a self-signed certificate.").arg(endpoint->names.value(0))));
        return;
    }
    m_dataKey = new DataKey(m_secrets, this);
    m_dataKey->withKey([this, issued, names](Result<QByteArray> dataKey) {
        if (!dataKey) {
            fail(dataKey.problem());
            return;
        }
        Result<QByteArray> keyPem = Envelope::open(dataKey.value(),
                                                   issued.privateKeyEnvelope,
                                                   "certdesk-certificate-key:" + QByteArray::number(issued.endpointId));
        if (!keyPem) {
            fail(keyPem.problem());
            return;
        }
        QByteArray pem = std::move(keyPem).value();
        Material material;
        const QList<QSslCertificate> chain = QSslCertificate::fromData(issued.chainPem, QSsl::Pem);
        material.key = sslKeyFromPem(pem);
        wipe(pem);
        if (chain.isEmpty() || material.key.isNull()) {
            fail(Problem::make(Problem::Category::Internal,
                               QStringLiteral("hub.endpoint-certificate-unreadable"),
                               tr("The hub's endpoint certificate cannot be read."),
                               tr("The stored certificate or key of %1 is damaged.").arg(names),
                               tr("Issue the endpoint's certificate again.")));
            return;
        }
        material.certificate = chain.first();
        material.chain = chain.mid(1);
        material.source = QStringLiteral("endpoint %1").arg(names);
        succeed(std::move(material));
    });
}
