#include "DnsClient.h"

#include "DnsLookupProblem.h"
#include "DnsName.h"
#include "DnsQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUdpSocket>

Q_LOGGING_CATEGORY(lcDns, "certdesk.core.dns")

namespace {

// A few sockets per address family spread replies over several kernel receive buffers; each
// gets its own ephemeral source port chosen by the kernel (RFC 5452 §9.2 recommends varying it).
constexpr int SocketsPerFamily = 4;
constexpr int ReceiveBufferBytes = 4 * 1024 * 1024;
constexpr std::chrono::milliseconds DeadlineTick{10};

} // namespace

struct DnsClient::UdpChannel
{
    QUdpSocket socket;
    QAbstractSocket::NetworkLayerProtocol protocol = QAbstractSocket::IPv4Protocol;
    QHash<quint16, Transaction *> byId;
};

struct DnsClient::Transaction
{
    Handle handle = 0;
    DnsServer server;
    QString name;
    DnsRecordType type = DnsRecordType::A;
    Options options;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    QString serverKey;
    QByteArray query;
    bool inFlight = false;
    UdpChannel *channel = nullptr;
    quint16 id = 0;
    int attempt = 0;
    qint64 deadline = 0;
    QTcpSocket *tcp = nullptr;
    QByteArray tcpBuffer;
};

DnsClient::DnsClient(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_deadlineTimer.setInterval(DeadlineTick);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &DnsClient::checkDeadlines);
}

DnsClient::~DnsClient()
{
    // Pending callbacks are dropped: their owner outlived its client, so nobody waits for them.
    for (auto &[handle, transaction] : m_transactions) {
        if (transaction->tcp) {
            transaction->tcp->disconnect(this);
            transaction->tcp->abort();
            delete transaction->tcp;
        }
    }
    m_transactions.clear();
    m_deadlines.clear();
    m_servers.clear();
    m_backlogged.clear();
}

DnsClient::Handle
DnsClient::lookup(const DnsServer &server, const QString &name, DnsRecordType type, QObject *context, Callback callback)
{
    return lookup(server, name, type, m_defaultOptions, context, std::move(callback));
}

DnsClient::Handle DnsClient::lookup(const DnsServer &server,
                                    const QString &name,
                                    DnsRecordType type,
                                    const Options &options,
                                    QObject *context,
                                    Callback callback)
{
    auto transaction = std::make_unique<Transaction>();
    Transaction *t = transaction.get();
    t->handle = m_nextHandle++;
    t->server = server;
    t->name = DnsName::fromNormalised(name).ace();
    t->type = type;
    t->options = options;
    t->options.attempts = qMax(1, options.attempts);
    t->context = context;
    t->hasContext = context != nullptr;
    t->callback = std::move(callback);
    m_transactions.emplace(t->handle, std::move(transaction));
    if (!m_deadlineTimer.isActive()) {
        m_deadlineTimer.start();
    }

    DnsMessage::QueryOptions queryOptions;
    queryOptions.recursionDesired = options.recursionDesired;
    queryOptions.ednsUdpSize = options.ednsUdpSize;
    Result<QByteArray> query = DnsMessage::buildQuery(0, t->name, type, queryOptions);
    if (!query) {
        finishLater(t->handle, query.problem());
        return t->handle;
    }
    if (server.isNull()) {
        finishLater(
            t->handle,
            Problem::make(
                Problem::Category::Configuration,
                QStringLiteral("dns.no-server"),
                tr("No DNS server is configured for this lookup."),
                tr("CertDesk needs a server address to ask for %1.").arg(DnsLookupProblem::question(t->name, type)),
                tr("Enter the address of a DNS server in the settings.")));
        return t->handle;
    }
    t->query = std::move(query).value();

    t->serverKey = server.toString();
    m_servers[t->serverKey].waiting.push_back(t->handle);
    m_backlogged.insert(t->serverKey);
    startQueued();
    return t->handle;
}

void DnsClient::cancel(Handle handle)
{
    const auto it = m_transactions.find(handle);
    if (it != m_transactions.end()) {
        release(it->second.get());
        startQueued();
    }
}

DnsQuery *DnsClient::query(const DnsServer &server, const DnsName &name, DnsRecordType type, QObject *parent)
{
    return new DnsQuery(this, server, name, type, parent);
}

