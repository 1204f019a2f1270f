#include "support/HubFixture.h"

#include "core/hub/AcmeDnsController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTranslator>

class TestAcmeDnsController : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;
    std::unique_ptr<AcmeDnsController> m_controller;
    qint64 m_challengeId = 0;
    QString m_user;
    QByteArray m_key;
    QString m_subdomain;

    static QString txt(char fill) { return QString(43, QLatin1Char(fill)); }

    HubRequest request(const QByteArray &method, const QString &path, const QByteArray &body = {}) const
    {
        HubRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.remoteAddress = QHostAddress::LocalHost;
        return r;
    }

    HubRequest update(const QString &subdomain, const QString &value, const QByteArray &key) const
    {
        HubRequest r =
            request("POST",
                    QStringLiteral("/update"),
                    QJsonDocument(QJsonObject{{QStringLiteral("subdomain"), subdomain}, {QStringLiteral("txt"), value}})
                        .toJson(QJsonDocument::Compact));
        r.headers.append({"X-Api-User", m_user.toUtf8()});
        r.headers.append({"X-Api-Key", key});
        return r;
    }

    AcmeDnsController::Settings settings(bool registration) const
    {
        AcmeDnsController::Settings s;
        s.zone = QStringLiteral("acme-dns.example.test");
        s.registrationEnabled = registration;
        s.registrationChallengeIds = {m_challengeId};
        return s;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_hub.setUp());
        m_challengeId = m_hub.addChallenge(QStringLiteral("acme-dns zone"), QStringLiteral("*.acme-dns.example.test"));
        m_controller =
            std::make_unique<AcmeDnsController>(*m_hub.relay, *m_hub.tokens, *m_hub.acmeDns, settings(false));
    }

    void healthAnswers200()
    {
        const HubResponse response = call(*m_controller, request("GET", QStringLiteral("/health")));
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.isEmpty());
    }

    void registrationIsRefusedUnlessEnabled()
    {
        const HubResponse response = call(*m_controller, request("POST", QStringLiteral("/register")));
        QCOMPARE(response.status, 403);
        QCOMPARE(response.jsonBody().value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    }

    void registerReturnsAcmeDnsAccount()
    {
        m_controller->setSettings(settings(true));
        const HubResponse response =
            call(*m_controller, request("POST", QStringLiteral("/register"), R"({"allowfrom":["127.0.0.0/8"]})"));
        QCOMPARE(response.status, 201);
        const QJsonObject account = response.jsonBody();
        m_user = account.value(QStringLiteral("username")).toString();
        m_key = account.value(QStringLiteral("password")).toString().toLatin1();
        m_subdomain = account.value(QStringLiteral("subdomain")).toString();
        QVERIFY(!QUuid::fromString(m_user).isNull());
        QCOMPARE(m_key.size(), 43);
        QCOMPARE(account.value(QStringLiteral("fulldomain")).toString(),
                 m_subdomain + QStringLiteral(".acme-dns.example.test"));
        QCOMPARE(account.value(QStringLiteral("allowfrom")).toArray().first().toString(),
                 QStringLiteral("127.0.0.0/8"));
        QVERIFY(m_hub.tokens->authenticate(m_user, m_key).ok());
    }

    void registerRejectsBadAllowFrom()
    {
        const HubResponse response =
            call(*m_controller, request("POST", QStringLiteral("/register"), R"({"allowfrom":["not-a-cidr"]})"));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.jsonBody().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_allowfrom_cidr"));
    }

    void updatePublishesAtTheAccountsSubdomain()
    {
        m_hub.publisher.calls.clear();
        const HubResponse response = call(*m_controller, update(m_subdomain, txt('a'), m_key));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.jsonBody().value(QStringLiteral("txt")).toString(), txt('a'));
        QCOMPARE(m_hub.publisher.calls.size(), 1);
        QCOMPARE(m_hub.publisher.calls.first().fqdn, m_subdomain + QStringLiteral(".acme-dns.example.test"));
    }

    void keepsTwoRollingValues()
    {
        QCOMPARE(call(*m_controller, update(m_subdomain, txt('b'), m_key)).status, 200);
        QCOMPARE(call(*m_controller, update(m_subdomain, txt('c'), m_key)).status, 200);
        const QString fqdn = m_subdomain + QStringLiteral(".acme-dns.example.test");
        const auto published = [&] {
            QStringList values = m_hub.publisher.published.values(fqdn);
            values.sort();
            return values;
        };
        // The old value's cleanup completes asynchronously.
        QTRY_COMPARE(published(), QStringList({txt('b'), txt('c')}));
    }

    void wrongKeyIsForbidden()
    {
        const HubResponse response = call(*m_controller, update(m_subdomain, txt('d'), "x"));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.jsonBody().value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    }

    void anotherAccountsSubdomainIsForbidden()
    {
        const HubResponse response =
            call(*m_controller, update(QUuid::createUuid().toString(QUuid::WithoutBraces), txt('d'), m_key));
        QCOMPARE(response.status, 401);
        QCOMPARE(m_hub.auditEntries().first().reason, QStringLiteral("subdomain belongs to another account"));
    }

    void badTxtAndSubdomainUseAcmeDnsErrors()
    {
        QCOMPARE(call(*m_controller, update(m_subdomain, QStringLiteral("short"), m_key))
                     .jsonBody()
                     .value(QStringLiteral("error")),
                 QJsonValue(QStringLiteral("bad_txt")));
        QCOMPARE(call(*m_controller, update(QStringLiteral("a b"), txt('e'), m_key))
                     .jsonBody()
                     .value(QStringLiteral("error")),
                 QJsonValue(QStringLiteral("bad_subdomain")));
        HubRequest malformed = update(m_subdomain, txt('e'), m_key);
        malformed.body = "{";
        const HubResponse response = call(*m_controller, malformed);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.jsonBody().value(QStringLiteral("error")).toString(),
                 QStringLiteral("malformed_json_payload"));
    }

    // Like acme-dns (Go's encoding/json), field names match in any case; unknown and repeated
    // fields are still refused, in English even on a German desktop.
    void fieldNamesMatchInAnyCaseButUnknownOnesAreRefused()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/certdesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto restore = qScopeGuard([&german] {
            QCoreApplication::removeTranslator(&german);
        });
        // The catalogue is in effect: the window's texts are German now.
        QCOMPARE(QCoreApplication::translate("Worker", "Background worker started."),
                 QStringLiteral("Hintergrunddienst gestartet."));

        HubRequest mixedCase = update(m_subdomain, txt('h'), m_key);
        mixedCase.body =
            QJsonDocument(QJsonObject{{QStringLiteral("SubDomain"), m_subdomain}, {QStringLiteral("Txt"), txt('h')}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(call(*m_controller, mixedCase).status, 200);
        QVERIFY(m_hub.publisher.published.contains(m_subdomain + QStringLiteral(".acme-dns.example.test"), txt('h')));

        HubRequest unknown = mixedCase;
        unknown.body = QByteArrayLiteral("{\"SubDomain\":\"") + m_subdomain.toUtf8()
                       + QByteArrayLiteral("\",\"Txt\":\"") + txt('i').toUtf8() + QByteArrayLiteral("\",\"Extra\":1}");
        HubResponse response = call(*m_controller, unknown);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.jsonBody().value(QStringLiteral("error")).toString(),
                 QStringLiteral("malformed_json_payload"));
        QVERIFY2(response.body.contains("Unknown field \\\"Extra\\\"."), response.body.constData());

        HubRequest twice = mixedCase;
        twice.body = QByteArrayLiteral("{\"subdomain\":\"") + m_subdomain.toUtf8()
                     + QByteArrayLiteral("\",\"SUBDOMAIN\":\"") + m_subdomain.toUtf8()
                     + QByteArrayLiteral("\",\"txt\":\"") + txt('i').toUtf8() + QByteArrayLiteral("\"}");
        response = call(*m_controller, twice);
        QCOMPARE(response.status, 400);
        QVERIFY2(response.body.contains("appears more than once"), response.body.constData());
    }

    void updateFromOutsideAllowFromIsForbidden()
    {
        HubRequest r = update(m_subdomain, txt('f'), m_key);
        r.remoteAddress = QHostAddress(QStringLiteral("192.0.2.7"));
        QCOMPARE(call(*m_controller, r).status, 401);
    }

    void accountWhoseChallengeIsGoneIs403()
    {
        // An account registered while the zone's challenge existed loses access with it.
        m_hub.publisher.calls.clear();
        QVERIFY(m_hub.challenges->remove(m_challengeId).ok());
        const HubResponse response = call(*m_controller, update(m_subdomain, txt('g'), m_key));
        QCOMPARE(response.status, 403);
        QVERIFY(m_hub.publisher.calls.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAcmeDnsController)
#include "TestAcmeDnsController.moc"
