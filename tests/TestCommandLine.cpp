#include "app/cli/CommandLine.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static Verb verb(const QStringList &path)
    {
        Verb verb;
        verb.path = path;
        verb.summary = [] {
            return QStringLiteral("summary");
        };
        verb.options = [] {
            return QList<QCommandLineOption>{
                QCommandLineOption(QStringLiteral("internal"), QStringLiteral("internal")),
                QCommandLineOption(QStringLiteral("target"), QStringLiteral("target"), QStringLiteral("HOST")),
            };
        };
        verb.run = [](VerbContext &) {
            return 0;
        };
        return verb;
    }

    CommandLine m_cli{{verb({QStringLiteral("info")}),
                       verb({QStringLiteral("endpoint"), QStringLiteral("add")}),
                       verb({QStringLiteral("endpoint"), QStringLiteral("list")})}};

    Invocation parse(const QString &line) const
    {
        return m_cli.parse(QStringList{QStringLiteral("certdesk")} + line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }

private Q_SLOTS:

    void startsTheGuiWithoutArguments()
    {
        const Invocation invocation = parse({});
        QCOMPARE(invocation.mode, Invocation::Mode::Gui);
        QVERIFY(invocation.dataDir.isEmpty());
    }

    void readsGlobalOptions()
    {
        QCOMPARE(parse(QStringLiteral("--version")).mode, Invocation::Mode::Version);
        QCOMPARE(parse(QStringLiteral("--data-dir /tmp/x --version")).dataDir, QStringLiteral("/tmp/x"));
        QCOMPARE(parse(QStringLiteral("--help")).mode, Invocation::Mode::Help);
        const Invocation headless = parse(QStringLiteral("--data-dir=/tmp/y --headless"));
        QCOMPARE(headless.mode, Invocation::Mode::Headless);
        QCOMPARE(headless.dataDir, QStringLiteral("/tmp/y"));
    }

    void passesQtOptionsThrough()
    {
        const Invocation invocation = parse(QStringLiteral("-platform offscreen --data-dir /tmp/z"));
        QCOMPARE(invocation.mode, Invocation::Mode::Gui);
        QCOMPARE(invocation.qtArgs, (QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")}));
        QCOMPARE(invocation.dataDir, QStringLiteral("/tmp/z"));
    }

    void findsTheLongestMatchingVerb()
    {
        const Invocation invocation = parse(QStringLiteral("--json endpoint add app.example.test --internal"));
        QCOMPARE(invocation.mode, Invocation::Mode::Verb);
        QVERIFY(invocation.json);
        QCOMPARE(invocation.verbPath, (QStringList{QStringLiteral("endpoint"), QStringLiteral("add")}));
        QCOMPARE(invocation.verbArgs, (QStringList{QStringLiteral("app.example.test"), QStringLiteral("--internal")}));
    }

    void acceptsGlobalOptionsAfterTheVerb()
    {
        const Invocation invocation = parse(QStringLiteral("endpoint add a.example.test --data-dir /tmp/p --json"));
        const Verb *found = m_cli.find(invocation.verbPath);
        QVERIFY(found);
        QCommandLineParser parser;
        QCOMPARE(m_cli.parseVerbOptions(*found, invocation.verbArgs, parser), QString());
        QCOMPARE(parser.value(QStringLiteral("data-dir")), QStringLiteral("/tmp/p"));
        QVERIFY(parser.isSet(QStringLiteral("json")));
        QCOMPARE(parser.positionalArguments(), QStringList{QStringLiteral("a.example.test")});
    }

    void explainsAnUnknownVerbOption()
    {
        const Invocation invocation = parse(QStringLiteral("endpoint add a.example.test --bogus"));
        QCommandLineParser parser;
        const QString error = m_cli.parseVerbOptions(*m_cli.find(invocation.verbPath), invocation.verbArgs, parser);
        QVERIFY(error.contains(QStringLiteral("bogus")));
        QVERIFY(error.contains(QStringLiteral("certdesk endpoint add --help")));
    }

    void reportsUsageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown verb") << QStringLiteral("frobnicate") << QStringLiteral("frobnicate");
        QTest::newRow("verb prefix only") << QStringLiteral("endpoint") << QStringLiteral("endpoint");
        QTest::newRow("unknown option") << QStringLiteral("--frob") << QStringLiteral("--frob");
        QTest::newRow("data-dir without folder") << QStringLiteral("--data-dir") << QStringLiteral("--data-dir");
        QTest::newRow("headless with verb") << QStringLiteral("--headless info") << QStringLiteral("--headless");
    }

    void reportsUsageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, mentions);
        const Invocation invocation = parse(line);
        QCOMPARE(invocation.mode, Invocation::Mode::UsageError);
        QVERIFY2(invocation.error.contains(mentions), qPrintable(invocation.error));
    }

    void helpAfterAVerbIsThatVerbsHelp()
    {
        const Invocation invocation = parse(QStringLiteral("endpoint add --help"));
        QCOMPARE(invocation.mode, Invocation::Mode::Help);
        QCOMPARE(invocation.verbPath, (QStringList{QStringLiteral("endpoint"), QStringLiteral("add")}));
        const QString help = m_cli.verbHelpText(*m_cli.find(invocation.verbPath));
        QVERIFY(help.contains(QStringLiteral("certdesk endpoint add")));
        QVERIFY(help.contains(QStringLiteral("--target HOST")));
        QVERIFY(m_cli.helpText().contains(QStringLiteral("endpoint list")));
    }

    void longOptionsKeepAGapBeforeTheirDescription()
    {
        Verb notify = verb({QStringLiteral("notify"), QStringLiteral("set")});
        notify.options = [] {
            return QList<QCommandLineOption>{QCommandLineOption(QStringLiteral("smtp-password-file"),
                                                                QStringLiteral("File with the mail password."),
                                                                QStringLiteral("FILE"))};
        };
        const CommandLine cli{{notify}};
        const QString help = cli.verbHelpText(notify);
        QVERIFY2(help.contains(QStringLiteral("--smtp-password-file FILE  File with the mail password.")),
                 qPrintable(help));
        // Every description starts in the same column.
        QVERIFY2(help.contains(QStringLiteral("--data-dir DIR             Use DIR")), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
