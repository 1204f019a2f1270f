#include "core/providers/DnsProviderFactory.h"
#include "core/providers/ProviderSchema.h"

#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

// The field schemas the UI renders and the command line turns into options: every mistake is
// reported at once, defaults are filled in, secrets never go into the stored settings.
class TestProviderSchema final : public QObject
{
    Q_OBJECT

private:
    static ProviderSchema schema(const QString &kind) { return DnsProviderFactory::schema(kind).value(); }

private Q_SLOTS:

    void everyKindHasASchemaWithAtMostOneSecret()
    {
        QCOMPARE(DnsProviderFactory::kinds(),
                 QStringList({QStringLiteral("rfc2136"),
                              QStringLiteral("powerdns"),
                              QStringLiteral("cloudflare"),
                              QStringLiteral("acme-dns"),
                              QStringLiteral("script")}));
        for (const QString &kind : DnsProviderFactory::kinds()) {
            const ProviderSchema s = schema(kind);
            QCOMPARE(s.kind(), kind);
            QVERIFY(!s.title().isEmpty());
            int secrets = 0;
            for (const ProviderField &field : s.fields()) {
                QVERIFY2(!field.label.isEmpty() && !field.help.isEmpty(), qPrintable(kind + field.key));
                secrets += field.type == ProviderField::Type::Secret ? 1 : 0;
            }
            QVERIFY(secrets <= 1);
        }
    }

    void fillsDefaultsAndConvertsNumbers()
    {
        const Result<QJsonObject> valid = schema(QStringLiteral("rfc2136"))
                                              .validate({{QStringLiteral("server"), QStringLiteral("192.0.2.53:5353")},
                                                         {QStringLiteral("keyName"), QStringLiteral("Key.Example.")},
                                                         {QStringLiteral("ttl"), QStringLiteral("300")}},
                                                        "c2VjcmV0LWJ5dGVz");
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.problem().message()));
        QCOMPARE(valid->value(QStringLiteral("algorithm")).toString(), QStringLiteral("hmac-sha256"));
        QCOMPARE(valid->value(QStringLiteral("ttl")).toInt(), 300);
        QVERIFY(valid->value(QStringLiteral("ttl")).isDouble());
        QVERIFY(!valid->contains(QStringLiteral("secret")));
        QVERIFY(!valid->contains(QStringLiteral("zone")));
    }

    void reportsEveryMistakeAtOnce()
    {
        const Result<QJsonObject> invalid = schema(QStringLiteral("rfc2136"))
                                                .validate({{QStringLiteral("server"), QStringLiteral("dns.example")},
                                                           {QStringLiteral("keyName"), QStringLiteral("a..b")},
                                                           {QStringLiteral("algorithm"), QStringLiteral("hmac-md5")},
                                                           {QStringLiteral("ttl"), QStringLiteral("0")},
                                                           {QStringLiteral("colour"), QStringLiteral("red")}},
                                                          "not base64 !!");
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.problem().code, QStringLiteral("provider.invalid-settings"));
        const QString detail = invalid.problem().detail;
        QVERIFY2(detail.contains(QStringLiteral("dns.example")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("hmac-sha256, hmac-sha384, hmac-sha512")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("from 1 to 86400")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("“colour”")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("not base64")), qPrintable(detail));
        // The rejected secret itself is never repeated.
        QVERIFY(!invalid.problem().message().contains(QStringLiteral("!!")));
    }

    void requiresTheSecretWhereTheProviderNeedsOne()
    {
        const Result<QJsonObject> missing =
            schema(QStringLiteral("powerdns"))
                .validate({{QStringLiteral("apiUrl"), QStringLiteral("http://127.0.0.1:8081")}}, {});
        QVERIFY(!missing.ok());
        QVERIFY(missing.problem().detail.contains(QStringLiteral("API key")));
        // The script provider's credential is optional.
        QVERIFY(schema(QStringLiteral("script")).secretField()->required == false);
    }

    void refusesASecretInsideTheSettings()
    {
        const Result<QJsonObject> leaked =
            schema(QStringLiteral("cloudflare")).validate({{QStringLiteral("apiToken"), QStringLiteral("abc")}}, "abc");
        QVERIFY(!leaked.ok());
        QVERIFY(leaked.problem().detail.contains(QStringLiteral("keychain")));
    }

    void refusesPlainHttpToAnotherMachine()
    {
        const ProviderSchema s = schema(QStringLiteral("powerdns"));
        QVERIFY(!s.validate({{QStringLiteral("apiUrl"), QStringLiteral("http://192.0.2.10:8081")}}, "k").ok());
        QVERIFY(!s.validate({{QStringLiteral("apiUrl"), QStringLiteral("https://user:pw@pdns.example")}}, "k").ok());
        QVERIFY(s.validate({{QStringLiteral("apiUrl"), QStringLiteral("http://127.0.0.1:8081")}}, "k").ok());
        QVERIFY(s.validate({{QStringLiteral("apiUrl"), QStringLiteral("https://pdns.example:8081")}}, "k").ok());
    }

    void scriptProgramMustBeAnAbsoluteExecutable()
    {
        const ProviderSchema s = schema(QStringLiteral("script"));
        QVERIFY(!s.validate({{QStringLiteral("program"), QStringLiteral("sh")}}, {}).ok());
        QTemporaryFile plain;
        QVERIFY(plain.open()); // owner read/write only: not executable
        QVERIFY(!s.validate({{QStringLiteral("program"), plain.fileName()}}, {}).ok());
        QVERIFY(s.validate({{QStringLiteral("program"), QStringLiteral("/bin/sh")}}, {}).ok());
    }

    void describesItselfAsJsonForTheUi()
    {
        const QJsonObject json = schema(QStringLiteral("rfc2136")).toJson();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("rfc2136"));
        const QJsonArray fields = json.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 6);
        const QJsonObject algorithm = fields.at(2).toObject();
        QCOMPARE(algorithm.value(QStringLiteral("type")).toString(), QStringLiteral("choice"));
        QCOMPARE(algorithm.value(QStringLiteral("choices")).toArray().size(), 3);
        QCOMPARE(fields.at(5).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("secret"));
    }

    void unknownKindIsAClearProblem()
    {
        const Result<ProviderSchema> unknown = DnsProviderFactory::schema(QStringLiteral("route53"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.problem().detail.contains(QStringLiteral("rfc2136, powerdns")));
    }
};

QTEST_GUILESS_MAIN(TestProviderSchema)
#include "TestProviderSchema.moc"
