#include "TrayController.h"

#include "DesktopNotifier.h"

#include "core/Facade.h"
#include "core/dns/DnsName.h"
#include "ui/common/ProblemText.h"
#include "ui/common/RelativeTime.h"
#include "ui/endpoints/EndpointTableModel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace {

using EndpointState = EndpointStatus::State;

// Failures that arrive together (a CA outage fails every renewal at once) become one
// notification instead of a flood.
constexpr int kFailureBatchMs = 1000;
constexpr int kSeparateNotifications = 3;

} // namespace

TrayController::TrayController(Facade &facade, EndpointTableModel *model, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_facade(facade)
    , m_model(model)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu(window))
    , m_pause(new QAction(QIcon(QStringLiteral(":/icons/pause.svg")), tr("&Pause Renewals"), this))
    , m_notifier(new DesktopNotifier(m_tray, this))
    , m_updateTimer(new QTimer(this))
    , m_failureTimer(new QTimer(this))
    , m_recordTimer(new QTimer(this))
{
    m_pause->setObjectName(QStringLiteral("pauseRenewalsAction"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, &m_facade, &Facade::setRenewalsPaused);
    connect(&m_facade, &Facade::renewalsPausedChanged, m_pause, &QAction::setChecked);
    connect(&m_facade, &Facade::renewalsPausedChanged, this, &TrayController::scheduleUpdate);
    createMenu();

    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(0);
    connect(m_updateTimer, &QTimer::timeout, this, &TrayController::update);
    m_failureTimer->setSingleShot(true);
    m_failureTimer->setInterval(kFailureBatchMs);
    connect(m_failureTimer, &QTimer::timeout, this, &TrayController::flushFailures);
    // A broken delegation zone breaks many records in one check: one notification for them.
    m_recordTimer->setSingleShot(true);
    m_recordTimer->setInterval(kFailureBatchMs);
    connect(m_recordTimer, &QTimer::timeout, this, &TrayController::flushBrokenRecords);
    connect(&m_facade, &Facade::requiredRecordChanged, this, &TrayController::recordChanged);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TrayController::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TrayController::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrayController::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrayController::scheduleUpdate);
    connect(&m_facade, &Facade::renewalFailed, this, &TrayController::renewalFailed);
    connect(&m_facade, &Facade::orderQueued, this, [this](qint64 endpointId) {
        m_requestedOrders.insert(endpointId);
    });
    connect(&m_facade, &Facade::orderFinished, this, &TrayController::orderFinished);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](qint64 endpointId) {
        if (endpointId > 0) {
            Q_EMIT endpointRequested(endpointId);
        } else {
            Q_EMIT openRequested();
        }
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            Q_EMIT openRequested();
        }
    });

    update();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->show();
    }
    // With the icon in the tray, the last window closing is not the end of CertDesk.
    QApplication::setQuitOnLastWindowClosed(!isAvailable());
}

TrayController::~TrayController()
{
    QApplication::setQuitOnLastWindowClosed(true);
}

