#include "Lab.h"

#include "core/dns/DnsClient.h"
#include "core/dns/DnsMessage.h"
#include "core/dns/DnsQuery.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

// DnsClient against the lab's real BIND: authoritative for example.test and
// acme-delegation.test, recursive for 127.0.0.1 only.
class TestDnsClient final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    DnsServer m_server;

    DnsName name(const QString &relative) const
    {
        return DnsName::parse(relative + QLatin1Char('.') + m_lab.customerZone()).value();
    }

    // Runs one query to completion and returns it; the test owns it through `parent`.
    DnsQuery *run(DnsClient &client, const DnsServer &server, const DnsName &queried, DnsRecordType type)
    {
        DnsQuery *query = client.query(server, queried, type, this);
        QSignalSpy spy(query, &DnsQuery::finished);
        query->start();
        if (!spy.wait(10000)) {
            qWarning() << "query did not finish:" << queried.ace();
        }
        return query;
    }

    static QString describe(const DnsQuery *query)
    {
        return query->failed() ? query->problem().code + QLatin1Char(' ') + query->problem().technical : QString();
    }

    // For a socket playing the server: the test answers when it is ready, which on a loaded
    // machine can be later than the default 1.5 s, and a resend would be a second datagram.
    static DnsClient::Options patient()
    {
        DnsClient::Options options;
        options.timeout = std::chrono::seconds(60);
        return options;
    }

