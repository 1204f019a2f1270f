#include "Lab.h"

#include "core/dns/DnsClient.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsUpdate.h"
#include "core/dns/TsigSignature.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// RFC 2136 updates signed with TSIG against the lab's BIND, which allows the lab key to update
// both of its zones.
class TestDnsUpdate final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    DnsServer m_server;
    TsigKey m_key;
    DnsName m_zone;

    static DnsName name(const QString &text) { return DnsName::parse(text).value(); }

    DnsUpdate *newUpdate(const TsigKey &key) { return new DnsUpdate(m_server, m_zone, key, this); }

    static void runToEnd(DnsUpdate *update)
    {
        QSignalSpy spy(update, &DnsUpdate::finished);
        update->start();
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
    }

    // The TXT values at `owner`, asked of the authoritative server without recursion.
    QStringList txtValues(const DnsName &owner)
    {
        DnsClient client;
        DnsClient::Options options;
        options.recursionDesired = false;
        client.setDefaultOptions(options);
        DnsQuery *query = client.query(m_server, owner, DnsRecordType::TXT, this);
        QSignalSpy spy(query, &DnsQuery::finished);
        query->start();
        if (!spy.wait(5000)) {
            return {QStringLiteral("<no answer>")};
        }
        if (query->failed()) {
            // The name disappears with its last record.
            return query->problem().code == QLatin1String("dns.nxdomain") ? QStringList()
                                                                          : QStringList{query->problem().code};
        }
        QStringList values;
        for (const DnsRecord &record : query->answer().records(DnsRecordType::TXT)) {
            values << record.data;
        }
        values.sort();
        return values;
    }

    static QString describe(const DnsUpdate *update)
    {
        return update->failed() ? update->problem().code + QLatin1Char(' ') + update->problem().technical : QString();
    }

