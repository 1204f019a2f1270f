#include "core/solvers/Http01Responder.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

class TestHttp01Responder : public QObject
{
    Q_OBJECT

private:
    // A raw exchange, as the CA's validation agent would make it.
    QByteArray exchange(const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_responder.port());
        if (!socket.waitForConnected(5000)) {
            return "no connection";
        }
        socket.write(request);
        QByteArray response;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
            QCoreApplication::processEvents();
            socket.waitForReadyRead(50);
            response += socket.readAll();
        }
        return response + socket.readAll();
    }

    static QByteArray get(const QByteArray &path)
    {
        return "GET " + path + " HTTP/1.1\r\nHost: app.example.test\r\nUser-Agent: validation\r\n\r\n";
    }

    Http01Responder m_responder;
    const QString m_token = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA");
    const QString m_keyAuth = m_token + QStringLiteral(".9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI");

private Q_SLOTS:

    void initTestCase()
    {
        const Result<void> listening = m_responder.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.problem().message()));
        QVERIFY(m_responder.port() > 0);
    }

    void answersAPublishedToken()
    {
        QVERIFY(m_responder.publish(m_token, m_keyAuth).ok());
        QSignalSpy served(&m_responder, &Http01Responder::served);
        const QByteArray response = exchange(get("/.well-known/acme-challenge/" + m_token.toLatin1()));
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
        QVERIFY(response.contains("Content-Type: text/plain\r\n"));
        QVERIFY(response.endsWith(QByteArray("\r\n\r\n" + m_keyAuth.toLatin1())));
        QCOMPARE(served.count(), 1);
        QCOMPARE(served.at(0).at(0).toString(), m_token);
    }

    void answersHeadWithoutABody()
    {
        QVERIFY(m_responder.publish(m_token, m_keyAuth).ok());
        const QByteArray response =
            exchange("HEAD /.well-known/acme-challenge/" + m_token.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(response.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(response.endsWith("\r\n\r\n"));
    }

    void refusesEverythingElse_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("unknown token") << get("/.well-known/acme-challenge/unknown") << QByteArray("404");
        QTest::newRow("other path") << get("/index.html") << QByteArray("404");
        QTest::newRow("traversal") << get("/.well-known/acme-challenge/../../etc/passwd") << QByteArray("404");
        QTest::newRow("post") << QByteArray("POST / HTTP/1.1\r\n\r\n") << QByteArray("405");
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello\r\n\r\n") << QByteArray("400");
        QTest::newRow("huge") << QByteArray("GET /" + QByteArray(9000, 'a')) << QByteArray("431");
    }

    void refusesEverythingElse()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        const QByteArray response = exchange(request);
        QVERIFY2(response.startsWith(QByteArray("HTTP/1.1 " + status)), response.left(60).constData());
        QVERIFY(!response.contains(m_keyAuth.toLatin1()));
    }

    void stopsAnsweringAWithdrawnToken()
    {
        QVERIFY(m_responder.publish(m_token, m_keyAuth).ok());
        m_responder.withdraw(m_token);
        QVERIFY(exchange(get("/.well-known/acme-challenge/" + m_token.toLatin1())).startsWith("HTTP/1.1 404"));
    }

    void rejectsMalformedTokens()
    {
        QCOMPARE(m_responder.publish(QStringLiteral("a/b"), QStringLiteral("a/b.x")).problem().code,
                 QStringLiteral("http01.bad-token"));
        QVERIFY(!m_responder.publish(m_token, QStringLiteral("someone-else.thumbprint")).ok());
    }

    void explainsAPortInUse()
    {
        Http01Responder second;
        const Result<void> listening = second.listen(QHostAddress::LocalHost, m_responder.port());
        QVERIFY(!listening.ok());
        QCOMPARE(listening.problem().code, QStringLiteral("http01.listen-failed"));
        QVERIFY(listening.problem().detail.contains(QString::number(m_responder.port())));
    }
};

QTEST_GUILESS_MAIN(TestHttp01Responder)
#include "TestHttp01Responder.moc"
