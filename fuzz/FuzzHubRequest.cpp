#include "FuzzInput.h"
#include "support/HubFixture.h"

#include "core/hub/AcmeDnsController.h"
#include "core/hub/CertifyController.h"
#include "core/hub/HttpReqController.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdlib>

// The hub's three APIs as HubServer hands them a request: lego's httpreq (Basic auth), acme-dns
// (X-Api-User/X-Api-Key, registration on) and Certify's managed challenges (credentials in the
// body or in headers), on a real profile database with real tokens. The input is a request in
// HTTP/1.1 shape:
//
//     POST /present
//     Authorization: Basic {{basic}}
//
//     {"fqdn": "_acme-challenge.a.example.test.", "value": "..."}
//
// where {{basic}}, {{client}}, {{secret}}, {{user}}, {{key}} and {{sub}} stand for the valid
// credentials of this run, so the fuzzer gets past authentication and into the bodies. Oracles:
// every request is answered exactly once, with a real HTTP status, and never echoes a secret it
// was not given.
namespace {

struct Hub
{
    HubFixture fixture;
    ApiTokenStore::Issued token;
    QString user;
    QByteArray key;
    QString subdomain;
    std::unique_ptr<HttpReqController> httpReq;
    std::unique_ptr<AcmeDnsController> acmeDns;
    std::unique_ptr<CertifyController> certify;

    Hub()
    {
        if (!fixture.setUp()) {
            std::abort();
        }
        fixture.addChallenge(QStringLiteral("Fallback"), QString());
        const qint64 example = fixture.addChallenge(QStringLiteral("Example"), QStringLiteral("*.example.test"));
        const qint64 zone = fixture.addChallenge(QStringLiteral("acme-dns"), QStringLiteral("*.acme-dns.example.test"));
        token = fixture.issue(QStringLiteral("fuzz"), {example});
        httpReq = std::make_unique<HttpReqController>(*fixture.relay);
        AcmeDnsController::Settings settings;
        settings.zone = QStringLiteral("acme-dns.example.test");
        settings.registrationEnabled = true;
        settings.registrationChallengeIds = {zone};
        acmeDns = std::make_unique<AcmeDnsController>(*fixture.relay, *fixture.tokens, *fixture.acmeDns, settings);
        certify = std::make_unique<CertifyController>(*fixture.relay, fixture.clock);

        HubRequest registration;
        registration.method = "POST";
        registration.path = QStringLiteral("/register");
        registration.remoteAddress = QHostAddress::LocalHost;
        const QJsonObject account = call(*acmeDns, registration).jsonBody();
        user = account.value(QStringLiteral("username")).toString();
        key = account.value(QStringLiteral("password")).toString().toLatin1();
        subdomain = account.value(QStringLiteral("subdomain")).toString();
        if (user.isEmpty() || key.isEmpty()) {
            std::abort();
        }
    }

    QByteArray substitute(QByteArray text) const
    {
        const QByteArray client = token.token.clientId.toUtf8();
        return text.replace("{{basic}}", QByteArray(client + ':' + token.secret).toBase64())
            .replace("{{client}}", client)
            .replace("{{secret}}", token.secret)
            .replace("{{user}}", user.toUtf8())
            .replace("{{key}}", key)
            .replace("{{sub}}", subdomain.toUtf8());
    }
};

HubRequest parseRequest(const Hub &hub, const QByteArray &input)
{
    HubRequest request;
    request.remoteAddress = QHostAddress::LocalHost;
    const qsizetype split = input.indexOf("\n\n");
    const QByteArray head = split < 0 ? input : input.left(split);
    request.body = hub.substitute(split < 0 ? QByteArray() : input.mid(split + 2));
    const QList<QByteArray> lines = FuzzInput::lines(head);
    const QByteArray requestLine = lines.value(0);
    const qsizetype space = requestLine.indexOf(' ');
    request.method = requestLine.left(space);
    const QUrl target(QString::fromUtf8(space < 0 ? QByteArray() : requestLine.mid(space + 1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.append({lines[i].left(colon), hub.substitute(lines[i].mid(colon + 1).trimmed())});
        }
    }
    return request;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The fixture's profile lives in a temporary folder; on tmpfs, SQLite's syncs cost nothing
    // and the fuzzer spends its time in the hub's code instead of waiting for the disk.
    if (QFileInfo(QStringLiteral("/dev/shm")).isWritable()) {
        qputenv("TMPDIR", "/dev/shm");
    }
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Hub hub;
    const HubRequest request = parseRequest(hub, FuzzInput::bytes(data, size));
    hub.fixture.publisher.calls.clear();

    bool handled = false;
    HubResponse response = call(*hub.httpReq, request, &handled);
    if (!handled) {
        response = call(*hub.acmeDns, request, &handled);
    }
    if (!handled) {
        response = call(*hub.certify, request, &handled);
    }
    if (!handled) {
        return 0; // HubServer answers 404 itself
    }
    if (response.status < 100 || response.status > 599) {
        std::abort(); // answered twice, never, or with no real status (call() says which)
    }
    if (!request.body.contains(hub.token.secret) && response.body.contains(hub.token.secret)) {
        std::abort();
    }
    hub.certify->sweep();
    return 0;
}
