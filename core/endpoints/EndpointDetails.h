#pragma once

#include "core/Result.h"
#include "core/certificates/IssuedCertificate.h"
#include "core/endpoints/Endpoint.h"
#include "core/jobs/OrderRepository.h"
#include "core/store/ActivityLog.h"

#include <QList>
#include <QMetaType>

#include <memory>
#include <optional>

class Store;

// Everything the details pane shows for one endpoint, read in one go on the worker thread:
// its current certificate (without the sealed private key), that certificate's chain, the
// CA account it renews with, its recent orders and its activity log.
struct EndpointDetails
{
    struct ChainCertificate
    {
        QString subject; // common name, or the first name when a leaf has no CN
        QString issuer;
        QDateTime notAfter;
    };

    Endpoint endpoint;
    std::optional<IssuedCertificate> certificate;
    QList<ChainCertificate> chain; // leaf first
    QString accountTitle;          // empty: the profile's default account
    QList<OrderRepository::Order> orders;
    QList<ActivityLog::Entry> activity;

    static Result<EndpointDetails> load(const std::shared_ptr<Store> &store, qint64 endpointId, int historyLimit = 50);
};

Q_DECLARE_METATYPE(EndpointDetails)
