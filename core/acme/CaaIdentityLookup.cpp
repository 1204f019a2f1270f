#include "CaaIdentityLookup.h"

#include "core/acme/AcmeDirectory.h"
#include "core/acme/CaAccountRepository.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>

CaaIdentityLookup::CaaIdentityLookup(CaAccount account, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_network(new QNetworkAccessManager(this))
{
}

CaaIdentityLookup::~CaaIdentityLookup() = default;

void CaaIdentityLookup::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_account.caBundlePath.isEmpty()) {
        QFile bundle(m_account.caBundlePath);
        if (!bundle.open(QIODevice::ReadOnly)) {
            const Problem problem = Problem::make(Problem::Category::Configuration,
                                                  QStringLiteral("acme.ca-bundle"),
                                                  tr("The CA bundle of the account cannot be read."),
                                                  tr("%1: %2").arg(m_account.caBundlePath, bundle.errorString()));
            QMetaObject::invokeMethod(
                this,
                [this, problem] {
                    complete(problem);
                },
                Qt::QueuedConnection);
            return;
        }
        tls.addCaCertificates(QSslCertificate::fromData(bundle.readAll(), QSsl::Pem));
    }
    QNetworkRequest request(m_account.directoryUrl);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            complete(Problem::make(Problem::Category::Network,
                                   QStringLiteral("acme.directory-unreachable"),
                                   tr("The CA's directory could not be read."),
                                   tr("%1: %2").arg(m_account.directoryUrl.toString(), reply->errorString()),
                                   tr("Check the network, or name the CA's CAA identity in the DNS settings.")));
            return;
        }
        const Result<AcmeDirectory> directory = AcmeDirectory::fromJson(reply->readAll(), m_account.directoryUrl);
        if (!directory) {
            complete(directory.problem());
            return;
        }
        QStringList identities;
        for (const QString &identity : directory->caaIdentities()) {
            identities << identity.toLower();
        }
        complete(identities);
    });
}

void CaaIdentityLookup::complete(const Result<QStringList> &result)
{
    if (m_result) {
        return;
    }
    m_result.emplace(result);
    Q_EMIT finished(this);
}

void CaaIdentityLookup::identitiesFor(const std::shared_ptr<Store> &store,
                                      const QStringList &configured,
                                      QObject *context,
                                      std::function<void(QStringList)> done)
{
    const Result<CaAccount> account =
        configured.isEmpty() ? CaAccountRepository(store).defaultAccount() : Result<CaAccount>(CaAccount());
    if (!configured.isEmpty() || !account) {
        QMetaObject::invokeMethod(
            context,
            [configured, done] {
                done(configured);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *lookup = new CaaIdentityLookup(account.value(), context);
    connect(lookup, &CaaIdentityLookup::finished, context, [done](CaaIdentityLookup *finished) {
        finished->deleteLater();
        if (!finished->result()) {
            qWarning("CAA identities unknown: %s", qPrintable(finished->result().problem().message()));
        }
        done(finished->result() ? finished->result().value() : QStringList());
    });
    lookup->start();
}
