// Load generator for the management hub (issue 5): HubService as `certdesk hub` runs it — its
// TLS listener, token store (pepper from the keychain), relay and audit log — publishing through
// the application's wiring point (app/ChallengePublishers: a ProviderChallengePublisher with an
// RFC 2136 provider row, its TSIG secret in the keychain), so every present is a TSIG-signed
// update to the lab's BIND *and* the confirmation that BIND serves the value before the 200.
//
//   phase 0: the publisher alone (no hub) for P seconds (default 5): the ceiling on this machine.
//   phase 1: N clients (default 32), each with its own token, send lego-httpreq style
//            /present then /cleanup pairs for D seconds (default 10); every answer must be 200.
//            Every 25th pair, the client asks BIND itself (no recursion) right after the
//            present's 200 whether the value is served: proof that the hub answers only then.
//   phase 2: N clients send /present with a wrong secret for B seconds (default 5); every
//            answer must be 401.
//   At the end: the audit log (after the hub stopped cleanly) holds exactly one row per request.
//
//     tests/tools/with-secret-service.sh build/bench/hub_bench [clients] [seconds] [bad-seconds]
//         [--publisher-seconds P] [--handshake-per-pair]
//
// Clients keep one HTTPS connection each (keep-alive, as Go's and curl's HTTP clients do). With
// --handshake-per-pair each pair opens a new connection with a full TLS handshake, as a lego
// process per certificate would (it keeps its connection between present and cleanup).
//
// Bounded: at most 200,000 requests per phase, each phase stops issuing at its deadline and
// waits at most 10 s for answers in flight. The hub's rate limits are raised for the run (they
// would otherwise answer 429 long before the hub's capacity is reached); everything else is as
// shipped. Prints counts, rates, latencies and CPU time, never a secret.

#include "Lab.h"

#include "app/ChallengePublishers.h"
#include "core/Clock.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsSettings.h"
#include "core/hub/ApiTokenStore.h"
#include "core/hub/HubService.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

using namespace std::chrono_literals;

namespace {

constexpr int kMaxRequestsPerPhase = 200000;
constexpr int kVerifyEvery = 25;

double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    return cpuSeconds(RUSAGE_THREAD);
}

struct Credentials
{
    QByteArray clientId;
    QByteArray secret;
};

QString challengeValue(const QByteArray &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// One keep-alive HTTPS connection that sends a request, reads the whole answer, and repeats.
class Connection final : public QObject
{
public:
    Connection(quint16 port, const QSslCertificate &trusted, QObject *parent)
        : QObject(parent)
        , m_port(port)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({trusted});
        m_socket.setSslConfiguration(tls);
        m_socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        connect(&m_socket, &QSslSocket::encrypted, this, [this] {
            m_socket.write(m_pending);
        });
        connect(&m_socket, &QSslSocket::readyRead, this, &Connection::read);
        connect(&m_socket, &QSslSocket::disconnected, this, [this] {
            finish(-1);
        });
        connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError) {
                finish(-1);
            }
        });
    }

    int handshakes = 0;

    // The next request opens a new connection (a new client process).
    void close() { m_socket.abort(); }

    void send(const QByteArray &request, std::function<void(int)> done)
    {
        m_done = std::move(done);
        m_buffer.clear();
        if (m_socket.state() == QAbstractSocket::ConnectedState && m_socket.isEncrypted()) {
            m_socket.write(request);
            m_socket.flush();
            return;
        }
        ++handshakes;
        m_pending = request;
        m_socket.abort();
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray &line : m_buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (m_buffer.size() < end + 4 + length) {
            return;
        }
        const int status = m_buffer.mid(9, 3).toInt();
        m_buffer.clear();
        finish(status);
    }

    void finish(int status)
    {
        if (m_done) {
            std::exchange(m_done, nullptr)(status);
        }
    }

    quint16 m_port;
    QSslSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_pending;
    std::function<void(int)> m_done;
};

