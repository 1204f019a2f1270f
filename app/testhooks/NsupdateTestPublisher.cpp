#include "NsupdateTestPublisher.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTestPublisher, "certdesk.testhooks")

std::shared_ptr<NsupdateTestPublisher> NsupdateTestPublisher::fromEnvironment()
{
    const QString server = qEnvironmentVariable("CERTDESK_TEST_NSUPDATE_SERVER");
    const QString key = qEnvironmentVariable("CERTDESK_TEST_NSUPDATE_KEY");
    const QString zones = qEnvironmentVariable("CERTDESK_TEST_NSUPDATE_ZONES");
    const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
    if (server.isEmpty() || key.isEmpty() || zones.isEmpty() || colon <= 0) {
        return nullptr;
    }
    qCWarning(lcTestPublisher).noquote() << "TEST HOOK: the hub writes every record with nsupdate to" << server;
    return std::make_shared<NsupdateTestPublisher>(server.left(colon),
                                                   quint16(server.mid(colon + 1).toUInt()),
                                                   key,
                                                   zones.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts));
}

NsupdateTestPublisher::NsupdateTestPublisher(QString server, quint16 port, QString keyPath, QStringList zones)
    : m_server(std::move(server))
    , m_port(port)
    , m_keyPath(std::move(keyPath))
    , m_zones(std::move(zones))
{
}

void NsupdateTestPublisher::present(const ManagedChallenge &, const QString &fqdn, const QString &value, Done done)
{
    run(QStringLiteral("update add %1. 60 TXT \"%2\"").arg(fqdn, value), fqdn, std::move(done));
}

void NsupdateTestPublisher::cleanup(const ManagedChallenge &, const QString &fqdn, const QString &value, Done done)
{
    run(QStringLiteral("update delete %1. TXT \"%2\"").arg(fqdn, value), fqdn, std::move(done));
}

QString NsupdateTestPublisher::zoneOf(const QString &fqdn) const
{
    for (const QString &zone : m_zones) {
        if (fqdn == zone || fqdn.endsWith(QLatin1Char('.') + zone)) {
            return zone;
        }
    }
    return {};
}

void NsupdateTestPublisher::run(const QString &command, const QString &fqdn, Done done)
{
    const QString zone = zoneOf(fqdn);
    if (zone.isEmpty()) {
        QTimer::singleShot(0, [done = std::move(done), fqdn] {
            done(Problem::make(Problem::Category::Dns,
                               QStringLiteral("dns.no-zone"),
                               QStringLiteral("No test zone holds %1.").arg(fqdn)));
        });
        return;
    }
    const QString script = QStringList{QStringLiteral("server %1 %2").arg(m_server).arg(m_port),
                                       QStringLiteral("local %1").arg(m_server),
                                       QStringLiteral("zone %1.").arg(zone),
                                       command,
                                       QStringLiteral("send"),
                                       QString()}
                               .join(QLatin1Char('\n'));
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto finish = std::make_shared<Done>(std::move(done));
    auto report = [process, finish](bool ok) {
        if (!*finish) {
            return;
        }
        const Done callback = std::exchange(*finish, nullptr);
        if (ok) {
            callback(Result<void>());
        } else {
            callback(Problem::make(Problem::Category::Dns,
                                   QStringLiteral("dns.update-failed"),
                                   QStringLiteral("The DNS server did not apply the update."),
                                   {},
                                   QStringLiteral("Check the TSIG key and the zone's update policy."))
                         .withTechnical(QString::fromUtf8(process->readAll())));
        }
        process->deleteLater();
    };
    QObject::connect(process, &QProcess::finished, process, [report](int code, QProcess::ExitStatus status) {
        report(status == QProcess::NormalExit && code == 0);
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [report](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            report(false);
        }
    });
    QString nsupdate = QStandardPaths::findExecutable(QStringLiteral("nsupdate"));
    if (nsupdate.isEmpty()) {
        nsupdate = QStandardPaths::findExecutable(QStringLiteral("nsupdate"), {QStringLiteral("/usr/bin")});
    }
    process->start(nsupdate, {QStringLiteral("-k"), m_keyPath, QStringLiteral("-t"), QStringLiteral("5")});
    process->write(script.toUtf8());
    process->closeWriteChannel();
}
