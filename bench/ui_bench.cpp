// Benchmark of the desktop UI with a large profile: 10,000 endpoints by default.
//
//     QT_QPA_PLATFORM=offscreen ui_bench [endpoints=10000] [keystrokes=20] [runs=3]
//
// The parent process builds the profile with core's repositories (EndpointRepository::addAll,
// one transaction), starts a lab BIND, publishes the challenge CNAMEs of nine endpoints in ten
// there and lets RecordWatcher check them all once, as a profile that has been running would
// have. Then it starts itself `runs` times as the measured GUI process (`--child`), which
// reports:
//   - start-up: from the exec (measured by the parent) and from QApplication's construction
//     (measured by the child) to the main window shown with every endpoint in the list, sorted,
//     and the list painted;
//   - filter keystrokes: one character typed into the list's filter with QTest, until the proxy
//     has filtered and the view has painted the result; median and worst;
//   - peak resident memory (VmHWM) after the list and keystrokes;
//   - the last run also opens the DNS Records page: until every endpoint's records are shown,
//     and until the page's live check of all of them (against the lab BIND) is on screen.
// Prints only timings, counts and sizes; everything stays on loopback.

#include "Lab.h"

#include "core/Clock.h"
#include "core/Facade.h"
#include "core/Profile.h"
#include "core/dns/DnsSettings.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/endpoints/RequiredRecordSet.h"
#include "core/jobs/RecordWatcher.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/dns/DnsRecordsPage.h"
#include "ui/dns/DnsReviewPanel.h"
#include "ui/dns/RequiredRecordModel.h"
#include "ui/endpoints/EndpointFilterModel.h"
#include "ui/endpoints/EndpointListPage.h"
#include "ui/endpoints/EndpointTableModel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <malloc.h>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// Notes the time of the last paint of a widget.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }

    quint64 paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