struct PhaseResult
{
    qint64 units = 0; // pairs (phase 1) or requests (phase 2) that got the expected answers
    qint64 requests = 0;
    qint64 errors = 0;
    QMap<int, qint64> statuses;
    double seconds = 0;
    QList<double> latenciesMs;
    int handshakes = 0;
    int verified = 0;   // sampled presents whose value BIND served when the 200 arrived
    int unverified = 0; // ... and those it did not
    double clientCpu = 0;
};

// Runs one phase on its own thread, so the generator's work does not sit in the hub's event loop.
class LoadPhase final : public QObject
{
public:
    struct Plan
    {
        quint16 port = 0;
        QSslCertificate trusted;
        QList<Credentials> clients;
        bool pairs = true; // present+cleanup with good credentials; else one bad-credential present
        bool handshakePerPair = false;
        int seconds = 10;
        DnsServer bind;
    };

    explicit LoadPhase(Plan plan)
        : m_plan(std::move(plan))
    {
    }

    PhaseResult result;
    std::function<void()> finished;

    void start()
    {
        m_cpuAtStart = threadCpuSeconds();
        m_dns = new DnsClient(this);
        m_clock.start();
        for (int i = 0; i < m_plan.clients.size(); ++i) {
            m_connections << new Connection(m_plan.port, m_plan.trusted, this);
            next(i);
        }
        QTimer::singleShot(std::chrono::seconds(m_plan.seconds) + 10s, this, [this] {
            complete(); // answers still missing count as errors
        });
    }

private:
    QByteArray request(int client, const QByteArray &path, const QByteArray &body, bool goodSecret) const
    {
        const Credentials &credentials = m_plan.clients.at(client);
        const QByteArray basic =
            QByteArray(credentials.clientId + ':' + (goodSecret ? credentials.secret : QByteArray("wrong-secret")))
                .toBase64();
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + basic
               + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
               + body;
    }

    void next(int client)
    {
        if (m_clock.elapsed() >= m_plan.seconds * 1000 || result.requests >= kMaxRequestsPerPhase) {
            if (++m_idle == m_plan.clients.size()) {
                complete();
            }
            return;
        }
        const qint64 n = m_sequence++;
        const QByteArray fqdn =
            "_acme-challenge.c" + QByteArray::number(client) + "n" + QByteArray::number(n) + ".example.test";
        const QString value = challengeValue(QByteArray::number(client) + ':' + QByteArray::number(n));
        const QByteArray body = "{\"fqdn\":\"" + fqdn + ".\",\"value\":\"" + value.toLatin1() + "\"}";
        QElapsedTimer started;
        started.start();
        Connection *connection = m_connections.at(client);
        ++result.requests;
        if (!m_plan.pairs) {
            connection->send(request(client, "/present", body, false), [=, this](int status) {
                count(status, 401, started);
                next(client);
            });
            return;
        }
        if (m_plan.handshakePerPair) {
            connection->close();
        }
        const auto cleanup = [=, this] {
            ++result.requests;
            connection->send(request(client, "/cleanup", body, true), [=, this](int cleaned) {
                count(cleaned, 200, started);
                next(client);
            });
        };
        connection->send(request(client, "/present", body, true), [=, this](int status) {
            ++result.statuses[status];
            if (status != 200) {
                ++result.errors;
                next(client);
                return;
            }
            if (n % kVerifyEvery != 0) {
                cleanup();
                return;
            }
            DnsClient::Options options = m_dns->defaultOptions();
            options.recursionDesired = false;
            m_dns->lookup(m_plan.bind,
                          QString::fromLatin1(fqdn),
                          DnsRecordType::TXT,
                          options,
                          this,
                          [=, this](const Result<DnsAnswer> &answer) {
                              bool served = false;
                              if (answer) {
                                  for (const DnsRecord &record : answer->records(DnsRecordType::TXT)) {
                                      served = served || record.data == value;
                                  }
                              }
                              served ? ++result.verified : ++result.unverified;
                              cleanup();
                          });
        });
    }

    void count(int status, int expected, const QElapsedTimer &started)
    {
        ++result.statuses[status];
        if (status == expected) {
            ++result.units;
            result.latenciesMs << started.nsecsElapsed() / 1e6;
        } else {
            ++result.errors;
        }
    }

