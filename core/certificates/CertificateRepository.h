#pragma once

#include "core/Result.h"
#include "core/certificates/IssuedCertificate.h"

#include <QList>

#include <memory>
#include <optional>

class Store;

// The certificates table.
class CertificateRepository final
{
public:
    explicit CertificateRepository(std::shared_ptr<Store> store);

    Result<qint64> add(const IssuedCertificate &certificate);
    // The newest certificate of an endpoint that was not revoked, if any.
    Result<std::optional<IssuedCertificate>> current(qint64 endpointId) const;
    // Every current certificate, one per endpoint, soonest expiry first.
    Result<QList<IssuedCertificate>> allCurrent() const;
    Result<void> setRenewalWindow(qint64 id, const QDateTime &start, const QDateTime &end);
    Result<void> markRevoked(qint64 id);

private:
    Result<QList<IssuedCertificate>> select(const QString &where, const QVariantList &values) const;

    std::shared_ptr<Store> m_store;
};
