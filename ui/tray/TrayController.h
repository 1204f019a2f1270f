#pragma once

#include "core/Problem.h"
#include "core/dns/RecordStatus.h"
#include "core/jobs/RecordWatcher.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class DesktopNotifier;
class EndpointTableModel;
class Facade;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;
class QWidget;

// CertDesk in the system tray: an icon that says whether everything is fine, needs attention
// (a certificate about to expire unrenewed, renewals paused) or has failed; a menu to open the
// window, renew what is due, pause renewals and quit; and notifications when a renewal fails
// or a certificate is about to expire, whose click opens that endpoint. With a tray, closing
// the window leaves CertDesk running here so renewals go on.
class TrayController final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Ok,
        Attention,
        Failure,
    };

    TrayController(Facade &facade, EndpointTableModel *model, QWidget *window, QObject *parent = nullptr);
    ~TrayController() override;

    // A system tray exists and the icon is in it.
    bool isAvailable() const;
    // Closing the window should keep CertDesk running in the tray.
    bool keepsRunning() const;
    void setKeepRunning(bool keep);

    State state() const { return m_state; }

    QString toolTip() const;

    QSystemTrayIcon *trayIcon() const { return m_tray; }

    DesktopNotifier *notifier() const { return m_notifier; }

    QAction *pauseAction() const { return m_pause; }

    // Said once, the first time the window goes to the tray.
    void noteWindowHidden();

Q_SIGNALS:
    void openRequested();
    void endpointRequested(qint64 endpointId);
    void quitRequested();
    void stateChanged(State state);

private:
    struct Failure
    {
        qint64 endpointId = 0;
        Problem problem;
        QDateTime nextAttempt;
    };

    struct BrokenRecord
    {
        qint64 endpointId = 0;
        RecordStatus status;
    };

    void createMenu();
    void scheduleUpdate();
    void update();
    void renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt);
    void orderFinished(qint64 endpointId, bool succeeded, const Problem &problem);
    void flushFailures();
    void recordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change);
    void flushBrokenRecords();
    QString nameOf(qint64 endpointId) const;

    Facade &m_facade;
    EndpointTableModel *m_model;
    QWidget *m_window;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_pause;
    DesktopNotifier *m_notifier;
    QTimer *m_updateTimer;
    QTimer *m_failureTimer;
    QList<Failure> m_failures;
    QTimer *m_recordTimer;
    QList<BrokenRecord> m_brokenRecords;
    QSet<qint64> m_requestedOrders;    // "renew now", as opposed to the scheduler's renewals
    QHash<qint64, int> m_warnedExpiry; // endpoint → the state we warned about
    State m_state = State::Ok;
    int m_failed = 0;
    int m_attention = 0;
    int m_dnsAction = 0;
    bool m_keepRunning = true;
    bool m_toldAboutTray = false;
};
