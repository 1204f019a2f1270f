#pragma once

#include "core/Problem.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsServer.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <optional>

class DnsClient;

// Asks each recursive resolver, in parallel, for the SOA record of a zone that matters to
// CertDesk (the delegation zone, which CAs must reach through CNAMEs; the root zone when there
// is none yet), to show in the settings whether the resolvers can be used for record checks.
// One-shot job: start() never emits synchronously; `finished` fires exactly once with an
// outcome per resolver, in the order given; then the job deletes itself.
class ResolverCheck final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        DnsServer server;
        std::optional<Problem> problem; // none: it answered
        qint64 milliseconds = 0;

        bool ok() const { return !problem.has_value(); }
    };

    ResolverCheck(QList<DnsServer> resolvers, DnsName zone, QObject *parent = nullptr);
    ~ResolverCheck() override;
    Q_DISABLE_COPY_MOVE(ResolverCheck)

    // The zone asked for: `zone`, or the root zone when it is null.
    DnsName zone() const { return m_zone; }

    void start();

    const QList<Outcome> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void finished(ResolverCheck *check);

private:
    void run();
    void settle(qsizetype index, std::optional<Problem> problem);

    QList<DnsServer> m_resolvers;
    DnsName m_zone;
    DnsClient *m_client;
    QList<Outcome> m_outcomes;
    QElapsedTimer m_timer;
    qsizetype m_pending = 0;
    bool m_started = false;
};