void TrayController::createMenu()
{
    QAction *open = m_menu->addAction(QIcon(QStringLiteral(":/icons/certdesk.svg")), tr("&Open CertDesk"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    connect(open, &QAction::triggered, this, &TrayController::openRequested);
    m_menu->setDefaultAction(open);
    m_menu->addSeparator();
    QAction *due = m_menu->addAction(QIcon(QStringLiteral(":/icons/renew.svg")), tr("&Renew Due Certificates Now"));
    due->setObjectName(QStringLiteral("trayRenewDueAction"));
    connect(due, &QAction::triggered, &m_facade, &Facade::renewDueNow);
    m_menu->addAction(m_pause);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit CertDesk"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
    m_tray->setContextMenu(m_menu);
}

bool TrayController::isAvailable() const
{
    return m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayController::keepsRunning() const
{
    return m_keepRunning && isAvailable();
}

void TrayController::setKeepRunning(bool keep)
{
    m_keepRunning = keep;
    QApplication::setQuitOnLastWindowClosed(!keepsRunning());
}

void TrayController::noteWindowHidden()
{
    if (m_toldAboutTray) {
        return;
    }
    m_toldAboutTray = true;
    m_notifier->notify(tr("CertDesk is still running"),
                       tr("Renewals continue in the background. Open CertDesk from its tray icon, or quit it from "
                          "the icon's menu."),
                       false,
                       0);
}

void TrayController::scheduleUpdate()
{
    m_updateTimer->start();
}

QString TrayController::nameOf(qint64 endpointId) const
{
    const int row = m_model->rowOf(endpointId);
    return row < 0 ? tr("an endpoint") : DnsName::fromNormalised(m_model->endpointAt(row).names.value(0)).display();
}

QString TrayController::toolTip() const
{
    QStringList lines{tr("CertDesk")};
    if (m_failed > 0) {
        lines << tr("%n endpoint(s) failed", nullptr, m_failed);
    }
    if (m_attention > 0) {
        lines << tr("%n certificate(s) expiring", nullptr, m_attention);
    }
    if (m_dnsAction > 0) {
        lines << tr("%n endpoint(s) need DNS changes", nullptr, m_dnsAction);
    }
    if (m_facade.renewalsPaused()) {
        lines << tr("Renewals are paused");
    }
    if (lines.size() == 1) {
        lines << tr("All certificates are fine");
    }
    return lines.join(QLatin1Char('\n'));
}

void TrayController::update()
{
    int failed = 0;
    int attention = 0;
    int dnsAction = 0;
    QList<qint64> newlyExpiring;
    QSet<qint64> present;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const EndpointState state = m_model->stateAt(row);
        const qint64 id = m_model->endpointAt(row).id;
        if (EndpointStatus::isFailure(state)) {
            ++failed;
        } else if (EndpointStatus::needsAttention(state)) {
            ++attention;
        } else if (state == EndpointState::DnsActionNeeded) {
            ++dnsAction;
        }
        if (state == EndpointState::Expiring || state == EndpointState::Expired) {
            present.insert(id);
            if (m_warnedExpiry.value(id, -1) != static_cast<int>(state)) {
                m_warnedExpiry.insert(id, static_cast<int>(state));
                newlyExpiring << id;
            }
        }
    }
    for (auto it = m_warnedExpiry.begin(); it != m_warnedExpiry.end();) {
        it = present.contains(it.key()) ? std::next(it) : m_warnedExpiry.erase(it);
    }
    m_failed = failed;
    m_attention = attention;
    m_dnsAction = dnsAction;
    const State state = failed > 0                                                      ? State::Failure
                        : (attention > 0 || dnsAction > 0 || m_facade.renewalsPaused()) ? State::Attention
                                                                                        : State::Ok;
    const bool changed = state != m_state;
    m_state = state;
    switch (state) {
    case State::Ok:
        m_tray->setIcon(QIcon(QStringLiteral(":/icons/tray-ok.svg")));
        break;
    case State::Attention:
        m_tray->setIcon(QIcon(QStringLiteral(":/icons/tray-attention.svg")));
        break;
    case State::Failure:
        m_tray->setIcon(QIcon(QStringLiteral(":/icons/tray-failure.svg")));
        break;
    }
    m_tray->setToolTip(toolTip());
    if (changed) {
        Q_EMIT stateChanged(state);
    }

    if (newlyExpiring.size() > kSeparateNotifications) {
        m_notifier->notify(tr("%n certificate(s) about to expire", nullptr, static_cast<int>(newlyExpiring.size())),
                           tr("They have not been renewed. Open CertDesk to see why."),
                           true,
                           0);
        return;
    }
    for (qint64 id : std::as_const(newlyExpiring)) {
        const int row = m_model->rowOf(id);
        const QDateTime expires = m_model->endpointAt(row).certificateExpiresAt;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_notifier->notify(
            expires <= now ? tr("Certificate expired: %1").arg(nameOf(id))
                           : tr("Certificate expiring: %1").arg(nameOf(id)),
            expires <= now
                ? tr("It expired %1 and was not renewed; clients see errors.")
                      .arg(RelativeTime::describeWithDate(expires, now))
                : tr("It expires %1 and has not been renewed.").arg(RelativeTime::describeWithDate(expires, now)),
            true,
            id);
    }
}

void TrayController::renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt)
{
    m_failures << Failure{endpointId, problem, nextAttempt};
    m_failureTimer->start();
}

void TrayController::orderFinished(qint64 endpointId, bool succeeded, const Problem &problem)
{
    // Renewals the scheduler started are reported through renewalFailed (with the next
    // attempt). An order somebody asked for is news only when nobody is looking at the window.
    if (!m_requestedOrders.remove(endpointId) || succeeded) {
        return;
    }
    if (m_window && m_window->isVisible() && !m_window->isMinimized()) {
        return;
    }
    m_failures << Failure{endpointId, problem, {}};
    m_failureTimer->start();
}

void TrayController::flushFailures()
{
    const QList<Failure> failures = std::exchange(m_failures, {});
    if (failures.size() > kSeparateNotifications) {
        m_notifier->notify(
            tr("%n renewal(s) failed", nullptr, static_cast<int>(failures.size())),
            tr("The first: %1 — %2")
                .arg(nameOf(failures.first().endpointId), ProblemText::oneLine(failures.first().problem)),
            true,
            0);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Failure &failure : failures) {
        QString body = ProblemText::paragraphs(failure.problem);
        if (failure.nextAttempt.isValid()) {
            body += QLatin1Char('\n')
                    + tr("CertDesk tries again %1.").arg(RelativeTime::describeWithDate(failure.nextAttempt, now));
        }
        const int row = m_model->rowOf(failure.endpointId);
        const bool firstOrder = row >= 0 && !m_model->endpointAt(row).certificateExpiresAt.isValid();
        m_notifier->notify(firstOrder ? tr("First certificate not issued: %1").arg(nameOf(failure.endpointId))
                                      : tr("Renewal failed: %1").arg(nameOf(failure.endpointId)),
                           body,
                           true,
                           failure.endpointId);
    }
}

void TrayController::recordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change)
{
    if (change != RecordWatcher::Change::Broke) {
        return;
    }
    m_brokenRecords << BrokenRecord{endpointId, status};
    m_recordTimer->start();
}

void TrayController::flushBrokenRecords()
{
    const QList<BrokenRecord> broken = std::exchange(m_brokenRecords, {});
    if (broken.isEmpty()) {
        return;
    }
    if (broken.size() > kSeparateNotifications) {
        m_notifier->notify(tr("%n DNS record(s) broke", nullptr, static_cast<int>(broken.size())),
                           tr("The first: %1 — %2. Renewals that need them fail until they are fixed.")
                               .arg(broken.first().status.record.owner.display(), broken.first().status.summary),
                           true,
                           0);
        return;
    }
    for (const BrokenRecord &record : broken) {
        m_notifier->notify(tr("DNS record broken: %1").arg(record.status.record.owner.display()),
                           tr("%1\nThe next renewal of %2 fails until it is fixed; its DNS Records tab says what to "
                              "change.")
                               .arg(record.status.summary, nameOf(record.endpointId)),
                           true,
                           record.endpointId);
    }
}
