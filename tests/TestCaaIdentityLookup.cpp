#include "Lab.h"
#include "LabVerify.h"
#include "support/MiniHttpServer.h"

#include "core/acme/CaaIdentityLookup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// The CA's CAA identities from its directory (meta.caaIdentities): a directory that names some
// (a local stand-in), Pebble's real one over verified TLS (it names none), an unreachable one.
class TestCaaIdentityLookup final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = true, .bind = false}};

    static Result<QStringList> lookUp(const CaAccount &account)
    {
        CaaIdentityLookup lookup(account);
        QSignalSpy spy(&lookup, &CaaIdentityLookup::finished);
        lookup.start();
        if (spy.count() != 0 || !spy.wait(20000) || spy.count() != 1) {
            return Problem::make(
                Problem::Category::Internal, QStringLiteral("test.contract"), QStringLiteral("bad job"));
        }
        return lookup.result();
    }

private Q_SLOTS:

    void initTestCase() { LAB_VERIFY_OK(m_lab.start()); }

    void readsTheIdentitiesTheDirectoryNames()
    {
        MiniHttpServer directory([](const MiniHttpServer::Request &) {
            const QJsonObject meta{{QStringLiteral("caaIdentities"),
                                    QJsonArray{QStringLiteral("LetsEncrypt.org"), QStringLiteral("ca.example")}}};
            return MiniHttpServer::Response::json(
                200,
                QJsonDocument(QJsonObject{{QStringLiteral("newNonce"), QStringLiteral("http://127.0.0.1/nonce")},
                                          {QStringLiteral("newAccount"), QStringLiteral("http://127.0.0.1/account")},
                                          {QStringLiteral("newOrder"), QStringLiteral("http://127.0.0.1/order")},
                                          {QStringLiteral("revokeCert"), QStringLiteral("http://127.0.0.1/revoke")},
                                          {QStringLiteral("keyChange"), QStringLiteral("http://127.0.0.1/key")},
                                          {QStringLiteral("meta"), meta}}));
        });
        QVERIFY(directory.listen());
        CaAccount account;
        account.directoryUrl = QUrl(directory.baseUrl() + QStringLiteral("/directory"));
        const Result<QStringList> identities = lookUp(account);
        LAB_VERIFY_OK(identities);
        QCOMPARE(identities.value(), (QStringList{QStringLiteral("letsencrypt.org"), QStringLiteral("ca.example")}));
    }

    void pebbleNamesNoneOverVerifiedTls()
    {
        CaAccount account;
        account.directoryUrl = m_lab.directoryUrl();
        account.caBundlePath = m_lab.caBundlePath();
        const Result<QStringList> identities = lookUp(account);
        LAB_VERIFY_OK(identities);
        QVERIFY(identities->isEmpty());
        // Without the lab CA the certificate is not trusted, and nothing is ignored.
        account.caBundlePath.clear();
        QCOMPARE(lookUp(account).problem().code, QStringLiteral("acme.directory-unreachable"));
    }

    void configuredIdentitiesWinWithoutALookup()
    {
        QStringList got{QStringLiteral("unset")};
        bool called = false;
        CaaIdentityLookup::identitiesFor(nullptr, {QStringLiteral("ca.example")}, this, [&](QStringList identities) {
            got = identities;
            called = true;
        });
        QVERIFY(!called); // never synchronously
        QTRY_VERIFY(called);
        QCOMPARE(got, QStringList{QStringLiteral("ca.example")});
    }
};

QTEST_GUILESS_MAIN(TestCaaIdentityLookup)
#include "TestCaaIdentityLookup.moc"
