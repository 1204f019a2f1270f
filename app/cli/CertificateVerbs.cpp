#include "CertificateVerbs.h"

#include "VerbContext.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/acme/AcmeClient.h"
#include "core/acme/AcmeClientPool.h"
#include "core/acme/AcmeJob.h"
#include "core/acme/CaAccountRepository.h"
#include "core/certificates/CertificateRepository.h"
#include "core/crypto/CertificateInfo.h"
#include "core/crypto/Envelope.h"
#include "core/deploy/DeploymentJob.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderQueue.h"
#include "core/jobs/Provisioning.h"
#include "core/jobs/RecordWatcher.h"
#include "core/jobs/RenewalInfoCheck.h"
#include "core/jobs/RenewalPlanner.h"
#include "core/secrets/DataKey.h"
#include "core/store/ActivityLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerbs)
};

OrderQueue *makeQueue(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    auto *queue = new OrderQueue(context.profile()->store(), context.secrets(), QCoreApplication::instance());
    queue->setConcurrency(parser.value(QStringLiteral("concurrency")).toInt() > 0
                              ? parser.value(QStringLiteral("concurrency")).toInt()
                              : 16);
    if (parser.isSet(QStringLiteral("http-listen"))) {
        const QString listen = parser.value(QStringLiteral("http-listen"));
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        queue->setDefaultHttpListen(QHostAddress(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'))),
                                    listen.mid(colon + 1).toUShort());
    }
    return queue;
}

// Runs orders for `endpointIds` (and any left unfinished) on `queue` to completion; prints one
// line each, then calls `done` with the exit code and deletes the queue.
void runOrdersOn(VerbContext &context,
                 OrderQueue *queue,
                 const QList<qint64> &endpointIds,
                 std::function<void(int)> done)
{
    auto results = std::make_shared<QJsonArray>();
    auto failures = std::make_shared<int>(0);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QObject::connect(queue,
                     &OrderQueue::orderFinished,
                     queue,
                     [&context, results, failures](qint64 endpointId, bool succeeded, const Problem &problem) {
                         const Result<Endpoint> endpoint =
                             EndpointRepository(context.profile()->store()).find(endpointId);
                         const QString names =
                             endpoint ? endpoint->names.join(QStringLiteral(", ")) : QString::number(endpointId);
                         if (!succeeded) {
                             ++*failures;
                         }
                         context.say(succeeded ? Text::tr("issued   %1").arg(names)
                                               : Text::tr("FAILED   %1: %2").arg(names, problem.message()));
                         results->append(QJsonObject{{QStringLiteral("endpoint"), endpointId},
                                                     {QStringLiteral("names"), names},
                                                     {QStringLiteral("ok"), succeeded},
                                                     {QStringLiteral("error"), problem.code}});
                     });
    QObject::connect(queue, &OrderQueue::idle, queue, [&context, queue, results, failures, timer, done] {
        queue->deleteLater();
        if (context.json()) {
            context.printResult({},
                                QJsonObject{{QStringLiteral("orders"), *results},
                                            {QStringLiteral("failed"), *failures},
                                            {QStringLiteral("seconds"), timer->elapsed() / 1000.0}});
        }
        done(*failures == 0 ? 0 : 1);
    });
    queue->resumeUnfinished();
    queue->issue(endpointIds);
}

int runOrders(VerbContext &context, const QList<qint64> &endpointIds)
{
    return context.runAsync([&context, endpointIds](std::function<void(int)> done) {
        runOrdersOn(context, makeQueue(context), endpointIds, done);
    });
}

RenewalPlanner::Plan planFor(const IssuedCertificate &certificate)
{
    RenewalPlanner::Certificate input{certificate.serial, certificate.notBefore, certificate.notAfter, {}};
    if (certificate.renewalWindowStart.isValid()) {
        input.ariWindow = RenewalPlanner::RenewalWindow{certificate.renewalWindowStart, certificate.renewalWindowEnd};
    }
    return RenewalPlanner(Clock::system()).plan(input);
}

QList<QCommandLineOption> orderOptions()
{
    return {
        {QStringLiteral("concurrency"), Text::tr("Orders in flight at once (default 16)."), QStringLiteral("N")},
        {QStringLiteral("http-listen"),
         Text::tr("Built-in http-01 responder address for endpoints that set none (default 0.0.0.0:80)."),
         QStringLiteral("ADDR:PORT")},
    };
}

int issue(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const EndpointRepository endpoints(context.profile()->store());
    QList<qint64> ids;
    if (parser.isSet(QStringLiteral("all"))) {
        const Result<QList<Endpoint>> all = endpoints.list();
        if (!all) {
            return context.fail(all.problem());
        }
        for (const Endpoint &endpoint : all.value()) {
            ids << endpoint.id;
        }
    } else {
        if (parser.positionalArguments().isEmpty()) {
            return context.usage(Text::tr("issue needs endpoint names, or --all."));
        }
        for (const QString &name : parser.positionalArguments()) {
            const Result<Endpoint> endpoint = endpoints.findByName(name);
            if (!endpoint) {
                return context.fail(endpoint.problem());
            }
            ids << endpoint->id;
        }
    }
    return runOrders(context, ids);
}

// Adds to `due` the endpoints waiting for their first certificate whose preconditions hold
// (Provisioning), saying for each why it is ordered or why it still waits; then calls `then`.
void addFirstOrders(VerbContext &context,
                    OrderQueue *queue,
                    const QList<Endpoint> &waiting,
                    QList<qint64> due,
                    std::function<void(QList<qint64>)> then)
{
    QList<qint64> checkFirst;
    QHash<qint64, QString> names;
    for (const Endpoint &endpoint : waiting) {
        names.insert(endpoint.id, endpoint.names.join(QStringLiteral(", ")));
        if (Provisioning::needsRecordCheck(endpoint)) {
            checkFirst << endpoint.id;
        } else {
            due << endpoint.id;
            context.say(Text::tr("first    %1 (no certificate yet)").arg(names.value(endpoint.id)));
        }
    }
    if (checkFirst.isEmpty()) {
        then(due);
        return;
    }
    auto *watcher = new RecordWatcher(context.profile()->store(), Clock::system(), queue);
    watcher->check(
        checkFirst,
        [&context, watcher, checkFirst, names, due, then](const Result<RecordWatcher::Report> &report) mutable {
            watcher->deleteLater();
            if (!report) {
                for (qint64 id : checkFirst) {
                    context.say(Text::tr("waiting  %1 (%2)").arg(names.value(id), report.problem().message()));
                }
                then(due);
                return;
            }
            const Provisioning::Readiness readiness = Provisioning::judge(checkFirst, report.value());
            for (qint64 id : checkFirst) {
                if (readiness.waiting.contains(id)) {
                    context.say(Text::tr("waiting  %1 (%2)").arg(names.value(id), readiness.waiting.value(id)));
                } else {
                    due << id;
                    context.say(Text::tr("first    %1 (its DNS records are in place)").arg(names.value(id)));
                }
            }
            then(due);
        });
}

int renewDue(VerbContext &context)
{
    if (!context.parser().isSet(QStringLiteral("due"))) {
        return context.usage(Text::tr("renew needs --due (renew every certificate whose renewal time has come)."));
    }
    const auto store = context.profile()->store();
    const Result<QList<IssuedCertificate>> current = CertificateRepository(store).allCurrent();
    const Result<QList<Endpoint>> endpoints = EndpointRepository(store).list();
    if (!current || !endpoints) {
        return context.fail(!current ? current.problem() : endpoints.problem());
    }
    // "Only when I ask" endpoints are neither renewed nor provisioned here.
    const QSet<qint64> manual = Provisioning::manualOnly(endpoints.value());
    QList<IssuedCertificate> renewable;
    for (const IssuedCertificate &certificate : current.value()) {
        if (!manual.contains(certificate.endpointId)) {
            renewable << certificate;
        }
    }
    const QList<Endpoint> waiting =
        Provisioning::awaitingFirstCertificate(endpoints.value(), QDateTime::currentDateTimeUtc());
    return context.runAsync([&context, store, renewable, manual, waiting](std::function<void(int)> done) {
        OrderQueue *queue = makeQueue(context);
        // The CA's word first (ARI, RFC 9773): it may ask for renewal before two thirds of the
        // lifetime (an incident) or later.
        auto *check = new RenewalInfoCheck(store, queue->clients(), renewable, Clock::system(), queue);
        QObject::connect(check, &RenewalInfoCheck::finished, queue, [&context, store, queue, manual, waiting, done] {
            const Result<QList<IssuedCertificate>> refreshed = CertificateRepository(store).allCurrent();
            if (!refreshed) {
                queue->deleteLater();
                done(context.fail(refreshed.problem()));
                return;
            }
            QList<qint64> due;
            for (const IssuedCertificate &certificate : refreshed.value()) {
                const RenewalPlanner::Plan plan = planFor(certificate);
                if (plan.due && !manual.contains(certificate.endpointId)) {
                    due << certificate.endpointId;
                    context.say(
                        Text::tr("due      %1 (%2)").arg(certificate.names.join(QStringLiteral(", ")), plan.reason));
                }
            }
            addFirstOrders(context, queue, waiting, due, [&context, queue, done](const QList<qint64> &ordered) {
                if (ordered.isEmpty()) {
                    queue->deleteLater();
                    context.printResult(Text::tr("No certificate is due for renewal."),
                                        {{QStringLiteral("orders"), QJsonArray()}});
                    done(0);
                    return;
                }
                runOrdersOn(context, queue, ordered, done);
            });
        });
        check->start();
    });
}

int listCertificates(VerbContext &context)
{
    const auto store = context.profile()->store();
    const Result<QList<Endpoint>> endpoints = EndpointRepository(store).list();
    if (!endpoints) {
        return context.fail(endpoints.problem());
    }
    const QStringList filter = context.parser().positionalArguments();
    const CertificateRepository certificates(store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text;
    QJsonArray array;
    for (const Endpoint &endpoint : endpoints.value()) {
        if (!filter.isEmpty() && std::none_of(filter.cbegin(), filter.cend(), [&](const QString &name) {
                return endpoint.names.contains(name.toLower());
            })) {
            continue;
        }
        const Result<std::optional<IssuedCertificate>> current = certificates.current(endpoint.id);
        if (!current) {
            return context.fail(current.problem());
        }
        QJsonObject row{{QStringLiteral("endpoint"), endpoint.id},
                        {QStringLiteral("names"), QJsonArray::fromStringList(endpoint.names)},
                        {QStringLiteral("status"), endpoint.status}};
        if (current.value()) {
            const IssuedCertificate &certificate = *current.value();
            const qint64 days = now.daysTo(certificate.notAfter);
            row.insert(QStringLiteral("serial"), certificate.serial);
            row.insert(QStringLiteral("issuer"), certificate.issuer);
            row.insert(QStringLiteral("notAfter"), certificate.notAfter.toString(Qt::ISODate));
            row.insert(QStringLiteral("daysLeft"), days);
            row.insert(QStringLiteral("renewAt"), planFor(certificate).renewAt.toString(Qt::ISODate));
            if (certificate.renewalWindowStart.isValid()) {
                row.insert(QStringLiteral("renewalWindow"),
                           QJsonObject{{QStringLiteral("start"), certificate.renewalWindowStart.toString(Qt::ISODate)},
                                       {QStringLiteral("end"), certificate.renewalWindowEnd.toString(Qt::ISODate)}});
            }
            row.insert(QStringLiteral("ariCertId"), certificate.ariCertId);
            text +=
                Text::tr("%1\n    expires %2 (%n day(s) left), serial %3, issuer %4\n", nullptr, static_cast<int>(days))
                    .arg(endpoint.names.join(QStringLiteral(", ")),
                         certificate.notAfter.toString(Qt::ISODate),
                         certificate.serial,
                         certificate.issuer);
        } else {
            text += Text::tr("%1\n    no certificate yet (%2)\n")
                        .arg(endpoint.names.join(QStringLiteral(", ")), endpoint.status);
        }
        array << row;
    }
    context.printResult(text.isEmpty() ? Text::tr("No endpoints.") : text, {{QStringLiteral("certificates"), array}});
    return 0;
}

// The endpoint named on the command line and its current certificate.
Result<std::pair<Endpoint, IssuedCertificate>> currentFor(VerbContext &context)
{
    if (context.parser().positionalArguments().size() != 1) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("cli.one-name"),
                             Text::tr("Name exactly one endpoint, by one of its names."));
    }
    const Result<Endpoint> endpoint =
        EndpointRepository(context.profile()->store()).findByName(context.parser().positionalArguments().first());
    if (!endpoint) {
        return endpoint.problem();
    }
    const Result<std::optional<IssuedCertificate>> current =
        CertificateRepository(context.profile()->store()).current(endpoint->id);
    if (!current) {
        return current.problem();
    }
    if (!current.value()) {
        return Problem::make(Problem::Category::NotFound,
                             QStringLiteral("certificate.none"),
                             Text::tr("%1 has no certificate yet.").arg(endpoint->names.value(0)),
                             {},
                             Text::tr("Issue one with: certdesk issue %1").arg(endpoint->names.value(0)));
    }
    return std::make_pair(endpoint.value(), *current.value());
}