private Q_SLOTS:

    void initTestCase()
    {
        const Result<void> started = m_lab.start();
        if (!started) {
            QFAIL(qPrintable(started.problem().message()));
        }
        m_server = DnsServer{QHostAddress::LocalHost, m_lab.bindPort()};

        QVERIFY(m_lab
                    .bindAddRecord(QStringLiteral("txt.example.test"),
                                   QStringLiteral("TXT"),
                                   QStringLiteral("\"first part \" \"second part\""))
                    .ok());
        QVERIFY(m_lab
                    .bindAddRecord(QStringLiteral("example.test"),
                                   QStringLiteral("CAA"),
                                   QStringLiteral("0 issue \"letsencrypt.org\""))
                    .ok());
        QVERIFY(m_lab
                    .bindAddRecord(QStringLiteral("alias.example.test"),
                                   QStringLiteral("CNAME"),
                                   QStringLiteral("www.example.test."))
                    .ok());
        QVERIFY(m_lab
                    .bindAddRecord(QStringLiteral("delegated.acme-delegation.test"),
                                   QStringLiteral("TXT"),
                                   QStringLiteral("challenge-token"))
                    .ok());
        // 40 values of 200 characters: about 8 KB, far above the 1232-byte EDNS buffer.
        QStringList commands;
        for (int i = 0; i < 40; ++i) {
            commands << QStringLiteral("update add big.example.test. 60 TXT \"%1-%2\"")
                            .arg(i, 3, 10, QLatin1Char('0'))
                            .arg(QString(196, QLatin1Char('x')));
        }
        commands << QStringLiteral("update add lame.example.test. 60 NS ns.lame.example.test.")
                 << QStringLiteral("update add ns.lame.example.test. 60 A 127.0.0.9");
        QVERIFY(m_lab.bindUpdate(m_lab.customerZone(), commands).ok());
    }

    void answersARecord()
    {
        DnsClient client;
        DnsQuery *query = run(client, m_server, name(QStringLiteral("www")), DnsRecordType::A);
        QVERIFY2(!query->failed(), qPrintable(describe(query)));
        QCOMPARE(query->answer().rcode(), DnsRcode::NoError);
        const QList<DnsRecord> records = query->answer().records(DnsRecordType::A);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.constFirst().name, QStringLiteral("www.example.test"));
        QCOMPARE(records.constFirst().data, QStringLiteral("127.0.0.1"));
        QVERIFY(records.constFirst().ttl > 0);
        QVERIFY(!query->answer().overTcp);
    }

    void answersTxtWithSeveralStrings()
    {
        DnsClient client;
        DnsQuery *query = run(client, m_server, name(QStringLiteral("txt")), DnsRecordType::TXT);
        QVERIFY2(!query->failed(), qPrintable(describe(query)));
        const QList<DnsRecord> records = query->answer().records(DnsRecordType::TXT);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.constFirst().fields,
                 (QStringList{QStringLiteral("first part "), QStringLiteral("second part")}));
        QCOMPARE(records.constFirst().data, QStringLiteral("first part second part"));
    }

    void answersCname()
    {
        DnsClient client;
        DnsQuery *query = run(client, m_server, name(QStringLiteral("alias")), DnsRecordType::CNAME);
        QVERIFY2(!query->failed(), qPrintable(describe(query)));
        const QList<DnsRecord> records = query->answer().records(DnsRecordType::CNAME);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.constFirst().data, QStringLiteral("www.example.test"));
    }

    void followsDelegationCnameThroughResolver()
    {
        DnsClient client;
        const DnsName challenge = DnsName::parse(QStringLiteral("_acme-challenge.delegated.example.test")).value();
        DnsQuery *query = run(client, m_server, challenge, DnsRecordType::TXT);
        QVERIFY2(!query->failed(), qPrintable(describe(query)));
        QCOMPARE(query->answer().records(DnsRecordType::CNAME).constFirst().data,
                 QStringLiteral("delegated.acme-delegation.test"));
        const QList<DnsRecord> txt = query->answer().records(DnsRecordType::TXT);
        QCOMPARE(txt.size(), 1);
        QCOMPARE(txt.constFirst().name, QStringLiteral("delegated.acme-delegation.test"));
        QCOMPARE(txt.constFirst().data, QStringLiteral("challenge-token"));
    }

    void answersCaa()
    {
        DnsClient client;
        DnsQuery *query = run(client, m_server, DnsName::parse(m_lab.customerZone()).value(), DnsRecordType::CAA);
        QVERIFY2(!query->failed(), qPrintable(describe(query)));
        const QList<DnsRecord> records = query->answer().records(DnsRecordType::CAA);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.constFirst().fields,
                 (QStringList{QStringLiteral("0"), QStringLiteral("issue"), QStringLiteral("letsencrypt.org")}));
    }

    void reportsNxdomainAsProblem()
    {
        DnsClient client;
        DnsQuery *query = run(client, m_server, name(QStringLiteral("no-such-name")), DnsRecordType::TXT);
        QVERIFY(query->failed());
        QCOMPARE(query->problem().code, QStringLiteral("dns.nxdomain"));
        QCOMPARE(query->problem().category, Problem::Category::NotFound);
        QVERIFY(query->problem().detail.contains(QStringLiteral("no-such-name.example.test")));
    }

    void reportsNoDataAsEmptyAnswer()
    {
        // www exists (A) but has no TXT: NOERROR with no records, distinct from NXDOMAIN.
        DnsClient client;
        DnsQuery *query = run(client, m_server, name(QStringLiteral("www")), DnsRecordType::TXT);
        QVERIFY2(!query->failed(), qPrintable(describe(query)));
        QCOMPARE(query->answer().rcode(), DnsRcode::NoError);
        QVERIFY(query->answer().records().isEmpty());
        QCOMPARE(query->answer().message.authority().constFirst().type, DnsRecordType::SOA);
    }

    void timesOutAgainstSilentServer()
    {
        QUdpSocket silent; // bound, so the port is ours, but it never answers
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        DnsClient client;
        DnsClient::Options options;
        options.timeout = std::chrono::milliseconds(150);
        options.attempts = 2;
        client.setDefaultOptions(options);
        QElapsedTimer elapsed;
        elapsed.start();
        DnsQuery *query = run(client,
                              DnsServer{QHostAddress::LocalHost, silent.localPort()},
                              name(QStringLiteral("www")),
                              DnsRecordType::A);
        QVERIFY(query->failed());
        QCOMPARE(query->problem().code, QStringLiteral("dns.timeout"));
        QCOMPARE(query->problem().category, Problem::Category::Timeout);
        QVERIFY(query->problem().detail.contains(QString::number(silent.localPort())));
        QVERIFY(elapsed.elapsed() >= 300);
        // Both attempts reached the server: retries really are sent.
        QTRY_COMPARE(int(silent.hasPendingDatagrams()), 1);
        silent.receiveDatagram();
        QVERIFY(silent.hasPendingDatagrams());
    }

    void timesOutAgainstSilentIpv6Server()
    {
        QUdpSocket silent;
        if (!silent.bind(QHostAddress::LocalHostIPv6, 0)) {
            QSKIP("no IPv6 loopback on this machine");
        }
        DnsClient client;
        DnsClient::Options options;
        options.timeout = std::chrono::milliseconds(100);
        options.attempts = 1;
        client.setDefaultOptions(options);
        DnsQuery *query = run(client,
                              DnsServer{QHostAddress::LocalHostIPv6, silent.localPort()},
                              name(QStringLiteral("www")),
                              DnsRecordType::A);
        QCOMPARE(query->problem().code, QStringLiteral("dns.timeout"));
        QVERIFY(query->problem().detail.contains(QStringLiteral("[::1]:")));
        QVERIFY(silent.hasPendingDatagrams()); // the query went out over IPv6
    }

    void reportsRefusedToClientNotAllowed()
    {
        // The lab allows queries from 127.0.0.1 only; 127.0.0.2 is loopback but not allowed.
        DnsClient client;
        client.setLocalAddress(QHostAddress(QStringLiteral("127.0.0.2")));
        DnsQuery *query = run(client, m_server, name(QStringLiteral("www")), DnsRecordType::A);
        QVERIFY(query->failed());
        QCOMPARE(query->problem().code, QStringLiteral("dns.refused"));
        QVERIFY(query->problem().detail.contains(m_server.toString()));
    }

    void fallsBackToTcpForTruncatedAnswer()
    {
        DnsClient client;
        DnsQuery *query = run(client, m_server, name(QStringLiteral("big")), DnsRecordType::TXT);
        QVERIFY2(!query->failed(), qPrintable(describe(query)));
        QVERIFY(query->answer().overTcp);
        const QList<DnsRecord> records = query->answer().records(DnsRecordType::TXT);
        QCOMPARE(records.size(), 40);
        for (const DnsRecord &record : records) {
            QCOMPARE(record.data.size(), 200);
        }
    }

    void dropsRepliesWithWrongIdSourceOrQuestion()
    {
        // A socket plays the server so the test controls exactly what comes back.
        QUdpSocket server;
        QVERIFY(server.bind(QHostAddress::LocalHost, 0));
        DnsClient client;
        client.setDefaultOptions(patient());
        DnsQuery *query = client.query(DnsServer{QHostAddress::LocalHost, server.localPort()},
                                       name(QStringLiteral("www")),
                                       DnsRecordType::A,
                                       this);
        QSignalSpy spy(query, &DnsQuery::finished);
        query->start();
        QTRY_VERIFY(server.hasPendingDatagrams());
        const QNetworkDatagram received = server.receiveDatagram();
        QByteArray reply = received.data();
        reply[2] = char(quint8(reply.at(2)) | 0x80); // QR: this is a response

        QByteArray wrongId = reply;
        wrongId[1] = char(quint8(wrongId.at(1)) ^ 0x01);
        server.writeDatagram(wrongId, received.senderAddress(), quint16(received.senderPort()));

        QUdpSocket stranger; // right ID, wrong source port
        QVERIFY(stranger.bind(QHostAddress::LocalHost, 0));
        stranger.writeDatagram(reply, received.senderAddress(), quint16(received.senderPort()));

        const Result<QByteArray> otherQuestion = DnsMessage::buildQuery(
            quint16(DnsMessage::peekId(reply)), QStringLiteral("evil.example.test"), DnsRecordType::A);
        QVERIFY(otherQuestion.ok());
        QByteArray wrongQuestion = otherQuestion.value();
        wrongQuestion[2] = char(quint8(wrongQuestion.at(2)) | 0x80);
        server.writeDatagram(wrongQuestion, received.senderAddress(), quint16(received.senderPort()));

        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);

        server.writeDatagram(reply, received.senderAddress(), quint16(received.senderPort()));
        QVERIFY(spy.wait(30000));
        QVERIFY(!query->failed());
        QVERIFY(query->answer().records().isEmpty());
    }

    void reportsServfailDistinctly()
    {
        // lame.example.test is delegated to 127.0.0.9, where nothing listens: the resolver
        // cannot reach the zone and says SERVFAIL.
        DnsClient client;
        DnsQuery *query = run(client, m_server, name(QStringLiteral("x.lame")), DnsRecordType::A);
        QVERIFY(query->failed());
        QCOMPARE(query->problem().code, QStringLiteral("dns.servfail"));
        QCOMPARE(query->problem().category, Problem::Category::Dns);
        QVERIFY(query->problem().detail.contains(QStringLiteral("x.lame.example.test")));
    }

    void retriesWithoutEdnsAfterFormerr()
    {
        // BIND speaks EDNS, so a socket plays a pre-EDNS server (RFC 6891 §7): FORMERR without
        // an OPT record to the first query, an answer to the plain retry.
        QUdpSocket server;
        QVERIFY(server.bind(QHostAddress::LocalHost, 0));
        DnsClient client;
        client.setDefaultOptions(patient());
        DnsQuery *query = client.query(DnsServer{QHostAddress::LocalHost, server.localPort()},
                                       name(QStringLiteral("www")),
                                       DnsRecordType::A,
                                       this);
        QSignalSpy spy(query, &DnsQuery::finished);
        query->start();

        QTRY_VERIFY(server.hasPendingDatagrams());
        const QNetworkDatagram first = server.receiveDatagram();
        QCOMPARE(quint8(first.data().at(11)), quint8(1)); // ARCOUNT: OPT
        QByteArray formerr = first.data().left(12);
        formerr[2] = char(quint8(formerr.at(2)) | 0x80);
        formerr[3] = char((quint8(formerr.at(3)) & 0xf0) | 1); // RCODE 1, FORMERR
        formerr[5] = 0;                                        // no question echoed
        formerr[11] = 0;                                       // no OPT
        server.writeDatagram(formerr, first.senderAddress(), quint16(first.senderPort()));

        QTRY_VERIFY(server.hasPendingDatagrams());
        const QNetworkDatagram second = server.receiveDatagram();
        QCOMPARE(quint8(second.data().at(11)), quint8(0)); // no OPT this time
        QByteArray reply = second.data();
        reply[2] = char(quint8(reply.at(2)) | 0x80);
        server.writeDatagram(reply, second.senderAddress(), quint16(second.senderPort()));

        QVERIFY(spy.wait(30000));
        QVERIFY2(!query->failed(), qPrintable(describe(query)));
        QVERIFY(!query->answer().message.hasEdns());
    }

    void silentServerDoesNotHoldUpOthers()
    {
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        DnsClient client;
        client.setMaxInFlightPerServer(10);
        DnsClient::Options slow;
        slow.timeout = std::chrono::seconds(60); // longer than the answered lookup can take
        slow.attempts = 1;
        int silentDone = 0;
        for (int i = 0; i < 50; ++i) {
            client.lookup(DnsServer{QHostAddress::LocalHost, silent.localPort()},
                          QStringLiteral("www.example.test"),
                          DnsRecordType::A,
                          slow,
                          this,
                          [&](const auto &) {
                              ++silentDone;
                          });
        }
        DnsQuery *query = run(client, m_server, name(QStringLiteral("www")), DnsRecordType::A);
        QVERIFY2(!query->failed(), qPrintable(describe(query)));
        QCOMPARE(silentDone, 0);
    }

    void startNeverSignalsSynchronouslyAndFinishesOnce()
    {
        DnsClient client;
        DnsQuery *query = client.query(m_server, name(QStringLiteral("www")), DnsRecordType::A, this);
        QSignalSpy spy(query, &DnsQuery::finished);
        query->start();
        query->start(); // a second start is ignored
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
        QTest::qWait(100);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<DnsQuery *>(), query);
    }

    void reportsInvalidServerAsynchronously()
    {
        DnsClient client;
        DnsQuery *query = client.query(DnsServer{}, name(QStringLiteral("www")), DnsRecordType::A, this);
        QSignalSpy spy(query, &DnsQuery::finished);
        query->start();
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(30000));
        QCOMPARE(query->problem().code, QStringLiteral("dns.no-server"));
    }

    void callbackNeverRunsInsideLookup()
    {
        DnsClient client;
        bool returned = false;
        bool calledBeforeReturn = false;
        int calls = 0;
        client.lookup(DnsServer{}, QStringLiteral("www.example.test"), DnsRecordType::A, this, [&](const auto &) {
            calledBeforeReturn = !returned;
            ++calls;
        });
        returned = true;
        QTRY_COMPARE(calls, 1);
        QVERIFY(!calledBeforeReturn);
    }

    void cancelledLookupNeverCallsBack()
    {
        DnsClient client;
        int calls = 0;
        const DnsClient::Handle handle =
            client.lookup(m_server, QStringLiteral("www.example.test"), DnsRecordType::A, this, [&](const auto &) {
                ++calls;
            });
        client.cancel(handle);
        QCOMPARE(client.pendingCount(), 0);
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }

    void deletingQueryCancelsLookup()
    {
        DnsClient client;
        DnsQuery *query = client.query(m_server, name(QStringLiteral("www")), DnsRecordType::A);
        query->start();
        QCOMPARE(client.pendingCount(), 1);
        delete query;
        QCOMPARE(client.pendingCount(), 0);
    }

    void resolvesManyLookupsConcurrently()
    {
        DnsClient client;
        client.setMaxInFlight(200); // forces queueing as well as concurrency
        client.setMaxInFlightPerServer(50);
        const QStringList hosts = m_lab.hostNames();
        const int total = 1000;
        int ok = 0;
        int done = 0;
        for (int i = 0; i < total; ++i) {
            const QString host = hosts.at(i % hosts.size());
            client.lookup(m_server, host, DnsRecordType::A, this, [&, host](const Result<DnsAnswer> &result) {
                ++done;
                if (result && result->records(DnsRecordType::A).size() == 1
                    && result->message.questionName() == host.toLower()) {
                    ++ok;
                }
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, total, 20000);
        QCOMPARE(ok, total);
        QCOMPARE(client.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDnsClient)
#include "TestDnsClient.moc"
