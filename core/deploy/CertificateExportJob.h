#pragma once

#include "core/Problem.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class DataKey;
class Store;

// Writes the current certificate and key of several endpoints into one folder, one
// sub-folder per endpoint named after its first name (`*.example.com` becomes
// `_wildcard.example.com`): cert.pem, chain.pem, fullchain.pem, privkey.pem and, if asked,
// certificate.pfx. Every endpoint must have a certificate; nothing is written otherwise.
// One-shot job: start() never emits synchronously; `finished` fires exactly once, then the
// job deletes itself.
class CertificateExportJob final : public QObject
{
    Q_OBJECT

public:
    CertificateExportJob(std::shared_ptr<Store> store,
                         DataKey *dataKey,
                         QList<qint64> endpointIds,
                         QString folder,
                         bool writePfx,
                         QObject *parent = nullptr);
    ~CertificateExportJob() override;
    Q_DISABLE_COPY_MOVE(CertificateExportJob)

    void start();

    bool failed() const { return m_failed; }

    const Problem &problem() const { return m_problem; }

    QStringList writtenFiles() const { return m_written; }

    // The sub-folder name used for an endpoint whose first name is `name`.
    static QString folderNameFor(const QString &name);

Q_SIGNALS:
    void finished(CertificateExportJob *job);

private:
    struct Item;

    void run();
    void exportNext();
    void fail(const Problem &problem);
    void finish();

    std::shared_ptr<Store> m_store;
    DataKey *m_dataKey;
    QList<qint64> m_endpointIds;
    QString m_folder;
    bool m_writePfx = false;
    QByteArray m_key;
    QList<std::shared_ptr<Item>> m_items;
    QStringList m_written;
    bool m_started = false;
    bool m_failed = false;
    Problem m_problem;
};
