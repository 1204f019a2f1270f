#include "LabBind.h"

#include "LabFile.h"
#include "LabPorts.h"
#include "LabProbe.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace std::chrono_literals;

namespace {

// SOA minimum (negative-caching TTL) of 1 s: a test that adds a name right after asking for
// it must not be answered from a cached NXDOMAIN anywhere along the way.
QByteArray zoneFile(const QString &zone, const QStringList &extraRecords)
{
    QStringList lines{
        QStringLiteral("$TTL 60"),
        QStringLiteral("@ IN SOA ns.%1. hostmaster.%1. 1 3600 600 86400 1").arg(zone),
        QStringLiteral("@ IN NS ns.%1.").arg(zone),
        QStringLiteral("ns IN A 127.0.0.1"),
    };
    lines += extraRecords;
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace

LabBind::LabBind(QString directory)
    : m_directory(std::move(directory))
    , m_process(QStringLiteral("BIND (named)"))
{
}

QString LabBind::customerZone()
{
    return QStringLiteral("example.test");
}

QString LabBind::delegationZone()
{
    return QStringLiteral("acme-delegation.test");
}

QStringList LabBind::hostNames()
{
    return {customerZone(),
            QStringLiteral("www.") + customerZone(),
            QStringLiteral("api.") + customerZone(),
            QStringLiteral("delegated.") + customerZone()};
}

QString LabBind::tsigKeyName() const
{
    return QStringLiteral("certdesk-lab-key");
}

QString LabBind::tsigAlgorithm() const
{
    return QStringLiteral("hmac-sha256");
}

QStringList LabBind::extraTsigAlgorithms()
{
    return {QStringLiteral("hmac-sha384"), QStringLiteral("hmac-sha512")};
}

QString LabBind::extraTsigKeyName(const QString &algorithm)
{
    return QStringLiteral("certdesk-lab-key-") + algorithm;
}

QString LabBind::tsigKeyPath() const
{
    return path(QStringLiteral("tsig.key"));
}

QString LabBind::tsigSecretPath() const
{
    return path(QStringLiteral("tsig.secret"));
}

QString LabBind::logPath() const
{
    return path(QStringLiteral("named.log"));
}

QString LabBind::configPath() const
{
    return path(QStringLiteral("named.conf"));
}

QString LabBind::path(const QString &fileName) const
{
    return QDir(m_directory).filePath(fileName);
}

bool LabBind::failedOnBusyPort() const
{
    return LabFile::tail(logPath(), 40).contains(QLatin1String("address in use"), Qt::CaseInsensitive);
}

Result<void> LabBind::prepare()
{
    QDir().mkpath(m_directory);
    if (m_secret.isEmpty()) {
        const auto randomKey = [](int bytes) -> QByteArray {
            QByteArray key(bytes, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
            return key.toBase64();
        };
        const auto keyStatement =
            [](const QString &name, const QString &algorithm, const QByteArray &secret) -> QByteArray {
            return "key \"" + name.toUtf8() + "\" {\n\talgorithm " + algorithm.toUtf8() + ";\n\tsecret \"" + secret
                   + "\";\n};\n";
        };
        m_secret = randomKey(32);
        if (auto written = LabFile::write(
                tsigKeyPath(), keyStatement(tsigKeyName(), tsigAlgorithm(), m_secret), LabFile::Visibility::Secret);
            !written) {
            return written;
        }
        // Kept apart from tsig.key, which `nsupdate -k` reads and which must hold one key.
        QByteArray extraKeys;
        for (const QString &algorithm : extraTsigAlgorithms()) {
            m_extraSecrets.insert(algorithm, randomKey(64));
            extraKeys += keyStatement(extraTsigKeyName(algorithm), algorithm, m_extraSecrets.value(algorithm));
        }
        if (auto written =
                LabFile::write(path(QStringLiteral("tsig-extra.key")), extraKeys, LabFile::Visibility::Secret);
            !written) {
            return written;
        }
        if (auto written = LabFile::write(tsigSecretPath(), m_secret + '\n', LabFile::Visibility::Secret); !written) {
            return written;
        }
        if (auto written = writeZoneFiles(); !written) {
            return written;
        }
    }

    m_port = LabPorts::freeDnsPort();
    if (m_port == 0) {
        return Problem::make(Problem::Category::Network,
                             QStringLiteral("lab.no-port"),
                             QStringLiteral("No free loopback port for BIND"));
    }

    const QString dir = m_directory;
    QString conf;
    conf += QStringLiteral("include \"%1\";\n").arg(tsigKeyPath());
    conf += QStringLiteral("include \"%1\";\n").arg(path(QStringLiteral("tsig-extra.key")));
    conf += QStringLiteral("options {\n");
    conf += QStringLiteral("    directory \"%1\";\n").arg(dir);
    conf += QStringLiteral("    managed-keys-directory \"%1\";\n").arg(dir);
    // Parallel labs must not share the defaults under /run/named.
    conf += QStringLiteral("    pid-file none;\n    lock-file none;\n    session-keyfile none;\n");
    conf += QStringLiteral("    listen-on port %1 { 127.0.0.1; };\n    listen-on-v6 { none; };\n").arg(m_port);
    conf += QStringLiteral("    query-source address 127.0.0.1;\n");
    conf += QStringLiteral("    allow-query { 127.0.0.1; };\n    allow-transfer { none; };\n");
    conf += QStringLiteral("    recursion yes;\n    allow-recursion { 127.0.0.1; };\n");
    conf += QStringLiteral("    forwarders { };\n");
    // The local root zone is unsigned; validation against the real trust anchor would fail.
    conf += QStringLiteral("    dnssec-validation no;\n");
    conf += QStringLiteral("    notify no;\n    empty-zones-enable no;\n");
    // The default (90% of RAM) makes named spend seconds freeing its cache on shutdown.
    conf += QStringLiteral("    max-cache-size 16m;\n");
    conf += QStringLiteral("};\n");
    conf += QStringLiteral("controls { };\n");
    conf += QStringLiteral("zone \".\" { type primary; file \"root.db\"; };\n");
    QString updateKeys = QStringLiteral("key \"%1\";").arg(tsigKeyName());
    for (const QString &algorithm : extraTsigAlgorithms()) {
        updateKeys += QStringLiteral(" key \"%1\";").arg(extraTsigKeyName(algorithm));
    }
    for (const QString &zone : {customerZone(), delegationZone()}) {
        conf += QStringLiteral("zone \"%1\" { type primary; file \"%1.db\"; allow-update { %2 }; };\n")
                    .arg(zone, updateKeys);
    }
    return LabFile::write(configPath(), conf.toUtf8());
}

Result<void> LabBind::writeZoneFiles() const
{
    const QByteArray root = "$TTL 60\n"
                            "@ IN SOA ns.lab-root. hostmaster.lab-root. 1 3600 600 86400 1\n"
                            "@ IN NS ns.lab-root.\n"
                            "ns.lab-root. IN A 127.0.0.1\n";
    if (auto written = LabFile::write(path(QStringLiteral("root.db")), root); !written) {
        return written;
    }
    // A records only: Pebble tries AAAA first when one exists (LAB-NOTES.md).
    const QStringList customer{
        QStringLiteral("@ IN A 127.0.0.1"),
        QStringLiteral("www IN A 127.0.0.1"),
        QStringLiteral("api IN A 127.0.0.1"),
        QStringLiteral("delegated IN A 127.0.0.1"),
        QStringLiteral("_acme-challenge.delegated IN CNAME delegated.%1.").arg(delegationZone()),
    };
    if (auto written = LabFile::write(path(customerZone() + QStringLiteral(".db")), zoneFile(customerZone(), customer));
        !written) {
        return written;
    }
    return LabFile::write(path(delegationZone() + QStringLiteral(".db")), zoneFile(delegationZone(), {}));
}

Result<void> LabBind::launch()
{
    const QString named = LabProcess::findProgram(QStringLiteral("named"));
    if (named.isEmpty()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("lab.missing-program"),
                             QStringLiteral("BIND (named) is not installed"),
                             QString(),
                             QStringLiteral("Install the Debian package bind9."));
    }
    // -g: foreground, log to stderr; -n 1: one worker is plenty and the machine is shared.
    // No -u: named keeps the invoking user, which owns the lab directory.
    return m_process.start(
        named,
        {QStringLiteral("-g"), QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-c"), configPath()},
        LabProcess::cleanEnvironment(m_directory),
        m_directory,
        logPath());
}

Result<void> LabBind::waitUntilReady(const QDeadlineTimer &deadline)
{
    while (!deadline.hasExpired()) {
        if (LabProbe::dnsServesZone(m_port, customerZone(), 200ms)
            && LabProbe::dnsServesZone(m_port, delegationZone(), 200ms)) {
            return {};
        }
        if (m_process.waitForExit(10ms)) {
            return m_process.exitedProblem();
        }
    }
    return Problem::make(Problem::Category::Timeout,
                         QStringLiteral("lab.start-timeout"),
                         QStringLiteral("BIND did not answer in time"),
                         QStringLiteral("Port %1, log %2").arg(m_port).arg(logPath()))
        .withTechnical(LabFile::tail(logPath()));
}

void LabBind::stop()
{
    m_process.stop();
}

QString LabBind::zoneOf(const QString &name)
{
    QString normalized = name.toLower();
    if (normalized.endsWith(QLatin1Char('.'))) {
        normalized.chop(1);
    }
    for (const QString &zone : {customerZone(), delegationZone()}) {
        if (normalized == zone || normalized.endsWith(QLatin1Char('.') + zone)) {
            return zone;
        }
    }
    return {};
}

Result<QString> LabBind::zoneOrProblem(const QString &name) const
{
    const QString zone = zoneOf(name);
    if (zone.isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("lab.not-in-zone"),
                             QStringLiteral("Not a name in the lab's BIND zones"),
                             name);
    }
    return zone;
}

QString LabBind::presentation(const QString &type, const QString &data)
{
    // TXT data is a quoted character-string in presentation format; accept bare values.
    if (type.compare(QLatin1String("TXT"), Qt::CaseInsensitive) == 0 && !data.startsWith(QLatin1Char('"'))) {
        QString escaped = data;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return data;
}

Result<void> LabBind::addRecord(const QString &name, const QString &type, const QString &data, int ttl) const
{
    const auto zone = zoneOrProblem(name);
    if (!zone) {
        return zone.problem();
    }
    return update(*zone,
                  {QStringLiteral("update add %1 %2 %3 %4").arg(name).arg(ttl).arg(type, presentation(type, data))});
}

Result<void> LabBind::removeRecords(const QString &name, const QString &type, const QString &data) const
{
    const auto zone = zoneOrProblem(name);
    if (!zone) {
        return zone.problem();
    }
    const QString command = data.isEmpty()
                                ? QStringLiteral("update delete %1 %2").arg(name, type)
                                : QStringLiteral("update delete %1 %2 %3").arg(name, type, presentation(type, data));
    return update(*zone, {command});
}

Result<void> LabBind::replaceRecords(const QString &name, const QString &type, const QString &data, int ttl) const
{
    const auto zone = zoneOrProblem(name);
    if (!zone) {
        return zone.problem();
    }
    return update(*zone,
                  {QStringLiteral("update delete %1 %2").arg(name, type),
                   QStringLiteral("update add %1 %2 %3 %4").arg(name).arg(ttl).arg(type, presentation(type, data))});
}

Result<void> LabBind::update(const QString &zone, const QStringList &commands) const
{
    const QString nsupdate = LabProcess::findProgram(QStringLiteral("nsupdate"));
    if (nsupdate.isEmpty()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("lab.missing-program"),
                             QStringLiteral("nsupdate is not installed"),
                             QString(),
                             QStringLiteral("Install the Debian package bind9-dnsutils."));
    }
    // `server` and `zone` are explicit, so nsupdate never asks a resolver where to send it.
    QStringList script{QStringLiteral("server 127.0.0.1 %1").arg(m_port),
                       QStringLiteral("local 127.0.0.1"),
                       QStringLiteral("zone %1").arg(zone)};
    script += commands;
    script << QStringLiteral("send") << QString();

    QProcess process;
    process.setProcessEnvironment(LabProcess::cleanEnvironment(m_directory));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(nsupdate, {QStringLiteral("-k"), tsigKeyPath(), QStringLiteral("-t"), QStringLiteral("5")});
    process.write(script.join(QLatin1Char('\n')).toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(15000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        return Problem::make(Problem::Category::Dns,
                             QStringLiteral("lab.nsupdate"),
                             QStringLiteral("The lab's DNS update was not applied"),
                             QStringLiteral("Zone %1: %2").arg(zone, commands.join(QLatin1String("; "))))
            .withTechnical(QString::fromUtf8(process.readAll()));
    }
    return {};
}