// Runs the event loop until `done` or the deadline; false on time-out. The loop sleeps until
// something happens (a wake-up timer checks the deadline), so waiting costs no CPU that the
// worker thread or the lab's BIND could use.
template <typename Done>
bool spinUntil(Done done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(20);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

int runChild(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    QElapsedTimer sinceApp;
    sinceApp.start();
    const QStringList args = app.arguments();
    const QString dir = args.value(2);
    const int endpoints = args.value(3).toInt();
    const int keystrokes = args.value(4).toInt();
    const bool dnsPage = args.contains(QStringLiteral("--dns"));

    Result<std::unique_ptr<Profile>> profile = Profile::open(dir);
    if (!profile) {
        out() << "ERROR " << profile.problem().message() << Qt::endl;
        return 1;
    }
    Facade facade(*profile.value());
    MainWindow window(facade);
    EndpointListPage *list = window.endpointListPage();
    QTableView *table = list->table();
    PaintWatch listPaints(table->viewport());
    window.show();
    facade.start();

    // Ready: every endpoint in the model and through the (sorting) proxy, and painted since.
    quint64 paintsAtLoad = 0;
    bool loaded = false;
    const bool ready = spinUntil(
        [&] {
            if (!loaded && window.endpointModel()->rowCount() == endpoints && list->proxy()->rowCount() == endpoints) {
                loaded = true;
                paintsAtLoad = listPaints.paints;
            }
            return loaded && listPaints.paints > paintsAtLoad;
        },
        60000);
    if (!ready) {
        out() << "ERROR the list did not fill: " << window.endpointModel()->rowCount() << " rows" << Qt::endl;
        return 1;
    }
    out() << "READY " << sinceMain.nsecsElapsed() / 1e6 << ' ' << sinceApp.nsecsElapsed() / 1e6 << Qt::endl;

    // Filter keystrokes: narrow down character by character, then widen again. A keystroke is
    // done when the proxy has filtered and, if the rows shown changed, the view has painted
    // them; when they did not change there is nothing to paint, and it is done once the events
    // the keystroke caused have been handled.
    QLineEdit *filter = list->filterEdit();
    filter->setFocus();
    bool rowsChanged = false;
    EndpointFilterModel *proxy = list->proxy();
    const auto noteChange = [&rowsChanged] {
        rowsChanged = true;
    };
    QObject::connect(proxy, &QAbstractItemModel::layoutChanged, proxy, noteChange);
    QObject::connect(proxy, &QAbstractItemModel::modelReset, proxy, noteChange);
    QObject::connect(proxy, &QAbstractItemModel::rowsInserted, proxy, noteChange);
    QObject::connect(proxy, &QAbstractItemModel::rowsRemoved, proxy, noteChange);
    const QString typed = QStringLiteral("site7 host12");
    for (int i = 0; i < keystrokes; ++i) {
        const bool adding = i < typed.size();
        const quint64 before = listPaints.paints;
        rowsChanged = false;
        QElapsedTimer key;
        key.start();
        if (adding) {
            QTest::keyClick(filter, typed.at(i).toLatin1());
        } else {
            QTest::keyClick(filter, Qt::Key_Backspace);
        }
        if (rowsChanged) {
            if (!spinUntil(
                    [&] {
                        return listPaints.paints > before;
                    },
                    10000)) {
                out() << "ERROR no repaint after keystroke " << i << Qt::endl;
                return 1;
            }
        } else {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        out() << "KEY " << i << ' ' << key.nsecsElapsed() / 1e6 << ' ' << proxy->rowCount() << ' '
              << (rowsChanged ? 1 : 0) << ' ' << filter->text() << Qt::endl;
    }
    out() << "HWM " << statusKb("VmHWM:") << ' ' << statusKb("VmRSS:") << Qt::endl;

    if (dnsPage) {
        DnsReviewPanel *panel = window.dnsRecordsPage()->panel();
        PaintWatch recordPaints(panel->table()->viewport());
        bool checked = false;
        QObject::connect(panel, &DnsReviewPanel::checkFinished, panel, [&checked] {
            checked = true;
        });
        // How long the GUI thread stops answering while the page loads and the check's results
        // arrive: a 10 ms ticker notes the longest gap between two ticks.
        QElapsedTimer sinceTick;
        qint64 longestStall = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            longestStall = std::max(longestStall, sinceTick.restart());
        });
        sinceTick.start();
        ticker.start();
        QElapsedTimer page;
        page.start();
        window.showSection(MainWindow::DnsRecordsSection);
        quint64 paintsAtRecords = 0;
        bool shown = false;
        if (!spinUntil(
                [&] {
                    if (!shown && panel->isLoaded() && panel->model()->rowCount() > 0) {
                        shown = true;
                        paintsAtRecords = recordPaints.paints;
                    }
                    return shown && recordPaints.paints > paintsAtRecords;
                },
                60000)) {
            out() << "ERROR the DNS page did not show its records" << Qt::endl;
            return 1;
        }
        out() << "DNS_SHOWN " << page.nsecsElapsed() / 1e6 << ' ' << panel->model()->rowCount() << ' '
              << statusKb("VmRSS:") << Qt::endl;
        if (!spinUntil(
                [&] {
                    return checked;
                },
                120000)) {
            out() << "ERROR the DNS page's check did not finish" << Qt::endl;
            return 1;
        }
        out() << "DNS_CHECKED " << page.nsecsElapsed() / 1e6 << ' ' << panel->model()->count(RecordStatus::State::Ok)
              << ' ' << panel->model()->count(RecordStatus::State::Missing) << Qt::endl;
        ticker.stop();
        // Let the worker thread's check be released, then see what the window itself keeps.
        spinUntil(
            [] {
                return false;
            },
            500);
        const qint64 rss = statusKb("VmRSS:");
        // Freed heap stays with the allocator (the worker thread's arena above all); trimmed,
        // what is left is what the window really holds.
        malloc_trim(0);
        out() << "HWM_DNS " << statusKb("VmHWM:") << ' ' << rss << ' ' << longestStall << ' ' << statusKb("VmRSS:")
              << Qt::endl;
    }
    facade.shutdown();
    return 0;
}