void DnsClient::startQueued()
{
    // One lookup per backlogged server per pass, so a long queue for one server does not
    // starve the others.
    bool progress = true;
    while (progress && m_inFlight < m_maxInFlight && !m_backlogged.empty()) {
        progress = false;
        for (auto key = m_backlogged.begin(); key != m_backlogged.end() && m_inFlight < m_maxInFlight;) {
            ServerQueue &queue = m_servers[*key];
            while (!queue.waiting.empty() && queue.inFlight < m_maxPerServer) {
                const Handle handle = queue.waiting.front();
                queue.waiting.pop_front();
                const auto it = m_transactions.find(handle);
                if (it == m_transactions.end()) {
                    continue; // cancelled while waiting
                }
                Transaction *t = it->second.get();
                t->inFlight = true;
                ++queue.inFlight;
                ++m_inFlight;
                progress = true;
                send(t);
                break;
            }
            key = queue.waiting.empty() ? m_backlogged.erase(key) : std::next(key);
        }
    }
}

DnsClient::UdpChannel *DnsClient::channelFor(const QHostAddress &server)
{
    const auto protocol = server.protocol() == QAbstractSocket::IPv6Protocol ? QAbstractSocket::IPv6Protocol
                                                                             : QAbstractSocket::IPv4Protocol;
    std::vector<UdpChannel *> candidates;
    for (const auto &channel : m_channels) {
        if (channel->protocol == protocol) {
            candidates.push_back(channel.get());
        }
    }
    if (int(candidates.size()) < SocketsPerFamily) {
        auto channel = std::make_unique<UdpChannel>();
        channel->protocol = protocol;
        QHostAddress local = protocol == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                       : QHostAddress(QHostAddress::AnyIPv4);
        if (!m_localAddress.isNull() && m_localAddress.protocol() == local.protocol()) {
            local = m_localAddress;
        }
        if (channel->socket.bind(local, 0)) {
            channel->socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, ReceiveBufferBytes);
            UdpChannel *raw = channel.get();
            connect(&raw->socket, &QUdpSocket::readyRead, this, [this, raw] {
                readUdp(raw);
            });
            m_channels.push_back(std::move(channel));
            candidates.push_back(raw);
        } else {
            qCWarning(lcDns) << "cannot open a UDP socket:" << channel->socket.errorString();
        }
    }
    if (candidates.empty()) {
        return nullptr;
    }
    return candidates[m_nextChannel++ % candidates.size()];
}

void DnsClient::send(Transaction *t)
{
    t->channel = channelFor(t->server.address);
    if (!t->channel) {
        finishLater(t->handle, DnsLookupProblem::network(t->server, tr("no UDP socket could be opened")));
        return;
    }
    // 65,536 IDs per socket and at most m_maxInFlight in use, so this ends quickly.
    quint16 id = 0;
    do {
        id = quint16(QRandomGenerator::system()->generate());
    } while (t->channel->byId.contains(id));
    t->id = id;
    t->query[0] = char(id >> 8);
    t->query[1] = char(id & 0xff);
    t->channel->byId.insert(id, t);
    sendUdp(t);
}

void DnsClient::sendUdp(Transaction *t)
{
    ++t->attempt;
    setDeadline(t, m_clock.elapsed() + t->options.timeout.count());
    const qint64 written = t->channel->socket.writeDatagram(t->query, t->server.address, t->server.port);
    // A full send buffer is a lost datagram: the retry covers it. Anything else will not heal.
    if (written < 0 && t->channel->socket.error() != QAbstractSocket::TemporaryError) {
        finishLater(t->handle, DnsLookupProblem::network(t->server, t->channel->socket.errorString()));
    }
}