int exportCertificate(VerbContext &context)
{
    if (!context.parser().isSet(QStringLiteral("out"))) {
        return context.usage(Text::tr("export needs --out DIR."));
    }
    const Result<std::pair<Endpoint, IssuedCertificate>> found = currentFor(context);
    if (!found) {
        return context.fail(found.problem());
    }
    DeploymentTarget target;
    target.folder = QDir(context.parser().value(QStringLiteral("out"))).absolutePath();
    target.writePfx = context.parser().isSet(QStringLiteral("pfx"));
    // Plain variables, not a structured binding: clang before 16 cannot capture bindings (P1091).
    const Endpoint endpoint = found.value().first;
    const IssuedCertificate certificate = found.value().second;
    return context.runAsync([&context, target, endpoint, certificate](std::function<void(int)> done) {
        auto *dataKey = new DataKey(context.secrets(), QCoreApplication::instance());
        dataKey->withKey([&context, dataKey, target, endpoint, certificate, done](Result<QByteArray> key) {
            dataKey->deleteLater();
            if (!key) {
                done(context.fail(key.problem()));
                return;
            }
            const Result<QByteArray> keyPem =
                Envelope::open(key.value(),
                               certificate.privateKeyEnvelope,
                               "certdesk-certificate-key:" + QByteArray::number(endpoint.id));
            if (!keyPem) {
                done(context.fail(keyPem.problem()));
                return;
            }
            Result<DeploymentJob::Material> material =
                OrderQueue::deploymentMaterial(endpoint, target, certificate.chainPem, keyPem.value());
            if (!material) {
                done(context.fail(material.problem()));
                return;
            }
            auto *job = new DeploymentJob(target, material.value());
            QObject::connect(
                job, &DeploymentJob::finished, QCoreApplication::instance(), [&context, done](DeploymentJob *finished) {
                    if (finished->failed()) {
                        done(context.fail(finished->problem()));
                        return;
                    }
                    context.printResult(
                        Text::tr("Wrote:\n%1").arg(finished->writtenFiles().join(QLatin1Char('\n'))),
                        {{QStringLiteral("files"), QJsonArray::fromStringList(finished->writtenFiles())}});
                    done(0);
                });
            job->start();
        });
    });
}

