#include "Lab.h"
#include "LabProcess.h"
#include "LabVerify.h"
#include "support/ProviderRun.h"

#include "core/providers/DnsProviderFactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The script provider runs the administrator's program: here a shell script that writes to the
// lab's BIND with nsupdate, so the confirmation at the authoritative server is real.
class TestScriptProvider final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    QTemporaryDir m_dir;
    DnsClient m_client;
    DnsServer m_bind;
    const QByteArray m_secret = "s3cret-handed-over-in-the-environment";

    QString writeScript(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write("#!/bin/sh\n" + body);
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    std::unique_ptr<DnsProvider> provider(const QString &program, int timeout = 30, const QByteArray &secret = {})
    {
        DnsProvider::Context context;
        context.client = &m_client;
        context.settings.resolvers = {m_bind};
        context.settings.authoritativePort = m_lab.bindPort();
        context.settings.confirmTimeout = 20s;
        Result<DnsProvider *> created =
            DnsProviderFactory::create(QStringLiteral("script"),
                                       {{QStringLiteral("program"), program}, {QStringLiteral("timeout"), timeout}},
                                       secret,
                                       context);
        if (!created) {
            qWarning() << created.problem().message();
            return nullptr;
        }
        return std::unique_ptr<DnsProvider>(created.value());
    }

    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("calls.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        m_bind = DnsServer{QHostAddress::LocalHost, m_lab.bindPort()};
        // What the script needs to reach the lab; the TSIG key stays in its file.
        qputenv("LAB_BIND_PORT", QByteArray::number(m_lab.bindPort()));
        qputenv("LAB_ZONE", m_lab.delegationZone().toUtf8());
        qputenv("LAB_KEY_FILE", m_lab.tsigKeyPath().toUtf8());
        qputenv("LAB_NSUPDATE", LabProcess::findProgram(QStringLiteral("nsupdate")).toUtf8());
        qputenv("LAB_LOG", m_dir.filePath(QStringLiteral("calls.log")).toUtf8());
    }

    void runsTheProgramToPresentAndCleanUp()
    {
        const QString script = writeScript(QStringLiteral("nsupdate-hook"), R"(
echo "args: $*" >> "$LAB_LOG"
echo "env: $CERTDESK_ACTION $CERTDESK_RECORD_NAME $CERTDESK_RECORD_VALUE" >> "$LAB_LOG"
[ "$CERTDESK_DNS_SECRET" = "s3cret-handed-over-in-the-environment" ] && echo "secret: in the environment" >> "$LAB_LOG"
case "$1" in
present) op=add; ttl=60 ;;
cleanup) op=delete; ttl= ;;
test) exit 0 ;;
*) echo "unknown action $1" >&2; exit 2 ;;
esac
printf 'server 127.0.0.1 %s\nlocal 127.0.0.1\nzone %s.\nupdate %s %s. %s TXT "%s"\nsend\n' \
    "$LAB_BIND_PORT" "$LAB_ZONE" "$op" "$2" "$ttl" "$3" | "$LAB_NSUPDATE" -k "$LAB_KEY_FILE" -t 5
)");
        auto hook = provider(script, 30, m_secret);
        QVERIFY(hook);
        LAB_VERIFY_OK(ProviderRun::test(*hook));
        const QString name = QStringLiteral("script.") + m_lab.delegationZone();
        const QString first = ProviderRun::challengeValue();
        const QString second = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::present(*hook, name, first));
        LAB_VERIFY_OK(ProviderRun::present(*hook, name, second));
        QStringList both{first, second};
        both.sort();
        QCOMPARE(ProviderRun::txtAt(m_bind, name), both);
        LAB_VERIFY_OK(ProviderRun::cleanup(*hook, name, first));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList{second});
        LAB_VERIFY_OK(ProviderRun::cleanup(*hook, name, second));

        const QString calls = log();
        QVERIFY2(calls.contains(QStringLiteral("args: present %1 %2").arg(name, first)), qPrintable(calls));
        QVERIFY2(calls.contains(QStringLiteral("env: cleanup %1 %2").arg(name, second)), qPrintable(calls));
        QVERIFY(calls.contains(QStringLiteral("secret: in the environment")));
        // Never on the command line, where every user of the machine could read it.
        QVERIFY(!calls.contains(QString::fromLatin1(m_secret)));
    }

    void failureQuotesTheOutputWithoutTheSecret()
    {
        const QString script = writeScript(QStringLiteral("failing-hook"), R"(
echo "could not log in with $CERTDESK_DNS_SECRET"
echo "zone is read-only" >&2
exit 3
)");
        auto hook = provider(script, 30, m_secret);
        QVERIFY(hook);
        const QString name = QStringLiteral("fails.") + m_lab.delegationZone();
        const Result<void> presented = ProviderRun::present(*hook, name, ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.script.failed"));
        const QString everything = presented.problem().message() + presented.problem().technical;
        QVERIFY2(everything.contains(QStringLiteral("status 3")), qPrintable(everything));
        QVERIFY2(everything.contains(QStringLiteral("zone is read-only")), qPrintable(everything));
        QVERIFY2(everything.contains(QStringLiteral("[secret]")), qPrintable(everything));
        QVERIFY(!everything.contains(QString::fromLatin1(m_secret)));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList());
    }

    void aProgramThatHangsIsStoppedAtItsTimeout()
    {
        const QString script = writeScript(QStringLiteral("hanging-hook"), "exec sleep 60\n");
        auto hook = provider(script, 1);
        QVERIFY(hook);
        QElapsedTimer timer;
        timer.start();
        const Result<void> presented = ProviderRun::present(
            *hook, QStringLiteral("hangs.") + m_lab.delegationZone(), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.script.timeout"));
        QVERIFY(timer.elapsed() < 40000); // not the 60 s the program would take
    }

    void aProgramThatIsNotThereIsRefusedAtSetUp()
    {
        const Result<DnsProvider *> created =
            DnsProviderFactory::create(QStringLiteral("script"),
                                       {{QStringLiteral("program"), m_dir.filePath(QStringLiteral("missing"))}},
                                       {},
                                       DnsProvider::Context{&m_client, {}});
        QVERIFY(!created.ok());
        QVERIFY(created.problem().detail.contains(QStringLiteral("not an executable")));
    }
};

QTEST_GUILESS_MAIN(TestScriptProvider)
#include "TestScriptProvider.moc"