void DnsClient::readUdp(UdpChannel *channel)
{
    const QPointer<DnsClient> guard(this);
    QByteArray buffer;
    while (channel->socket.hasPendingDatagrams()) {
        const qint64 size = channel->socket.pendingDatagramSize();
        buffer.resize(qMax<qint64>(size, 0));
        QHostAddress from;
        quint16 port = 0;
        const qint64 read = channel->socket.readDatagram(buffer.data(), buffer.size(), &from, &port);
        if (read < 0) {
            break;
        }
        buffer.resize(read);
        const int id = DnsMessage::peekId(buffer);
        Transaction *t = id < 0 ? nullptr : channel->byId.value(quint16(id));
        if (!t) {
            qCDebug(lcDns) << "dropping a reply with an unknown ID from" << from << port;
            continue;
        }
        // RFC 5452 §9.1: only the server we asked, from the port we asked.
        if (port != t->server.port || !from.isEqual(t->server.address, QHostAddress::ConvertV4MappedToIPv4)) {
            qCDebug(lcDns) << "dropping a reply from an unexpected source" << from << port;
            continue;
        }
        accept(t, buffer, false);
        if (!guard) {
            return;
        }
    }
}

bool DnsClient::accept(Transaction *t, const QByteArray &wire, bool overTcp)
{
    Result<DnsMessage> parsed = DnsMessage::parse(wire);
    // A FORMERR may come without the question (RFC 6891 §7 servers that cannot parse the OPT
    // record often send the bare header); ID and source still have to match.
    const bool sameQuestion = parsed
                              && ((parsed->questionName() == t->name && parsed->questionType() == t->type)
                                  || (parsed->rcode() == DnsRcode::FormErr && parsed->questionName().isEmpty()));
    const bool matches = sameQuestion && parsed->isResponse() && parsed->id() == t->id;
    if (!matches) {
        if (!overTcp) {
            // Over UDP this may be a forgery or a stray: keep waiting for the real reply.
            qCDebug(lcDns) << "dropping a reply that does not match its question from" << t->server.toString();
            return false;
        }
        finish(t,
               parsed ? Problem::make(Problem::Category::Dns,
                                      QStringLiteral("dns.malformed"),
                                      tr("The DNS server answered a different question."),
                                      tr("%1 sent an answer over TCP that does not match %2.")
                                          .arg(t->server.toString(), DnsLookupProblem::question(t->name, t->type)))
                      : parsed.problem());
        return true;
    }
    if (parsed->isTruncated() && !overTcp) {
        startTcp(t);
        return false;
    }
    if (parsed->rcode() == DnsRcode::FormErr && !parsed->hasEdns() && t->options.ednsUdpSize > 0 && !overTcp) {
        // RFC 6891 §7: a server that does not know EDNS answers FORMERR without an OPT record;
        // ask again the old way before calling the question malformed.
        qCDebug(lcDns) << "FORMERR without EDNS, retrying without EDNS:"
                       << DnsLookupProblem::question(t->name, t->type);
        DnsMessage::QueryOptions plain;
        plain.recursionDesired = t->options.recursionDesired;
        plain.ednsUdpSize = 0;
        Result<QByteArray> query = DnsMessage::buildQuery(t->id, t->name, t->type, plain);
        if (query) {
            t->options.ednsUdpSize = 0;
            t->query = std::move(query).value();
            t->attempt = 0;
            sendUdp(t);
            return false;
        }
    }
    DnsAnswer answer;
    answer.message = std::move(parsed).value();
    answer.server = t->server;
    answer.overTcp = overTcp;
    const QString name = t->name;
    const DnsRecordType type = t->type;
    finish(t, t->options.everyRcode ? Result<DnsAnswer>(answer) : DnsLookupProblem::fromAnswer(answer, name, type));
    return true;
}