int revokeCertificate(VerbContext &context)
{
    const Result<std::pair<Endpoint, IssuedCertificate>> found = currentFor(context);
    if (!found) {
        return context.fail(found.problem());
    }
    const Endpoint endpoint = found.value().first; // not a binding: captured below (see exportCertificate)
    const IssuedCertificate certificate = found.value().second;
    qint64 accountId = endpoint.accountId;
    if (accountId == 0) {
        const Result<CaAccount> fallback = CaAccountRepository(context.profile()->store()).defaultAccount();
        if (!fallback) {
            return context.fail(fallback.problem());
        }
        accountId = fallback->id;
    }
    const Result<CertificateInfo> info = CertificateInfo::fromPem(certificate.chainPem);
    if (!info) {
        return context.fail(info.problem());
    }
    std::optional<int> reason;
    if (context.parser().isSet(QStringLiteral("reason"))) {
        reason = context.parser().value(QStringLiteral("reason")).toInt();
    }
    return context.runAsync([&context, accountId, certificate, der = info->leafDer(), reason, endpoint](
                                std::function<void(int)> done) {
        auto *pool = new AcmeClientPool(context.profile()->store(), context.secrets(), QCoreApplication::instance());
        pool->withClient(
            accountId, [&context, pool, certificate, der, reason, endpoint, done](Result<AcmeClient *> client) {
                if (!client) {
                    pool->deleteLater();
                    done(context.fail(client.problem()));
                    return;
                }
                AcmeJob *job = client.value()->revoke(der, reason);
                QObject::connect(
                    job, &AcmeJob::finished, pool, [&context, pool, certificate, endpoint, done](AcmeJob *finished) {
                        pool->deleteLater();
                        if (finished->failed()) {
                            done(context.fail(finished->problem()));
                            return;
                        }
                        const auto store = context.profile()->store();
                        if (Result<void> marked = CertificateRepository(store).markRevoked(certificate.id); !marked) {
                            done(context.fail(marked.problem()));
                            return;
                        }
                        const Result<qint64> logged =
                            ActivityLog(store).append(ActivityLog::Severity::Warning,
                                                      QStringLiteral("acme"),
                                                      Text::tr("Certificate %1 revoked.").arg(certificate.serial),
                                                      {},
                                                      endpoint.id);
                        Q_UNUSED(logged)
                        context.printResult(
                            Text::tr("Revoked certificate %1 of %2.").arg(certificate.serial, endpoint.names.value(0)),
                            {{QStringLiteral("serial"), certificate.serial}});
                        done(0);
                    });
                job->start();
            });
    });
}

} // namespace

