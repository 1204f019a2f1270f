#include "core/hub/StrictJson.h"

#include <QTest>

class TestStrictJson : public QObject
{
    Q_OBJECT

private:
    const QList<StrictJson::Field> m_shape{{QStringLiteral("fqdn"), QJsonValue::String, true, 255},
                                           {QStringLiteral("value"), QJsonValue::String, true, 64},
                                           {QStringLiteral("note"), QJsonValue::String, false, 16}};

private Q_SLOTS:

    void acceptsTheDefinedShape()
    {
        const Result<QJsonObject> parsed = StrictJson::parse(R"({"fqdn":"a.test.","value":"v"})", m_shape);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->value(QStringLiteral("fqdn")).toString(), QStringLiteral("a.test."));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed") << QByteArray(R"({"fqdn":)") << QStringLiteral("Malformed JSON");
        QTest::newRow("array") << QByteArray(R"(["fqdn"])") << QStringLiteral("must be a JSON object");
        QTest::newRow("number") << QByteArray("42") << QStringLiteral("Malformed JSON");
        QTest::newRow("wrong type") << QByteArray(R"({"fqdn":1,"value":"v"})")
                                    << QStringLiteral("must be a string, not a number");
        QTest::newRow("unknown field") << QByteArray(R"({"fqdn":"a","value":"v","x":"y"})")
                                       << QStringLiteral("Unknown field \"x\"");
        QTest::newRow("missing") << QByteArray(R"({"fqdn":"a"})") << QStringLiteral("\"value\" is missing");
        QTest::newRow("too long") << QByteArray(R"({"fqdn":"a","value":"v","note":"0123456789abcdefg"})")
                                  << QStringLiteral("longer than 16");
        QTest::newRow("null required") << QByteArray(R"({"fqdn":null,"value":"v"})") << QStringLiteral("not a null");
        QTest::newRow("case differs") << QByteArray(R"({"FQDN":"a","value":"v"})") << QStringLiteral("Unknown field");
    }

    void rejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const Result<QJsonObject> parsed = StrictJson::parse(body, m_shape);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.problem().code, QStringLiteral("hub.bad-json"));
        QVERIFY2(parsed.problem().detail.contains(reason), qPrintable(parsed.problem().detail));
    }

    void anyCaseKeysComeBackInTheListedCase()
    {
        const Result<QJsonObject> parsed =
            StrictJson::parse(R"({"FQDN":"a","Value":"v"})", m_shape, StrictJson::Keys::AnyCase);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->contains(QStringLiteral("fqdn")));
        QVERIFY(parsed->contains(QStringLiteral("value")));
    }

    void anyCaseRejectsTheSameKeyTwice()
    {
        const Result<QJsonObject> parsed =
            StrictJson::parse(R"({"fqdn":"a","FQDN":"b","value":"v"})", m_shape, StrictJson::Keys::AnyCase);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.problem().detail.contains(QStringLiteral("more than once")));
    }

    void optionalNullIsTreatedAsAbsent()
    {
        const Result<QJsonObject> parsed = StrictJson::parse(R"({"fqdn":"a","value":"v","note":null})", m_shape);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed->contains(QStringLiteral("note")));
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "TestStrictJson.moc"
