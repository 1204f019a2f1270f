// Load generator for the management hub (issue 5): HubService with its real TLS listener, token
// store (pepper from the keychain) and relay, writing every record to the lab's BIND with
// TSIG-signed RFC 2136 updates; clients on loopback with keep-alive HTTPS connections.
//
//   phase 1: N clients (default 32), each with its own token, send lego-httpreq style
//            /present then /cleanup pairs for D seconds (default 10); every answer must be 200.
//   phase 2: N clients send /present with a wrong secret for B seconds (default 5); every
//            answer must be 401.
//
//     tests/tools/with-secret-service.sh build/bench/hub_bench [clients=32] [seconds=10] [bad-seconds=5]
//
// Bounded: at most 200,000 requests per phase, each phase stops issuing at its deadline and
// waits at most 10 s for answers in flight. The hub's rate limits are raised for the run (they
// would otherwise answer 429 long before the hub's capacity is reached); everything else is as
// shipped. Prints counts, rates, latencies and CPU time, never a secret.

#include "DnsUpdatePublisher.h"
#include "Lab.h"

#include "core/Clock.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/hub/ApiTokenStore.h"
#include "core/hub/HubService.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

namespace {

constexpr int kMaxRequestsPerPhase = 200000;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Credentials
{
    QByteArray clientId;
    QByteArray secret;
};

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

    int reconnects = 0;

    void send(const QByteArray &request, std::function<void(int)> done)
    {
        m_done = std::move(done);
        m_buffer.clear();
        if (m_socket.state() == QAbstractSocket::ConnectedState && m_socket.isEncrypted()) {
            m_socket.write(request);
            return;
        }
        ++reconnects;
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
    int reconnects = 0;
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
        int seconds = 10;
    };

    explicit LoadPhase(Plan plan)
        : m_plan(std::move(plan))
    {
    }

    PhaseResult result;
    std::function<void()> finished;