QList<Verb> certificateVerbs()
{
    Verb issueVerb;
    issueVerb.path = {QStringLiteral("issue")};
    issueVerb.summary = [] {
        return Text::tr("Order new certificates now for the named endpoints, or --all: each gets a fresh order, "
                        "even with a current certificate. Unattended runs use renew --due.");
    };
    issueVerb.usage = [] {
        return Text::tr("NAME… | --all");
    };
    issueVerb.options = [] {
        return orderOptions() << QCommandLineOption(QStringLiteral("all"), Text::tr("Every endpoint."));
    };
    issueVerb.run = issue;

    Verb renew;
    renew.path = {QStringLiteral("renew")};
    renew.summary = [] {
        return Text::tr("Order what is due (with --due): renewals whose time has come, and first certificates of "
                        "endpoints whose DNS records are in place.");
    };
    renew.options = [] {
        return orderOptions() << QCommandLineOption(QStringLiteral("due"), Text::tr("Only what is due."));
    };
    renew.run = renewDue;

    Verb certs;
    certs.path = {QStringLiteral("certs")};
    certs.summary = [] {
        return Text::tr("List certificates with their expiry.");
    };
    certs.usage = [] {
        return Text::tr("[NAME…]");
    };
    certs.run = listCertificates;

    Verb exportVerb;
    exportVerb.path = {QStringLiteral("export")};
    exportVerb.summary = [] {
        return Text::tr("Write an endpoint's certificate and key to a folder.");
    };
    exportVerb.usage = [] {
        return Text::tr("NAME");
    };
    exportVerb.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("out"), Text::tr("The folder to write to."), QStringLiteral("DIR")},
            {QStringLiteral("pfx"), Text::tr("Also write certificate.pfx.")},
        };
    };
    exportVerb.run = exportCertificate;

    Verb revoke;
    revoke.path = {QStringLiteral("revoke")};
    revoke.summary = [] {
        return Text::tr("Revoke an endpoint's current certificate.");
    };
    revoke.usage = [] {
        return Text::tr("NAME");
    };
    revoke.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("reason"),
             Text::tr("RFC 5280 reason code (e.g. 1 key compromise, 4 superseded)."),
             QStringLiteral("CODE")},
        };
    };
    revoke.run = revokeCertificate;
    return {issueVerb, renew, certs, exportVerb, revoke};
}
