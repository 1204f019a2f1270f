#pragma once

#include "Lab.h"
#include "LabProcess.h"

#include "core/hub/ChallengePublisher.h"

#include <QProcess>

// A real ChallengePublisher for integration tests: RFC 2136 updates, signed with the lab's
// TSIG key, sent to the lab's BIND by `nsupdate -k` (the key in a file, the commands on stdin,
// nothing secret on a command line). Asynchronous like a real provider: `done` runs when
// nsupdate exits. Stands in for the DNS provider side until core/providers lands.
class NsupdatePublisher final : public ChallengePublisher
{
public:
    explicit NsupdatePublisher(const Lab &lab)
        : m_lab(lab)
    {
    }

    void present(const ManagedChallenge &, const QString &fqdn, const QString &value, Done done) override
    {
        run(QStringLiteral("update add %1. 60 TXT \"%2\"").arg(fqdn, value), fqdn, std::move(done));
    }

    void cleanup(const ManagedChallenge &, const QString &fqdn, const QString &value, Done done) override
    {
        run(QStringLiteral("update delete %1. TXT \"%2\"").arg(fqdn, value), fqdn, std::move(done));
    }

    int updates = 0;

private:
    QString zoneOf(const QString &fqdn) const
    {
        for (const QString &zone : {m_lab.delegationZone(), m_lab.customerZone()}) {
            if (fqdn == zone || fqdn.endsWith(QLatin1Char('.') + zone)) {
                return zone;
            }
        }
        return {};
    }

    void run(const QString &command, const QString &fqdn, Done done)
    {
        const QString zone = zoneOf(fqdn);
        if (zone.isEmpty()) {
            QTimer::singleShot(0, [done = std::move(done), fqdn]() {
                done(Problem::make(Problem::Category::Dns,
                                   QStringLiteral("dns.no-zone"),
                                   QStringLiteral("No lab zone holds %1.").arg(fqdn)));
            });
            return;
        }
        ++updates;
        const QString script = QStringList{QStringLiteral("server 127.0.0.1 %1").arg(m_lab.bindPort()),
                                           QStringLiteral("local 127.0.0.1"),
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
            const Done callback = std::move(*finish);
            *finish = nullptr;
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
        process->start(LabProcess::findProgram(QStringLiteral("nsupdate")),
                       {QStringLiteral("-k"), m_lab.tsigKeyPath(), QStringLiteral("-t"), QStringLiteral("5")});
        process->write(script.toUtf8());
        process->closeWriteChannel();
    }

    const Lab &m_lab;
};
