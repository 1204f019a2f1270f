#include "lab/AriProxy.h"
#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/CertdeskProcess.h"
#include "support/LabProfile.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Crashes must not cost orders at the CA (issue 12): Let's Encrypt allows 300 new orders per
// account in 3 hours, and a crash loop that replaced every interrupted order would burn them.
// `certdesk renew --due` provisions 30 dns-01 endpoints and is killed with SIGKILL up to ten times
// at random moments, then runs to the end. The proxy in front of Pebble counts every newOrder
// request: at most 33 for 30 certificates (an interrupted order the CA has is resumed, or
// found in the account's orders list and taken up), and every endpoint ends with exactly one
// certificate and no unfinished order. dns-01, because its records outlive the process (an
// http-01 responder dies with it, and the CA then rightly invalidates the order).
class TestCrashRecovery final : public QObject
{
    Q_OBJECT

private:
    using Run = CertdeskProcess::Run;

    static constexpr int Endpoints = 30;
    static constexpr int Kills = 10;

    Run certdesk(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CertdeskProcess::run(m_profile, arguments, 120000, input);
    }

    QString scalar(const QString &sql) const
    {
        return CertdeskProcess::scalar(CertdeskProcess::databaseOf(m_profile), sql);
    }

    static QString name(int i) { return QStringLiteral("crash-%1.example.test").arg(i); }

    QString delegationTarget(const QString &host) const
    {
        return LabProfile::delegationTarget(m_lab, host) + QLatin1Char('.');
    }

    QTemporaryDir m_dir;
    QString m_profile;
    Lab m_lab;
    std::unique_ptr<AriProxy> m_proxy;

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        m_proxy = std::make_unique<AriProxy>(m_lab);
        LAB_VERIFY_OK(m_proxy->start());
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        Run run = certdesk(LabProfile::accountAdd(m_proxy->directoryUrl(), m_lab));
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        run = certdesk(LabProfile::dnsSet(m_lab));
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        run = certdesk(LabProfile::delegationSet(m_lab)
                           + QStringList{QStringLiteral("--secret-file"), QStringLiteral("-")},
                       m_lab.tsigSecret());
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        QStringList cnames;
        for (int i = 1; i <= Endpoints; ++i) {
            run = certdesk({QStringLiteral("endpoint"), QStringLiteral("add"), name(i)});
            QVERIFY2(run.code == 0, qPrintable(run.all()));
            cnames
                << QStringLiteral("update delete _acme-challenge.%1. CNAME").arg(name(i))
                << QStringLiteral("update add _acme-challenge.%1. 60 CNAME %2").arg(name(i), delegationTarget(name(i)));
        }
        LAB_VERIFY_OK(m_lab.bindUpdate(m_lab.customerZone(), cnames));
    }

    void renewDueKilledTenTimesCostsAtMostThreeExtraOrders()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill delays seeded with %u", seed);
        QRandomGenerator random(seed);
        int kills = 0;
        int finishedEarly = 0;
        // Half the rounds die at a crash point chosen at random (the Nth time an order reaches
        // it), half at a random moment (SIGKILL from here, which may land in a request in flight).
        static const QStringList points = {QStringLiteral("order-begun"),
                                           QStringLiteral("order-placed"),
                                           QStringLiteral("challenge-answered"),
                                           QStringLiteral("certificate-stored")};
        for (int round = 0; round < 40 && kills < Kills; ++round) {
            QProcess run;
            run.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            const bool atPoint = round % 2 == 0;
            if (atPoint) {
                environment.insert(QStringLiteral("CERTDESK_TEST_CRASH_AT"),
                                   QStringLiteral("%1:%2")
                                       .arg(points.at(int(random.bounded(points.size()))))
                                       .arg(1 + random.bounded(3)));
            }
            run.setProcessEnvironment(environment);
            run.start(QStringLiteral(CERTDESK_BINARY),
                      {QStringLiteral("--data-dir"), m_profile, QStringLiteral("renew"), QStringLiteral("--due")});
            QVERIFY(run.waitForStarted());
            // 30 certificates take about a second here: from start-up to the last one stored.
            const int delay = atPoint ? 60000 : 20 + int(random.bounded(400));
            if (!run.waitForFinished(delay)) {
                ::kill(static_cast<pid_t>(run.processId()), SIGKILL);
                QVERIFY(run.waitForFinished(20000));
            }
            if (run.exitStatus() == QProcess::CrashExit) {
                ++kills;
                continue;
            }
            ++finishedEarly; // nothing left to do, or done before the moment came
            if (scalar(QStringLiteral("SELECT count(DISTINCT endpoint_id) FROM certificates")).toInt() == Endpoints) {
                break;
            }
        }
        qInfo("%d kills, %d runs that finished by themselves, %d certificates, %lld new orders so far",
              kills,
              finishedEarly,
              scalar(QStringLiteral("SELECT count(*) FROM certificates")).toInt(),
              static_cast<long long>(m_proxy->newOrderPayloads().size()));
        QVERIFY2(kills > 0, "every run finished before it could be killed");

        const Run last = certdesk({QStringLiteral("renew"), QStringLiteral("--due")});
        QVERIFY2(last.code == 0, qPrintable(last.all()));
        const qsizetype orders = m_proxy->newOrderPayloads().size();
        qInfo("%lld new orders for %d certificates after %d kills", static_cast<long long>(orders), Endpoints, kills);
        QVERIFY2(orders <= Endpoints + 3, qPrintable(QString::number(orders)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM certificates")).toInt(), Endpoints);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT endpoint_id) FROM certificates")).toInt(), Endpoints);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders WHERE finished_at IS NULL")), QStringLiteral("0"));
        // Nothing is due any more: a further run orders nothing.
        const Run again = certdesk({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--json")});
        QVERIFY2(again.code == 0, qPrintable(again.all()));
        QCOMPARE(m_proxy->newOrderPayloads().size(), orders);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
