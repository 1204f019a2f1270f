#include "tests/support/OpenSslCli.h"

#include "core/acme/PreferredChain.h"
#include "core/crypto/CsrBuilder.h"

#include <QTemporaryDir>
#include <QTest>

class TestPreferredChain final : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_chains;

private Q_SLOTS:

    void initTestCase()
    {
        const PrivateKey key = PrivateKey::generate().value();
        const QByteArray csr = CsrBuilder().setKey(key).setNames({QStringLiteral("a.test")}).buildDer().value();
        for (const QString &root : {QStringLiteral("Root X1"), QStringLiteral("Root X2")}) {
            QTemporaryDir dir;
            QByteArray error;
            m_chains << issueTestChain(dir.path(), csr, &error, 30, root);
            QVERIFY2(!m_chains.last().isEmpty(), error.constData());
        }
    }

    void defaultsToTheFirstChain()
    {
        QCOMPARE(PreferredChain::choose(m_chains, {}), 0);
        QCOMPARE(PreferredChain::choose(m_chains, QStringLiteral("Unknown Root")), 0);
    }

    void picksTheChainWhoseTopIssuerMatches()
    {
        QCOMPARE(PreferredChain::choose(m_chains, QStringLiteral("Root X2")), 1);
        QCOMPARE(PreferredChain::choose(m_chains, QStringLiteral("root x1")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreferredChain)
#include "TestPreferredChain.moc"