private Q_SLOTS:

    void initTestCase()
    {
        const Result<void> started = m_lab.start();
        if (!started) {
            QFAIL(qPrintable(started.problem().message()));
        }
        m_server = DnsServer{QHostAddress::LocalHost, m_lab.bindPort()};
        m_zone = name(m_lab.delegationZone());
        const Result<TsigKey::Algorithm> algorithm = TsigKey::algorithmFromName(m_lab.tsigAlgorithm());
        QVERIFY(algorithm.ok());
        const Result<TsigKey> key = TsigKey::create(m_lab.tsigKeyName(), algorithm.value(), m_lab.tsigSecret());
        QVERIFY(key.ok());
        m_key = key.value();
    }

    void addsTxtWhenSignedWithTheRightKey()
    {
        const DnsName owner = name(QStringLiteral("accepted.acme-delegation.test"));
        DnsUpdate *update = newUpdate(m_key);
        update->addTxt(owner, QStringLiteral("token-accepted"), 60);
        runToEnd(update);
        QVERIFY2(!update->failed(), qPrintable(describe(update)));
        QCOMPARE(txtValues(owner), QStringList{QStringLiteral("token-accepted")});
    }

    void rejectsUpdateSignedWithWrongSecret()
    {
        const Result<TsigKey> wrong = TsigKey::create(
            m_lab.tsigKeyName(), m_key.algorithm(), QByteArrayLiteral("d3Jvbmctc2VjcmV0LXdyb25nLXNlY3JldC13cm9uZyE="));
        QVERIFY(wrong.ok());
        const DnsName owner = name(QStringLiteral("wrong-secret.acme-delegation.test"));
        DnsUpdate *update = newUpdate(wrong.value());
        update->addTxt(owner, QStringLiteral("never-published"), 60);
        runToEnd(update);
        QVERIFY(update->failed());
        QCOMPARE(update->problem().code, QStringLiteral("dns.update.notauth"));
        QCOMPARE(update->problem().category, Problem::Category::Permission);
        QVERIFY(update->problem().detail.contains(m_lab.tsigKeyName()));
        QVERIFY(update->problem().detail.contains(m_lab.delegationZone()));
        QVERIFY(update->problem().detail.contains(QStringLiteral("BADSIG")));
        QVERIFY(!update->problem().hint.isEmpty());
        QVERIFY(txtValues(owner).isEmpty());
    }

    void rejectsUpdateSignedWithUnknownKey()
    {
        const Result<TsigKey> unknown =
            TsigKey::create(QStringLiteral("no-such-key"), m_key.algorithm(), m_lab.tsigSecret());
        QVERIFY(unknown.ok());
        DnsUpdate *update = newUpdate(unknown.value());
        update->addTxt(name(QStringLiteral("unknown-key.acme-delegation.test")), QStringLiteral("x"), 60);
        runToEnd(update);
        QCOMPARE(update->problem().code, QStringLiteral("dns.update.notauth"));
        QVERIFY(update->problem().detail.contains(QStringLiteral("no-such-key")));
        QVERIFY(update->problem().detail.contains(QStringLiteral("BADKEY")));
    }

    void rejectsUpdateSignedWithWrongAlgorithm()
    {
        // The right name and secret under another algorithm is a different key (RFC 8945 §5.2.1).
        const Result<TsigKey> other =
            TsigKey::create(m_lab.tsigKeyName(), TsigKey::Algorithm::HmacSha512, m_lab.tsigSecret());
        QVERIFY(other.ok());
        DnsUpdate *update = newUpdate(other.value());
        update->addTxt(name(QStringLiteral("wrong-algorithm.acme-delegation.test")), QStringLiteral("x"), 60);
        runToEnd(update);
        QCOMPARE(update->problem().code, QStringLiteral("dns.update.notauth"));
    }

    void keepsTwoTxtValuesAtOneNameAndRemovesThemOneByOne()
    {
        // A name and its wildcard validate through one challenge name with two values.
        const DnsName owner = name(QStringLiteral("two-values.acme-delegation.test"));
        DnsUpdate *first = newUpdate(m_key);
        first->addTxt(owner, QStringLiteral("value-for-name"), 60);
        runToEnd(first);
        QVERIFY2(!first->failed(), qPrintable(describe(first)));

        DnsUpdate *second = newUpdate(m_key);
        second->addTxt(owner, QStringLiteral("value-for-wildcard"), 60);
        runToEnd(second);
        QVERIFY2(!second->failed(), qPrintable(describe(second)));
        QCOMPARE(txtValues(owner),
                 (QStringList{QStringLiteral("value-for-name"), QStringLiteral("value-for-wildcard")}));

        DnsUpdate *removeFirst = newUpdate(m_key);
        removeFirst->deleteTxt(owner, QStringLiteral("value-for-name"));
        runToEnd(removeFirst);
        QVERIFY2(!removeFirst->failed(), qPrintable(describe(removeFirst)));
        QCOMPARE(txtValues(owner), QStringList{QStringLiteral("value-for-wildcard")});

        DnsUpdate *removeSecond = newUpdate(m_key);
        removeSecond->deleteTxt(owner, QStringLiteral("value-for-wildcard"));
        runToEnd(removeSecond);
        QVERIFY2(!removeSecond->failed(), qPrintable(describe(removeSecond)));
        QVERIFY(txtValues(owner).isEmpty());
    }

    void writesLongTxtValueAsSeveralStrings()
    {
        const DnsName owner = name(QStringLiteral("long.acme-delegation.test"));
        const QString value(300, QLatin1Char('v'));
        DnsUpdate *update = newUpdate(m_key);
        update->addTxt(owner, value, 60);
        runToEnd(update);
        QVERIFY2(!update->failed(), qPrintable(describe(update)));
        QCOMPARE(txtValues(owner), QStringList{value});
    }

    void addsAndDeletesCname()
    {
        const DnsName owner = name(QStringLiteral("alias.acme-delegation.test"));
        const DnsName target = name(QStringLiteral("www.example.test"));
        DnsUpdate *add = newUpdate(m_key);
        add->addCname(owner, target, 60);
        runToEnd(add);
        QVERIFY2(!add->failed(), qPrintable(describe(add)));

        DnsClient client;
        DnsQuery *query = client.query(m_server, owner, DnsRecordType::CNAME, this);
        QSignalSpy spy(query, &DnsQuery::finished);
        query->start();
        QVERIFY(spy.wait(5000));
        QCOMPARE(query->answer().records(DnsRecordType::CNAME).constFirst().data, target.ace());

        DnsUpdate *remove = newUpdate(m_key);
        remove->deleteRrset(owner, DnsRecordType::CNAME);
        runToEnd(remove);
        QVERIFY2(!remove->failed(), qPrintable(describe(remove)));
        DnsQuery *after = client.query(m_server, owner, DnsRecordType::CNAME, this);
        QSignalSpy afterSpy(after, &DnsQuery::finished);
        after->start();
        QVERIFY(afterSpy.wait(5000));
        QCOMPARE(after->problem().code, QStringLiteral("dns.nxdomain"));
    }

    void refusesNameOutsideZoneBeforeSending()
    {
        DnsUpdate *update = new DnsUpdate(DnsServer{QHostAddress::LocalHost, 1}, m_zone, m_key, this);
        update->addTxt(name(QStringLiteral("www.example.test")), QStringLiteral("x"), 60);
        runToEnd(update);
        QCOMPARE(update->problem().code, QStringLiteral("dns.update.outside-zone"));
    }

    void reportsServerNotAuthoritativeForZone()
    {
        const DnsName zone = name(QStringLiteral("not-served.test"));
        DnsUpdate *update = new DnsUpdate(m_server, zone, m_key, this);
        update->addTxt(name(QStringLiteral("x.not-served.test")), QStringLiteral("x"), 60);
        runToEnd(update);
        QVERIFY(update->failed());
        QCOMPARE(update->problem().code, QStringLiteral("dns.update.notauth"));
        QVERIFY(update->problem().detail.contains(QStringLiteral("not-served.test")));
        QVERIFY(update->problem().detail.contains(m_lab.tsigKeyName()));
    }

    void reportsRefusedNamingKeyAndZone()
    {
        // The lab answers 127.0.0.1 only; from 127.0.0.2 even a correctly signed update is
        // refused, as a server whose policy does not cover the client or key would.
        DnsUpdate *update = newUpdate(m_key);
        update->setLocalAddress(QHostAddress(QStringLiteral("127.0.0.2")));
        const DnsName owner = name(QStringLiteral("refused.acme-delegation.test"));
        update->addTxt(owner, QStringLiteral("x"), 60);
        runToEnd(update);
        QCOMPARE(update->problem().code, QStringLiteral("dns.update.refused"));
        QCOMPARE(update->problem().category, Problem::Category::Permission);
        QVERIFY(update->problem().detail.contains(m_lab.tsigKeyName()));
        QVERIFY(update->problem().detail.contains(m_lab.delegationZone()));
        QVERIFY(!update->problem().hint.isEmpty());
        QVERIFY(txtValues(owner).isEmpty());
    }

    void rejectsSuccessReplyNotSignedByServer()
    {
        // A forger (not BIND, which signs its replies) claims success by echoing the request
        // with QR set: the TSIG in it is ours, not a reply MAC, so it must not verify.
        QTcpServer forger;
        QVERIFY(forger.listen(QHostAddress::LocalHost, 0));
        connect(&forger, &QTcpServer::newConnection, this, [&forger] {
            QTcpSocket *connection = forger.nextPendingConnection();
            connect(connection, &QTcpSocket::readyRead, connection, [connection] {
                QByteArray frame = connection->readAll();
                frame[4] = char(quint8(frame.at(4)) | 0x80); // QR, RCODE stays NOERROR
                connection->write(frame);
            });
        });
        DnsUpdate *update = new DnsUpdate(DnsServer{QHostAddress::LocalHost, forger.serverPort()}, m_zone, m_key, this);
        update->addTxt(name(QStringLiteral("forged.acme-delegation.test")), QStringLiteral("x"), 60);
        runToEnd(update);
        QVERIFY(update->failed());
        QCOMPARE(update->problem().code, QStringLiteral("dns.update.unverified"));
    }

    void refusesAReplyWithTwoTsigRecords()
    {
        // RFC 8945 §5.1: one TSIG, last. The forger echoes the request with its TSIG record twice.
        const QByteArray keyName = TsigSignature::canonicalName(m_key.name().fqdn());
        QTcpServer forger;
        QVERIFY(forger.listen(QHostAddress::LocalHost, 0));
        connect(&forger, &QTcpServer::newConnection, this, [&forger, keyName] {
            QTcpSocket *connection = forger.nextPendingConnection();
            connect(connection, &QTcpSocket::readyRead, connection, [connection, keyName] {
                QByteArray message = connection->readAll().mid(2);
                message[2] = char(quint8(message.at(2)) | 0x80);
                message += message.mid(message.lastIndexOf(keyName));
                message[11] = char(quint8(message.at(11)) + 1);
                QByteArray frame;
                frame.append(char(message.size() >> 8));
                frame.append(char(message.size() & 0xff));
                connection->write(frame + message);
            });
        });
        DnsUpdate *update = new DnsUpdate(DnsServer{QHostAddress::LocalHost, forger.serverPort()}, m_zone, m_key, this);
        update->addTxt(name(QStringLiteral("twice.acme-delegation.test")), QStringLiteral("x"), 60);
        runToEnd(update);
        QVERIFY(update->failed());
        QCOMPARE(update->problem().code, QStringLiteral("dns.malformed"));
        QVERIFY2(update->problem().technical.contains(QLatin1String("TSIG")), qPrintable(describe(update)));
    }

    void timesOutWhenServerNeverReplies()
    {
        QTcpServer silent; // accepts the connection, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        DnsUpdate *update = new DnsUpdate(DnsServer{QHostAddress::LocalHost, silent.serverPort()}, m_zone, m_key, this);
        update->setTimeout(std::chrono::milliseconds(300));
        update->addTxt(name(QStringLiteral("slow.acme-delegation.test")), QStringLiteral("x"), 60);
        runToEnd(update);
        QCOMPARE(update->problem().code, QStringLiteral("dns.timeout"));
    }

    void reportsConnectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        DnsUpdate *update = new DnsUpdate(DnsServer{QHostAddress::LocalHost, port}, m_zone, m_key, this);
        update->addTxt(name(QStringLiteral("refused.acme-delegation.test")), QStringLiteral("x"), 60);
        runToEnd(update);
        QCOMPARE(update->problem().code, QStringLiteral("dns.network"));
    }
};

QTEST_GUILESS_MAIN(TestDnsUpdate)
#include "TestDnsUpdate.moc"