void DnsClient::startTcp(Transaction *t)
{
    // RFC 7766 §5: a truncated UDP answer is retried over TCP. The UDP ID is freed now; the TCP
    // connection is private to this query, so the ID only has to match there.
    qCDebug(lcDns) << "truncated answer, retrying over TCP:" << DnsLookupProblem::question(t->name, t->type);
    t->channel->byId.remove(t->id);
    t->channel = nullptr;
    setDeadline(t, m_clock.elapsed() + 2 * t->options.timeout.count());
    t->tcp = new QTcpSocket(this);
    const Handle handle = t->handle;
    const auto find = [this, handle]() -> Transaction * {
        const auto it = m_transactions.find(handle);
        return it == m_transactions.end() ? nullptr : it->second.get();
    };
    connect(t->tcp, &QTcpSocket::connected, this, [find] {
        if (Transaction *current = find()) {
            // RFC 1035 §4.2.2: a two-octet length precedes each message on TCP.
            QByteArray frame;
            frame.reserve(current->query.size() + 2);
            frame.append(char(current->query.size() >> 8));
            frame.append(char(current->query.size() & 0xff));
            frame.append(current->query);
            current->tcp->write(frame);
        }
    });
    connect(t->tcp, &QTcpSocket::readyRead, this, [this, find] {
        if (Transaction *current = find()) {
            readTcp(current);
        }
    });
    connect(t->tcp, &QTcpSocket::errorOccurred, this, [this, find] {
        if (Transaction *current = find()) {
            finish(current, DnsLookupProblem::network(current->server, current->tcp->errorString()));
        }
    });
    if (!m_localAddress.isNull() && m_localAddress.protocol() == t->server.address.protocol()) {
        t->tcp->bind(m_localAddress, 0);
    }
    // Last: on some platforms a refused connection is reported from inside connectToHost.
    t->tcp->connectToHost(t->server.address, t->server.port);
}

void DnsClient::readTcp(Transaction *t)
{
    t->tcpBuffer += t->tcp->readAll();
    if (t->tcpBuffer.size() < 2) {
        return;
    }
    const int length = (quint8(t->tcpBuffer.at(0)) << 8) | quint8(t->tcpBuffer.at(1));
    if (t->tcpBuffer.size() < length + 2) {
        return;
    }
    accept(t, t->tcpBuffer.mid(2, length), true);
}

void DnsClient::setDeadline(Transaction *t, qint64 deadline)
{
    if (t->deadline > 0) {
        m_deadlines.erase({t->deadline, t->handle});
    }
    t->deadline = deadline;
    m_deadlines.insert({deadline, t->handle});
}

void DnsClient::checkDeadlines()
{
    // Ordered by deadline: a tick costs the expired lookups, not every pending one.
    const qint64 now = m_clock.elapsed();
    std::vector<Handle> expired;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend() && it->first <= now; ++it) {
        expired.push_back(it->second);
    }
    const QPointer<DnsClient> guard(this);
    for (const Handle handle : expired) {
        const auto it = m_transactions.find(handle);
        if (it == m_transactions.end()) {
            continue;
        }
        Transaction *t = it->second.get();
        if (!t->inFlight) {
            continue;
        }
        if (t->tcp) {
            finish(t, DnsLookupProblem::timeout(t->server, t->name, t->type, t->attempt, true));
        } else if (t->attempt < t->options.attempts) {
            sendUdp(t);
        } else {
            finish(t, DnsLookupProblem::timeout(t->server, t->name, t->type, t->attempt, false));
        }
        if (!guard) {
            return;
        }
    }
}

void DnsClient::finish(Transaction *t, const Result<DnsAnswer> &result)
{
    const Callback callback = std::move(t->callback);
    const QPointer<QObject> context = t->context;
    const bool hasContext = t->hasContext;
    release(t);
    startQueued();
    if (hasContext && !context) {
        return;
    }
    if (callback) {
        callback(result);
    }
}

void DnsClient::finishLater(Handle handle, const Problem &problem)
{
    // Callbacks never run inside lookup(): callers must be able to store the handle first.
    QMetaObject::invokeMethod(
        this,
        [this, handle, problem] {
            const auto it = m_transactions.find(handle);
            if (it != m_transactions.end()) {
                finish(it->second.get(), problem);
            }
        },
        Qt::QueuedConnection);
}

void DnsClient::release(Transaction *t)
{
    if (t->deadline > 0) {
        m_deadlines.erase({t->deadline, t->handle});
    }
    if (t->channel) {
        t->channel->byId.remove(t->id);
    }
    if (t->tcp) {
        t->tcp->disconnect(this);
        t->tcp->abort();
        t->tcp->deleteLater();
    }
    if (t->inFlight) {
        --m_inFlight;
        const auto queue = m_servers.find(t->serverKey);
        if (queue != m_servers.end() && --queue->second.inFlight == 0 && queue->second.waiting.empty()) {
            m_servers.erase(queue);
        }
    }
    m_transactions.erase(t->handle);
    if (m_transactions.empty()) {
        m_deadlineTimer.stop();
    }
}
