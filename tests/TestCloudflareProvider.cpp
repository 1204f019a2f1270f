#include "Lab.h"
#include "LabVerify.h"
#include "support/CloudflareStandIn.h"
#include "support/ProviderRun.h"

#include "core/providers/DnsProviderFactory.h"

#include <QJsonObject>
#include <QTest>

using namespace std::chrono_literals;

// The Cloudflare provider against a local stand-in for Cloudflare's published API v4, whose
// records are served by the lab's BIND, so confirmation at the authoritative server is real.
class TestCloudflareProvider final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    std::unique_ptr<CloudflareStandIn> m_cloudflare;
    DnsClient m_client;
    DnsServer m_bind;

    std::unique_ptr<DnsProvider> provider(const QByteArray &token, const QJsonObject &extra = {})
    {
        QJsonObject settings{{QStringLiteral("apiUrl"), m_cloudflare->apiUrl()}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            settings.insert(it.key(), it.value());
        }
        DnsProvider::Context context;
        context.client = &m_client;
        context.settings.resolvers = {m_bind};
        context.settings.authoritativePort = m_lab.bindPort();
        context.settings.confirmTimeout = 20s;
        Result<DnsProvider *> created =
            DnsProviderFactory::create(QStringLiteral("cloudflare"), settings, token, context);
        if (!created) {
            qWarning() << created.problem().message();
            return nullptr;
        }
        return std::unique_ptr<DnsProvider>(created.value());
    }

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        m_bind = DnsServer{QHostAddress::LocalHost, m_lab.bindPort()};
        m_cloudflare = std::make_unique<CloudflareStandIn>(m_lab);
        QVERIFY(m_cloudflare->listen());
    }

    void verifiesTheToken()
    {
        auto cloudflare = provider(m_cloudflare->token());
        QVERIFY(cloudflare);
        const Result<QString> tested = ProviderRun::test(*cloudflare);
        LAB_VERIFY_OK(tested);
        QVERIFY(m_cloudflare->paths.last().endsWith(QStringLiteral("/client/v4/user/tokens/verify")));
    }

    void findsTheZoneByNameAndKeepsTwoValues()
    {
        auto cloudflare = provider(m_cloudflare->token());
        QVERIFY(cloudflare);
        const QString owner = QStringLiteral("_acme-challenge.api.") + m_lab.customerZone();
        const QString base = ProviderRun::challengeValue();
        const QString wildcard = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::present(*cloudflare, owner, base));
        LAB_VERIFY_OK(ProviderRun::present(*cloudflare, owner, wildcard));
        QStringList both{base, wildcard};
        both.sort();
        QCOMPARE(ProviderRun::txtAt(m_bind, owner), both);
        QCOMPARE(m_cloudflare->records().size(), 2);
        // The zone was found by walking up the name: api.example.test had no zone, example.test had.
        QVERIFY(m_cloudflare->paths.contains(QStringLiteral("GET /client/v4/zones?name=api.example.test")));
        QCOMPARE(m_cloudflare->records().first().zoneId, m_cloudflare->zoneIdOf(m_lab.customerZone()));

        // Presenting again is idempotent: no duplicate record is created.
        LAB_VERIFY_OK(ProviderRun::present(*cloudflare, owner, base));
        QCOMPARE(m_cloudflare->records().size(), 2);

        LAB_VERIFY_OK(ProviderRun::cleanup(*cloudflare, owner, base));
        QCOMPARE(ProviderRun::txtAt(m_bind, owner), QStringList{wildcard});
        LAB_VERIFY_OK(ProviderRun::cleanup(*cloudflare, owner, wildcard));
        LAB_VERIFY_OK(ProviderRun::cleanup(*cloudflare, owner, wildcard));
        QCOMPARE(ProviderRun::txtAt(m_bind, owner), QStringList());
        QVERIFY(m_cloudflare->records().isEmpty());
    }

    void usesAConfiguredZoneIdWithoutLookingItUp()
    {
        const QString zoneId = m_cloudflare->zoneIdOf(m_lab.delegationZone());
        auto cloudflare = provider(m_cloudflare->token(), {{QStringLiteral("zoneId"), zoneId}});
        QVERIFY(cloudflare);
        const Result<QString> tested = ProviderRun::test(*cloudflare);
        LAB_VERIFY_OK(tested);
        QVERIFY2(tested->contains(m_lab.delegationZone()), qPrintable(tested.value()));
        const qsizetype before = m_cloudflare->paths.size();
        const QString owner = QStringLiteral("label.") + m_lab.delegationZone();
        const QString value = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::present(*cloudflare, owner, value));
        for (qsizetype i = before; i < m_cloudflare->paths.size(); ++i) {
            QVERIFY(!m_cloudflare->paths.at(i).contains(QStringLiteral("zones?name=")));
        }
        LAB_VERIFY_OK(ProviderRun::cleanup(*cloudflare, owner, value));
    }

    void rejectedTokenIsAClearProblemAndChangesNothing()
    {
        auto wrong = provider("an-old-revoked-token");
        QVERIFY(wrong);
        const Result<QString> tested = ProviderRun::test(*wrong);
        QVERIFY(!tested.ok());
        QCOMPARE(tested.problem().code, QStringLiteral("provider.credential-rejected"));
        QVERIFY2(tested.problem().detail.contains(QStringLiteral("Invalid API Token (1000)")),
                 qPrintable(tested.problem().detail));
        QVERIFY(!tested.problem().message().contains(QStringLiteral("an-old-revoked-token")));

        const QString owner = QStringLiteral("_acme-challenge.www.") + m_lab.customerZone();
        const Result<void> presented = ProviderRun::present(*wrong, owner, ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.credential-rejected"));
        QVERIFY(m_cloudflare->records().isEmpty());
        QCOMPARE(ProviderRun::txtAt(m_bind, owner), QStringList());
    }

    void nameInNoZoneOfTheAccountIsNamed()
    {
        auto cloudflare = provider(m_cloudflare->token());
        QVERIFY(cloudflare);
        const Result<void> presented = ProviderRun::present(
            *cloudflare, QStringLiteral("_acme-challenge.other.example"), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.zone-not-found"));
    }

    void apiErrorsCarryCloudflaresMessage()
    {
        auto cloudflare = provider(m_cloudflare->token(), {{QStringLiteral("zoneId"), QStringLiteral("ffff")}});
        QVERIFY(cloudflare);
        const Result<void> presented = ProviderRun::present(
            *cloudflare, QStringLiteral("_acme-challenge.www.") + m_lab.customerZone(), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.http-error"));
        QVERIFY2(presented.problem().detail.contains(QStringLiteral("(7003)")), qPrintable(presented.problem().detail));
    }
};

QTEST_GUILESS_MAIN(TestCloudflareProvider)
#include "TestCloudflareProvider.moc"
