#include "CertificateExportJob.h"

#include "core/certificates/CertificateRepository.h"
#include "core/crypto/Envelope.h"
#include "core/deploy/DeploymentJob.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderQueue.h"
#include "core/secrets/DataKey.h"

#include <QCoreApplication>
#include <QDir>

struct CertificateExportJob::Item
{
    Endpoint endpoint;
    IssuedCertificate certificate;
};

namespace {

QByteArray keyEnvelopeAad(qint64 endpointId)
{
    // Must match what OrderRunner sealed the key with.
    return "certdesk-certificate-key:" + QByteArray::number(endpointId);
}

} // namespace

CertificateExportJob::CertificateExportJob(std::shared_ptr<Store> store,
                                           DataKey *dataKey,
                                           QList<qint64> endpointIds,
                                           QString folder,
                                           bool writePfx,
                                           QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_dataKey(dataKey)
    , m_endpointIds(std::move(endpointIds))
    , m_folder(std::move(folder))
    , m_writePfx(writePfx)
{
}

CertificateExportJob::~CertificateExportJob()
{
    m_key.fill('\0');
}

QString CertificateExportJob::folderNameFor(const QString &name)
{
    QString folder = name;
    if (folder.startsWith(QLatin1String("*."))) {
        folder.replace(0, 1, QStringLiteral("_wildcard"));
    }
    return folder;
}

void CertificateExportJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &CertificateExportJob::run, Qt::QueuedConnection);
}

void CertificateExportJob::run()
{
    if (m_endpointIds.isEmpty()) {
        fail(Problem::make(
            Problem::Category::Input, QStringLiteral("export.nothing"), tr("Choose at least one endpoint to export.")));
        return;
    }
    if (!QDir::isAbsolutePath(m_folder)) {
        fail(Problem::make(Problem::Category::Input,
                           QStringLiteral("export.folder"),
                           tr("The export folder \"%1\" is not an absolute path.").arg(m_folder)));
        return;
    }
    // Check every endpoint first, so an export of ten never stops after writing four.
    for (qint64 id : std::as_const(m_endpointIds)) {
        const Result<Endpoint> endpoint = EndpointRepository(m_store).find(id);
        if (!endpoint) {
            fail(endpoint.problem());
            return;
        }
        const Result<std::optional<IssuedCertificate>> current = CertificateRepository(m_store).current(id);
        if (!current) {
            fail(current.problem());
            return;
        }
        if (!current.value()) {
            fail(Problem::make(Problem::Category::NotFound,
                               QStringLiteral("certificate.none"),
                               tr("%1 has no certificate yet.").arg(endpoint->names.value(0)),
                               {},
                               tr("Issue its first certificate, then export it.")));
            return;
        }
        m_items << std::make_shared<Item>(Item{endpoint.value(), *current.value()});
    }
    m_dataKey->withKey([this](Result<QByteArray> key) {
        if (!key) {
            fail(key.problem());
            return;
        }
        m_key = key.value();
        exportNext();
    });
}

void CertificateExportJob::exportNext()
{
    if (m_items.isEmpty()) {
        finish();
        return;
    }
    const std::shared_ptr<Item> item = m_items.takeFirst();
    const Result<QByteArray> keyPem =
        Envelope::open(m_key, item->certificate.privateKeyEnvelope, keyEnvelopeAad(item->endpoint.id));
    if (!keyPem) {
        fail(keyPem.problem());
        return;
    }
    DeploymentTarget target;
    target.folder = QDir(m_folder).filePath(folderNameFor(item->endpoint.names.value(0)));
    target.writePem = true;
    target.writePfx = m_writePfx;
    Result<DeploymentJob::Material> material =
        OrderQueue::deploymentMaterial(item->endpoint, target, item->certificate.chainPem, keyPem.value());
    if (!material) {
        fail(material.problem());
        return;
    }
    auto *job = new DeploymentJob(target, std::move(material).value(), this);
    connect(job, &DeploymentJob::finished, this, [this](DeploymentJob *done) {
        if (done->failed()) {
            fail(done->problem());
            return;
        }
        m_written << done->writtenFiles();
        exportNext();
    });
    job->start();
}

void CertificateExportJob::fail(const Problem &problem)
{
    m_failed = true;
    m_problem = problem;
    finish();
}

void CertificateExportJob::finish()
{
    Q_EMIT finished(this);
    deleteLater();
}
