#include "core/acme/AcmeClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// The job contract and the failures that need no CA: nothing listening, a peer that never
// answers, plain http. Everything a real CA does is covered by TestAcmeClientPebble.
class TestAcmeClient final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort(); // closed again when `server` goes
    }

    static QUrl directoryAt(quint16 port) { return QUrl(QStringLiteral("https://127.0.0.1:%1/dir").arg(port)); }

private Q_SLOTS:

    void startNeverSignalsSynchronouslyAndFinishesOnce()
    {
        AcmeClient client(&m_network, directoryAt(closedPort()));
        AcmeJob *job = client.fetchDirectory();
        QSignalSpy spy(job, &AcmeJob::finished);
        QPointer<AcmeJob> guard(job);
        job->start();
        job->start(); // a second start is ignored
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(10000));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(guard.isNull()); // deletes itself after finishing
    }

    void unreachableDirectoryIsANetworkProblem()
    {
        const quint16 port = closedPort();
        AcmeClient client(&m_network, directoryAt(port));
        AcmeJob *job = client.fetchDirectory();
        QSignalSpy spy(job, &AcmeJob::finished);
        job->start();
        QVERIFY(spy.wait(10000));
        QVERIFY(job->failed());
        const Problem problem = job->problem();
        QCOMPARE(problem.code, QStringLiteral("acme.unreachable"));
        QCOMPARE(problem.category, Problem::Category::Network);
        QVERIFY(problem.detail.contains(QString::number(port)));
        QVERIFY(!problem.hint.isEmpty());
    }

    void silentServerTimesOutCleanly()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                held << socket; // accept, then say nothing: not even a TLS handshake
            }
        });
        AcmeClient client(&m_network, directoryAt(silent.serverPort()));
        client.setRequestTimeout(std::chrono::milliseconds(300));
        AcmeJob *job = client.fetchDirectory();
        QSignalSpy spy(job, &AcmeJob::finished);
        job->start();
        QVERIFY(spy.wait(10000));
        QCOMPARE(job->problem().code, QStringLiteral("acme.timeout"));
        QCOMPARE(job->problem().category, Problem::Category::Timeout);
    }

    void refusesPlainHttp()
    {
        AcmeClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:1/dir")));
        AcmeJob *job = client.fetchDirectory();
        QSignalSpy spy(job, &AcmeJob::finished);
        job->start();
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(job->problem().code, QStringLiteral("acme.not-https"));
    }

    void rejectsACaBundleWithoutCertificates()
    {
        AcmeClient client(&m_network, directoryAt(1));
        const auto result = client.setCaBundle("not a certificate");
        QVERIFY(!result.ok());
        QCOMPARE(result.problem().code, QStringLiteral("acme.ca-bundle-invalid"));
    }

    void finishesEvenWhenTheNetworkManagerIsGone()
    {
        auto network = std::make_unique<QNetworkAccessManager>();
        AcmeClient client(network.get(), directoryAt(closedPort()));
        network.reset();
        AcmeJob *job = client.fetchDirectory();
        QSignalSpy spy(job, &AcmeJob::finished);
        job->start();
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job->problem().code, QStringLiteral("acme.no-network"));
    }

    void destroyingAnUnfinishedJobCancelsIt()
    {
        AcmeClient client(&m_network, directoryAt(closedPort()));
        AcmeJob *job = client.fetchDirectory();
        job->start();
        delete job;
        QTest::qWait(200); // nothing may touch the deleted job
    }
};

QTEST_GUILESS_MAIN(TestAcmeClient)
#include "TestAcmeClient.moc"