Result<void> buildProfile(Lab &lab, const QString &dir, int count)
{
    Result<std::unique_ptr<Profile>> profile = Profile::open(dir);
    if (!profile) {
        return profile.problem();
    }
    const std::shared_ptr<Store> store = profile.value()->store();
    QSqlQuery provider(store->connection());
    if (!provider.exec(QStringLiteral("INSERT INTO dns_providers (title, kind, created_at, updated_at) VALUES "
                                      "('lab', 'rfc2136', '2026-01-01', '2026-01-01')"))) {
        return Problem::make(Problem::Category::Storage, QStringLiteral("bench.provider"), QStringLiteral("provider"));
    }
    const DnsName zone = DnsName::parse(lab.delegationZone()).value();
    if (Result<void> set =
            DelegationZoneRepository(store, Clock::system()).set(zone, provider.lastInsertId().toLongLong());
        !set) {
        return set;
    }
    DnsSettings settings;
    settings.resolvers = {DnsServer{QHostAddress::LocalHost, lab.bindPort()}};
    settings.authoritativePort = lab.bindPort();
    settings.caaIdentities = {QStringLiteral("ca.example.test")};
    if (Result<void> saved = settings.save(store); !saved) {
        return saved;
    }

    // Shapes an administrator has: mostly internal dns-01 endpoints, some with a wildcard or a
    // second name, a fifth external over http-01 pointing at a load balancer.
    QList<Endpoint> endpoints;
    endpoints.reserve(count);
    for (int i = 0; i < count; ++i) {
        Endpoint endpoint;
        const QString base = QStringLiteral("host%1.site%2.%3").arg(i).arg(i % 50).arg(lab.customerZone());
        endpoint.names = {base};
        if (i % 7 == 0) {
            endpoint.names << QStringLiteral("*.") + base;
        } else if (i % 11 == 0) {
            endpoint.names << QStringLiteral("alt%1.site%2.%3").arg(i).arg(i % 50).arg(lab.customerZone());
        }
        if (i % 5 == 0) {
            endpoint.exposure = Endpoint::Exposure::External;
            endpoint.challengeType = QStringLiteral("http-01");
            endpoint.names = {base};
            endpoint.targetHost = QStringLiteral("lb%1.%2").arg(i % 4).arg(lab.customerZone());
        }
        endpoints << endpoint;
    }
    QElapsedTimer timer;
    timer.start();
    const Result<int> added = EndpointRepository(store).addAll(endpoints);
    if (!added) {
        return added.problem();
    }
    out() << "profile: " << added.value() << " endpoints added in one transaction in " << timer.elapsed() << " ms"
          << Qt::endl;

    // Nine in ten endpoints have their records in place at the DNS provider.
    const Result<RequiredRecordSet> required = RequiredRecordSet::load(store, Clock::system());
    if (!required) {
        return required.problem();
    }
    QStringList commands;
    for (int lb = 0; lb < 4; ++lb) {
        commands << QStringLiteral("update add lb%1.%2. 60 A 127.0.0.1").arg(lb).arg(lab.customerZone());
    }
    for (const RequiredRecord &record : required->records) {
        if (record.endpointId % 10 != 0) {
            commands << QStringLiteral("update add %1 60 CNAME %2").arg(record.owner.fqdn(), record.target.fqdn());
        }
    }
    timer.restart();
    for (qsizetype from = 0; from < commands.size(); from += 500) {
        if (Result<void> updated = lab.bindUpdate(lab.customerZone(), commands.mid(from, 500)); !updated) {
            return updated;
        }
    }
    out() << "lab BIND: " << commands.size() << " records published in " << timer.elapsed() << " ms" << Qt::endl;

    // One background check, so the list starts with stored states ("DNS action needed").
    RecordWatcher watcher(store, Clock::system());
    std::optional<Result<RecordWatcher::Report>> report;
    timer.restart();
    watcher.check({}, [&report](const Result<RecordWatcher::Report> &done) {
        report = done;
    });
    if (!spinUntil(
            [&report] {
                return report.has_value();
            },
            120000)
        || !report->ok()) {
        return Problem::make(Problem::Category::Dns, QStringLiteral("bench.check"), QStringLiteral("first check"));
    }
    int ok = 0;
    for (const RecordStatus &status : report->value().statuses) {
        ok += status.isOk() ? 1 : 0;
    }
    out() << "first check: " << report->value().statuses.size() << " records (" << ok << " OK) in " << timer.elapsed()
          << " ms" << Qt::endl;
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        return runChild(argc, argv, sinceMain);
    }
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int keystrokes = args.size() > 2 ? args.at(2).toInt() : 20;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 3;
    if (qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen")) {
        out() << "note: QT_QPA_PLATFORM is not offscreen; figures include the display server" << Qt::endl;
    }

    Lab lab(Lab::Options{.pebble = false, .bind = true});
    if (const Result<void> started = lab.start(); !started) {
        out() << "lab failed: " << started.problem().message() << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    if (const Result<void> built = buildProfile(lab, profileDir, count); !built) {
        out() << "profile failed: " << built.problem().message() << Qt::endl;
        return 1;
    }

    QList<double> fromExec;
    QList<double> fromApp;
    QList<double> keys;
    QList<double> hwm;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList childArgs{
            QStringLiteral("--child"), profileDir, QString::number(count), QString::number(keystrokes)};
        if (run == runs - 1) {
            childArgs << QStringLiteral("--dns");
        }
        QElapsedTimer wall;
        wall.start();
        child.start(QCoreApplication::applicationFilePath(), childArgs);
        double readyAt = -1;
        QByteArray pending;
        while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
            child.waitForReadyRead(200);
            pending += child.readAll();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(pending.left(newline));
                pending.remove(0, newline + 1);
                const QStringList fields = line.split(QLatin1Char(' '));
                if (fields.first() == QLatin1String("READY")) {
                    readyAt = wall.nsecsElapsed() / 1e6;
                    fromExec << readyAt;
                    fromApp << fields.value(2).toDouble();
                    out() << "run " << run + 1 << ": window shown with " << count << " endpoints listed and painted "
                          << qRound(readyAt) << " ms after exec (" << qRound(fields.value(2).toDouble())
                          << " ms after QApplication)" << Qt::endl;
                } else if (fields.first() == QLatin1String("KEY")) {
                    keys << fields.value(2).toDouble();
                    out() << "  keystroke " << fields.value(1) << ": " << fields.value(2) << " ms, " << fields.value(3)
                          << " rows shown for \"" << fields.mid(5).join(QLatin1Char(' ')) << "\""
                          << (fields.value(4) == QLatin1String("1") ? " (repainted)" : " (same rows)") << Qt::endl;
                } else if (fields.first() == QLatin1String("HWM")) {
                    hwm << fields.value(1).toDouble();
                    out() << "  peak resident memory (VmHWM) " << fields.value(1).toLongLong() / 1024 << " MiB, now "
                          << fields.value(2).toLongLong() / 1024 << " MiB" << Qt::endl;
                } else if (fields.first() == QLatin1String("DNS_SHOWN")) {
                    out() << "  DNS Records page: " << fields.value(2) << " records shown in " << fields.value(1)
                          << " ms (resident " << fields.value(3).toLongLong() / 1024 << " MiB)" << Qt::endl;
                } else if (fields.first() == QLatin1String("DNS_CHECKED")) {
                    out() << "  DNS Records page: live check on screen after " << fields.value(1) << " ms ("
                          << fields.value(2) << " OK, " << fields.value(3) << " missing)" << Qt::endl;
                } else if (fields.first() == QLatin1String("HWM_DNS")) {
                    out() << "  peak resident memory with the DNS page " << fields.value(1).toLongLong() / 1024
                          << " MiB, " << fields.value(2).toLongLong() / 1024 << " MiB after its check ("
                          << fields.value(4).toLongLong() / 1024 << " MiB once the allocator returns freed memory); "
                          << "longest stall of the GUI thread meanwhile " << fields.value(3) << " ms" << Qt::endl;
                } else {
                    out() << "  " << line << Qt::endl;
                }
            }
        }
        if (child.exitCode() != 0 || readyAt < 0) {
            out() << "run " << run + 1 << " failed (exit " << child.exitCode() << ")" << Qt::endl;
            return 1;
        }
    }

    const double keyMedian = median(keys);
    const double keyWorst = keys.isEmpty() ? 0 : *std::max_element(keys.cbegin(), keys.cend());
    const double hwmMax = hwm.isEmpty() ? 0 : *std::max_element(hwm.cbegin(), hwm.cend());
    out() << Qt::endl << "summary over " << runs << " run(s), " << count << " endpoints:" << Qt::endl;
    out() << "  shown and usable: median " << qRound(median(fromExec)) << " ms after exec, " << qRound(median(fromApp))
          << " ms after QApplication (target < 1000 ms)" << Qt::endl;
    out() << "  filter keystroke: median " << QString::number(keyMedian, 'f', 1) << " ms, worst "
          << QString::number(keyWorst, 'f', 1) << " ms over " << keys.size() << " (target < 30 ms)" << Qt::endl;
    out() << "  peak resident memory: " << qRound(hwmMax / 1024) << " MiB (target < 200 MB)" << Qt::endl;
    const bool met = median(fromExec) < 1000 && keyWorst < 30 && hwmMax * 1024 < 200e6;
    out() << (met ? "all targets met" : "a target was missed") << Qt::endl;
    return 0;
}
