#include "EndpointDetails.h"

#include "core/acme/CaAccountRepository.h"
#include "core/certificates/CertificateRepository.h"
#include "core/crypto/CertificateInfo.h"
#include "core/endpoints/EndpointRepository.h"

Result<EndpointDetails> EndpointDetails::load(const std::shared_ptr<Store> &store, qint64 endpointId, int historyLimit)
{
    EndpointDetails details;
    Result<Endpoint> endpoint = EndpointRepository(store).find(endpointId);
    if (!endpoint) {
        return endpoint.problem();
    }
    details.endpoint = std::move(endpoint).value();

    Result<std::optional<IssuedCertificate>> current = CertificateRepository(store).current(endpointId);
    if (!current) {
        return current.problem();
    }
    details.certificate = std::move(current).value();
    if (details.certificate) {
        // The GUI thread has no business holding key material, even sealed.
        details.certificate->privateKeyEnvelope.clear();
        const Result<CertificateInfo> chain = CertificateInfo::fromPem(details.certificate->chainPem);
        if (chain) {
            for (const QByteArray &pem : chain->chainPem()) {
                const Result<CertificateInfo> one = CertificateInfo::fromPem(pem);
                if (!one) {
                    continue;
                }
                const QString subject =
                    one->subjectCommonName().isEmpty() ? one->names().value(0) : one->subjectCommonName();
                details.chain << ChainCertificate{subject, one->issuerCommonName(), one->notAfter()};
            }
        }
    }

    if (details.endpoint.accountId > 0) {
        const Result<CaAccount> account = CaAccountRepository(store).find(details.endpoint.accountId);
        if (account) {
            details.accountTitle = account->title;
        }
    }

    Result<QList<OrderRepository::Order>> orders = OrderRepository(store).history(endpointId, historyLimit);
    if (!orders) {
        return orders.problem();
    }
    details.orders = std::move(orders).value();

    Result<QList<ActivityLog::Entry>> activity = ActivityLog(store).recent(historyLimit, endpointId);
    if (!activity) {
        return activity.problem();
    }
    details.activity = std::move(activity).value();
    return details;
}