    void complete()
    {
        if (m_done) {
            return;
        }
        m_done = true;
        result.seconds = m_clock.elapsed() / 1000.0;
        result.errors += m_plan.clients.size() - m_idle; // clients still waiting for an answer
        for (Connection *connection : std::as_const(m_connections)) {
            result.handshakes += connection->handshakes;
        }
        result.clientCpu = threadCpuSeconds() - m_cpuAtStart;
        finished();
    }

    Plan m_plan;
    DnsClient *m_dns = nullptr;
    QList<Connection *> m_connections;
    QElapsedTimer m_clock;
    qint64 m_sequence = 0;
    int m_idle = 0;
    bool m_done = false;
    double m_cpuAtStart = 0;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

// The ceiling the hub cannot beat: the same present+cleanup pairs straight to the product's
// publisher (update, confirmation at BIND, update), without HTTPS, tokens, scope or audit.
struct DirectResult
{
    qint64 pairs = 0;
    qint64 errors = 0;
    double seconds = 0;
};

DirectResult runDirect(ChallengePublisher &publisher, const ManagedChallenge &challenge, int clients, int seconds)
{
    DirectResult result;
    QElapsedTimer clock;
    clock.start();
    int idle = 0;
    QEventLoop loop;
    std::function<void(int, qint64)> pair = [&](int client, qint64 n) {
        if (clock.elapsed() >= seconds * 1000) {
            if (++idle == clients) {
                loop.quit();
            }
            return;
        }
        const QString fqdn = QStringLiteral("_acme-challenge.direct%1n%2.example.test").arg(client).arg(n);
        const QString value = challengeValue(fqdn.toLatin1());
        publisher.present(challenge, fqdn, value, [&, client, n, fqdn, value](Result<void> presented) {
            if (!presented) {
                ++result.errors;
                qWarning().noquote() << presented.problem().message();
                pair(client, n + 1);
                return;
            }
            publisher.cleanup(challenge, fqdn, value, [&, client, n](Result<void> cleaned) {
                cleaned ? ++result.pairs : ++result.errors;
                pair(client, n + 1);
            });
        });
    };
    for (int i = 0; i < clients; ++i) {
        pair(i, 0);
    }
    loop.exec();
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

// Runs a phase on a fresh thread and waits in this thread's event loop, where the hub lives. A
// real QEventLoop, as in the product: QCoreApplication::processEvents(flags, ms) drops
// WaitForMoreEvents, so a loop around it never sleeps and would burn a CPU the hub, the client
// thread and BIND need.
PhaseResult run(const LoadPhase::Plan &plan)
{
    QThread thread;
    auto *phase = new LoadPhase(plan);
    phase->moveToThread(&thread);
    QEventLoop loop;
    phase->finished = [&loop] {
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    };
    thread.start();
    QMetaObject::invokeMethod(phase, &LoadPhase::start, Qt::QueuedConnection);
    loop.exec();
    PhaseResult result;
    QMetaObject::invokeMethod(
        phase,
        [&result, phase] {
            result = phase->result;
            delete phase;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return result;
}

QString machine()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    QString model;
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                model = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    QString load;
    if (loadavg.open(QIODevice::ReadOnly)) {
        load = QString::fromLatin1(loadavg.readAll().split(' ').mid(0, 3).join(' '));
    }
    return QStringLiteral("%1, %2 logical CPUs, load average %3").arg(model).arg(QThread::idealThreadCount()).arg(load);
}

template <typename T>
Result<T> await(std::function<void(std::function<void(Result<T>)>)> start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&result, &loop](Result<T> value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return *result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("clients"), QStringLiteral("Concurrent clients (32)."));
    parser.addPositionalArgument(QStringLiteral("seconds"), QStringLiteral("Seconds of present+cleanup pairs (10)."));
    parser.addPositionalArgument(QStringLiteral("bad-seconds"), QStringLiteral("Seconds of bad credentials (5)."));
    const QCommandLineOption publisherSeconds(QStringLiteral("publisher-seconds"),
                                              QStringLiteral("Seconds of the publisher alone (5; 0 skips it)."),
                                              QStringLiteral("seconds"),
                                              QStringLiteral("5"));
    const QCommandLineOption handshakePerPair(QStringLiteral("handshake-per-pair"),
                                              QStringLiteral("A new TLS connection for every pair."));
    parser.addOptions({publisherSeconds, handshakePerPair});
    parser.addHelpOption();
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const int clients = args.size() > 0 ? args.at(0).toInt() : 32;
    const int seconds = args.size() > 1 ? args.at(1).toInt() : 10;
    const int badSeconds = args.size() > 2 ? args.at(2).toInt() : 5;
    QTextStream out(stdout);
    QLoggingCategory::setFilterRules(
        QStringLiteral("certdesk.*.info=false\ncertdesk.*.debug=false\ncertdesk.core.secrets.warning=false"));

    Lab lab(Lab::Options{.pebble = false, .bind = true});
    if (const Result<void> started = lab.start(); !started) {
        out << "lab failed: " << started.problem().message() << Qt::endl;
        return 1;
    }
    const DnsServer bind{QHostAddress::LocalHost, lab.bindPort()};
    QTemporaryDir dir;
    const Result<std::shared_ptr<Store>> opened = Store::open(dir.filePath(QStringLiteral("certdesk.sqlite")));
    if (!opened) {
        out << "store failed: " << opened.problem().message() << Qt::endl;
        return 1;
    }
    const std::shared_ptr<Store> store = opened.value();
    SecretStore secrets(store->profileId());

    // The lab BIND as an RFC 2136 provider, exactly as `certdesk provider add` saves one, and the
    // DNS settings that find its zone's authoritative server (the same BIND) for confirmation.
    DnsProviderConfig config;
    config.title = QStringLiteral("Lab BIND");
    config.kind = QStringLiteral("rfc2136");
    config.settings = {{QStringLiteral("server"), bind.toString()}, {QStringLiteral("keyName"), lab.tsigKeyName()}};
    const Result<qint64> provider = DnsProviderRepository(store, Clock::system()).add(config, true);
    const Result<void> secretStored = await<void>([&](std::function<void(Result<void>)> done) {
        secrets.store(DnsProviderRepository::secretRefFor(provider.value()), lab.tsigSecret(), &app, std::move(done));
    });
    DnsSettings dns;
    dns.resolvers = {bind};
    dns.authoritativePort = lab.bindPort();
    dns.confirmTimeout = 20s;
    if (!provider || !secretStored || !dns.save(store)) {
        out << "provider setup failed" << Qt::endl;
        return 1;
    }
    ManagedChallenge challenge;
    challenge.title = QStringLiteral("Customer zone");
    challenge.providerId = provider.value();
    challenge.matchRule = DomainMatchRule(QStringLiteral("*.example.test"));
    challenge.id = ManagedChallengeRepository(store, Clock::system()).add(challenge).value();

    const HubService::PublisherFactory publishers = challengePublisherFactory(store, &secrets);
    HubService hub(store, &secrets, Clock::system(), publishers);
    HubSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.dataDir = dir.path();
    settings.burstPerAddress = settings.perMinutePerAddress = 10000000;
    settings.burstPerClient = settings.perMinutePerClient = 10000000;
    bool ready = false;
    Problem problem;
    QEventLoop starting;
    QObject::connect(&hub, &HubService::started, &starting, [&ready, &starting] {
        ready = true;
        starting.quit();
    });
    QObject::connect(&hub, &HubService::failed, &starting, [&problem, &starting](const Problem &failure) {
        problem = failure;
        starting.quit();
    });
    hub.start(settings);
    starting.exec();
    if (!ready) {
        out << "hub failed: " << problem.message() << Qt::endl;
        return 1;
    }

    LoadPhase::Plan plan;
    plan.port = hub.port();
    plan.trusted = hub.certificate();
    plan.bind = bind;
    plan.handshakePerPair = parser.isSet(handshakePerPair);
    for (int i = 0; i < clients; ++i) {
        ApiTokenStore::NewToken request;
        request.consumer = QStringLiteral("bench-%1").arg(i);
        request.scopeChallengeIds = {challenge.id};
        const ApiTokenStore::Issued issued = hub.tokens()->create(request).value();
        plan.clients << Credentials{issued.token.clientId.toLatin1(), issued.secret};
    }

    out << "hub_bench: " << clients << " clients, HTTPS on 127.0.0.1:" << plan.port
        << ", lab BIND on 127.0.0.1:" << lab.bindPort() << ", "
        << (plan.handshakePerPair ? "a new TLS connection per pair" : "keep-alive connections") << Qt::endl;
    out << "machine: " << machine() << Qt::endl;

    const auto report = [&out](const char *name, const char *unit, const char *one, const PhaseResult &r, double cpu) {
        out << name << ": " << r.units << ' ' << unit << " in " << QString::number(r.seconds, 'f', 2)
            << " s = " << QString::number(double(r.units) / r.seconds, 'f', 0) << ' ' << unit << "/s; requests "
            << r.requests << ", errors " << r.errors << ", statuses";
        for (auto it = r.statuses.cbegin(); it != r.statuses.cend(); ++it) {
            out << ' ' << it.key() << 'x' << it.value();
        }
        // The hub's share: the process less the client thread (BIND is another process).
        const double hubCpu = cpu - r.clientCpu;
        out << "; latency p50 " << QString::number(percentile(r.latenciesMs, 0.5), 'f', 1) << " ms, p99 "
            << QString::number(percentile(r.latenciesMs, 0.99), 'f', 1) << " ms; TLS handshakes " << r.handshakes
            << "; CPU s: process " << QString::number(cpu, 'f', 2) << ", client thread "
            << QString::number(r.clientCpu, 'f', 2) << ", rest per " << one << ' '
            << QString::number(r.units ? hubCpu / double(r.units) * 1e6 : 0, 'f', 0) << " us" << Qt::endl;
    };

    bool ok = true;
    if (const int direct = parser.value(publisherSeconds).toInt(); direct > 0) {
        const std::shared_ptr<ChallengePublisher> alone = publishers(challenge);
        const double cpu = cpuSeconds();
        const DirectResult r = runDirect(*alone, challenge, clients, direct);
        out << "publisher alone (update, confirmation, update; no hub): " << r.pairs << " pairs in "
            << QString::number(r.seconds, 'f', 2) << " s = " << QString::number(double(r.pairs) / r.seconds, 'f', 0)
            << " pairs/s, errors " << r.errors << "; process CPU " << QString::number(cpuSeconds() - cpu, 'f', 2)
            << " s" << Qt::endl;
        ok = ok && r.errors == 0;
    }

    plan.pairs = true;
    plan.seconds = seconds;
    double cpu = cpuSeconds();
    const PhaseResult pairs = run(plan);
    report("present+cleanup pairs", "pairs", "pair", pairs, cpuSeconds() - cpu);
    out << "  presents checked at BIND right after their 200: " << pairs.verified << " served, " << pairs.unverified
        << " not served" << Qt::endl;

    plan.pairs = false;
    plan.seconds = badSeconds;
    plan.handshakePerPair = false;
    cpu = cpuSeconds();
    const PhaseResult bad = run(plan);
    report("bad-credential rejections", "rejections", "rejection", bad, cpuSeconds() - cpu);

    hub.stop();
    // A clean stop writes every queued audit entry: one row per request the hub answered.
    QSqlQuery rows(store->connection());
    rows.exec(QStringLiteral("SELECT count(*) FROM hub_audit_log"));
    const qint64 audited = rows.next() ? rows.value(0).toLongLong() : -1;
    const qint64 requests = pairs.requests + bad.requests;
    out << "audit log: " << audited << " rows for " << requests << " requests" << Qt::endl;

    ok = ok && pairs.errors == 0 && bad.errors == 0 && pairs.unverified == 0 && audited == requests;
    out << (ok ? "result: no errors" : "result: ERRORS") << Qt::endl;
    return ok ? 0 : 1;
}