    void start()
    {
        m_clock.start();
        for (int i = 0; i < m_plan.clients.size(); ++i) {
            m_connections << new Connection(m_plan.port, m_plan.trusted, this);
            next(i);
        }
        QTimer::singleShot(std::chrono::seconds(m_plan.seconds) + std::chrono::seconds(10), this, [this] {
            complete(); // answers still missing count as errors
        });
    }

private:
    static QByteArray value(int client, qint64 n)
    {
        return QCryptographicHash::hash(QByteArray(QByteArray::number(client) + ':' + QByteArray::number(n)),
                                        QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

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
        const QByteArray body = "{\"fqdn\":\"_acme-challenge.c" + QByteArray::number(client) + "n"
                                + QByteArray::number(n) + ".example.test.\",\"value\":\"" + value(client, n) + "\"}";
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
        connection->send(request(client, "/present", body, true), [=, this](int status) {
            ++result.statuses[status];
            if (status != 200) {
                ++result.errors;
                next(client);
                return;
            }
            ++result.requests;
            connection->send(request(client, "/cleanup", body, true), [=, this](int cleaned) {
                count(cleaned, 200, started);
                next(client);
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
            result.reconnects += connection->reconnects;
        }
        finished();
    }

    Plan m_plan;
    QList<Connection *> m_connections;
    QElapsedTimer m_clock;
    qint64 m_sequence = 0;
    int m_idle = 0;
    bool m_done = false;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Runs a phase on a fresh thread and waits (spinning this thread's loop, where the hub lives).
PhaseResult run(const LoadPhase::Plan &plan)
{
    QThread thread;
    auto *phase = new LoadPhase(plan);
    phase->moveToThread(&thread);
    bool done = false;
    phase->finished = [&done] {
        done = true;
    };
    thread.start();
    QMetaObject::invokeMethod(phase, &LoadPhase::start, Qt::QueuedConnection);
    while (!done) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
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
    return QStringLiteral("%1, %2 logical CPUs").arg(model).arg(QThread::idealThreadCount());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clients = args.size() > 1 ? args.at(1).toInt() : 32;
    const int seconds = args.size() > 2 ? args.at(2).toInt() : 10;
    const int badSeconds = args.size() > 3 ? args.at(3).toInt() : 5;
    QTextStream out(stdout);
    QLoggingCategory::setFilterRules(QStringLiteral("certdesk.*.info=false\ncertdesk.*.debug=false"));

    Lab lab(Lab::Options{.pebble = false, .bind = true});
    if (const Result<void> started = lab.start(); !started) {
        out << "lab failed: " << started.problem().message() << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const Result<std::shared_ptr<Store>> opened = Store::open(dir.filePath(QStringLiteral("certdesk.sqlite")));
    if (!opened) {
        out << "store failed: " << opened.problem().message() << Qt::endl;
        return 1;
    }
    const std::shared_ptr<Store> store = opened.value();
    SecretStore secrets(store->profileId());
    QSqlQuery query(store->connection());
    query.exec(QStringLiteral("INSERT INTO dns_providers (title, kind, created_at, updated_at) "
                              "VALUES ('lab BIND', 'rfc2136', '2026-01-01', '2026-01-01')"));
    ManagedChallenge challenge;
    challenge.title = QStringLiteral("Customer zone");
    challenge.providerId = query.lastInsertId().toLongLong();
    challenge.matchRule = DomainMatchRule(QStringLiteral("*.example.test"));
    const qint64 challengeId = ManagedChallengeRepository(store, Clock::system()).add(challenge).value();

    const TsigKey key =
        TsigKey::create(lab.tsigKeyName(), TsigKey::algorithmFromName(lab.tsigAlgorithm()).value(), lab.tsigSecret())
            .value();
    auto publisher = std::make_shared<DnsUpdatePublisher>(
        DnsServer{QHostAddress::LocalHost, lab.bindPort()}, key, QStringList{lab.customerZone()});
    HubService hub(store, &secrets, Clock::system(), [publisher](const ManagedChallenge &) {
        return publisher;
    });
    HubSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.dataDir = dir.path();
    settings.burstPerAddress = settings.perMinutePerAddress = 10000000;
    settings.burstPerClient = settings.perMinutePerClient = 10000000;
    bool ready = false;
    Problem problem;
    QObject::connect(&hub, &HubService::started, [&ready] {
        ready = true;
    });
    QObject::connect(&hub, &HubService::failed, [&problem](const Problem &failure) {
        problem = failure;
    });
    hub.start(settings);
    while (!ready && problem.code.isEmpty()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    if (!ready) {
        out << "hub failed: " << problem.message() << Qt::endl;
        return 1;
    }

    LoadPhase::Plan plan;
    plan.port = hub.port();
    plan.trusted = hub.certificate();
    for (int i = 0; i < clients; ++i) {
        ApiTokenStore::NewToken request;
        request.consumer = QStringLiteral("bench-%1").arg(i);
        request.scopeChallengeIds = {challengeId};
        const ApiTokenStore::Issued issued = hub.tokens()->create(request).value();
        plan.clients << Credentials{issued.token.clientId.toLatin1(), issued.secret};
    }

    out << "hub_bench: " << clients << " clients, HTTPS on 127.0.0.1:" << plan.port
        << ", lab BIND on 127.0.0.1:" << lab.bindPort() << Qt::endl;
    out << "machine: " << machine() << Qt::endl;

    const auto report = [&out](const char *name, const char *unit, const PhaseResult &r, double cpu) {
        out << name << ": " << r.units << ' ' << unit << " in " << QString::number(r.seconds, 'f', 2)
            << " s = " << QString::number(double(r.units) / r.seconds, 'f', 0) << ' ' << unit << "/s; requests "
            << r.requests << ", errors " << r.errors << ", statuses";
        for (auto it = r.statuses.cbegin(); it != r.statuses.cend(); ++it) {
            out << ' ' << it.key() << 'x' << it.value();
        }
        out << "; latency p50 " << QString::number(percentile(r.latenciesMs, 0.5), 'f', 1) << " ms, p99 "
            << QString::number(percentile(r.latenciesMs, 0.99), 'f', 1) << " ms; TLS connections " << r.reconnects
            << "; process CPU " << QString::number(cpu, 'f', 2) << " s" << Qt::endl;
    };

    plan.pairs = true;
    plan.seconds = seconds;
    const int updatesBefore = publisher->updates;
    double cpu = cpuSeconds();
    const PhaseResult pairs = run(plan);
    report("present+cleanup pairs", "pairs", pairs, cpuSeconds() - cpu);
    out << "  BIND updates " << publisher->updates - updatesBefore << ", failed " << publisher->failures << Qt::endl;

    plan.pairs = false;
    plan.seconds = badSeconds;
    cpu = cpuSeconds();
    const PhaseResult bad = run(plan);
    report("bad-credential rejections", "rejections", bad, cpuSeconds() - cpu);

    hub.stop();
    const bool ok = pairs.errors == 0 && bad.errors == 0 && publisher->failures == 0;
    out << (ok ? "result: no errors" : "result: ERRORS") << Qt::endl;
    return ok ? 0 : 1;
}
