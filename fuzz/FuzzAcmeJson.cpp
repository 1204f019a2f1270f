#include "FuzzInput.h"

#include "core/acme/AcmeAuthorization.h"
#include "core/acme/AcmeDirectory.h"
#include "core/acme/AcmeOrder.h"
#include "core/acme/AcmeProblem.h"
#include "core/acme/AcmeRenewalInfo.h"
#include "core/crypto/Base64Url.h"
#include "core/crypto/PrivateKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

// Everything a CA (or something posing as one) sends back as JSON: the directory, orders,
// authorizations with their challenges, problem documents with subproblems, ARI windows, and
// the base64url and JWK members inside them. The CA is outside CertDesk's trust: nothing it
// sends may crash the worker, whatever the bytes.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    const QUrl url(QStringLiteral("https://ca.example.test/acme/order/1"));

    (void)AcmeDirectory::fromJson(input, QUrl(QStringLiteral("https://ca.example.test/dir")));
    (void)AcmeProblem::fromResponse("application/problem+json", input, 400);
    (void)Base64Url::decode(input);

    const QJsonObject object = QJsonDocument::fromJson(input).object();
    (void)AcmeProblem::fromJson(object, 403).toProblem();
    (void)AcmeOrder::fromJson(object, url).isInProgress();
    const AcmeAuthorization authorization = AcmeAuthorization::fromJson(object, url);
    (void)authorization.error();
    (void)authorization.challenge(QStringLiteral("dns-01"));
    (void)AcmeRenewalInfo::fromJson(object);
    (void)PrivateKey::thumbprint(object.value(QStringLiteral("jwk")).toObject());
    return 0;
}
