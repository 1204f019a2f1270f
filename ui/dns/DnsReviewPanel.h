#pragma once

#include "core/Problem.h"
#include "core/jobs/RecordWatcher.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <chrono>
#include <optional>

class CopyButtonDelegate;
class Facade;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class RecordDetailsView;
class RequiredRecordFilterBar;
class RequiredRecordFilterModel;
class RequiredRecordModel;
class RequiredRecordTable;
struct RequiredRecordSet;

// The DNS review (DESIGN.md ideas 3 and 4): every record the chosen endpoints need, checked
// live at the authoritative servers and at the resolvers, with what to do about each one.
// Names and values copy with one click, all records copy as plain text for a DNS console or
// save as a zone-file snippet. While a record is not OK, and the panel is on screen, it checks
// again by itself with a growing pause; once every record is OK, one button orders the
// certificate.
//
// The panel loads and checks only while visible: a hidden details tab or page costs nothing.
class DnsReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DnsReviewPanel(Facade &facade, QWidget *parent = nullptr);
    ~DnsReviewPanel() override;

    // The records of these endpoints (none: an empty panel).
    void showEndpoints(const QList<qint64> &endpointIds);
    // The records of every endpoint, named on each row, with a status filter.
    void showAllEndpoints();

    bool showsAllEndpoints() const { return m_all; }

    QList<qint64> endpointIds() const { return m_ids; }

    // Reads the records again (they change with the endpoints and the delegation zone).
    void reload();
    // Asks the servers now and starts the automatic re-checks over (the Check now button).
    void checkNow();
    // Orders certificates for the endpoints shown (the Request certificate button).
    void requestCertificates();
    // The selected row's name or value, all records as text for a DNS console.
    void copyName(int sourceRow);
    void copyValue(int sourceRow);
    void copyAll();
    // Asks where to save, then saves the records shown as a zone-file snippet.
    void exportZoneSnippet();
    void saveZoneSnippet(const QString &path);

    // The wizard orders the certificate on its own next page.
    void setIssueButtonVisible(bool visible);
    // The pause before the first automatic re-check, doubling up to `longest`.
    void setRecheckIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest);

    bool isChecking() const { return m_checking; }

    bool isLoaded() const { return m_loaded; }

    bool isRecheckScheduled() const;
    // Every record shown is OK and nothing stands in the way of ordering.
    bool isReadyToIssue() const;

    RequiredRecordModel *model() const { return m_model; }

    RequiredRecordFilterModel *proxy() const { return m_proxy; }

    QTableView *table() const;

    CopyButtonDelegate *copyDelegate() const;

    RecordDetailsView *detailsView() const { return m_details; }

Q_SIGNALS:
    // The records (and their stored checks) are in the table.
    void recordsLoaded();
    // A live check asked from this panel finished and its results are shown.
    void checkFinished();
    // Something to tell the administrator in passing (a status bar).
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createButtonRow();
    void requestReload();
    void applyLoaded(const RequiredRecordSet &set);
    void applyReport(const RecordWatcher::Report &report);
    void scheduleRecheck();
    void updateState();
    void updateProblems();
    void updateDetails();
    void orderFinished(qint64 endpointId, bool succeeded, const Problem &problem);
    QList<qint64> checkScope() const;
    QSet<qint64> endpointsToOrder() const;
    QString endpointName(qint64 endpointId) const;

    Facade &m_facade;
    bool m_all = false;
    QList<qint64> m_ids;
    bool m_loaded = false;
    bool m_dirty = true;
    bool m_checking = false;
    bool m_checkAgain = false;
    quint64 m_loadRequest = 0;
    quint64 m_checkRequest = 0;
    QSet<qint64> m_covered;
    QHash<qint64, QString> m_names;
    QHash<qint64, Problem> m_endpointProblems;
    std::optional<Problem> m_delegationMissing;
    std::optional<Problem> m_checkProblem;
    QStringList m_caIdentities;
    QDateTime m_lastLiveCheck;
    QDateTime m_nextCheck;
    std::chrono::milliseconds m_firstInterval{10000};
    std::chrono::milliseconds m_longestInterval{300000};
    std::chrono::milliseconds m_interval{10000};
    QSet<qint64> m_ordering;
    QStringList m_orderResults;

    RequiredRecordModel *m_model;
    RequiredRecordFilterModel *m_proxy;
    QTimer *m_recheck;
    QTimer *m_reloadTimer;
    QLabel *m_summary;
    QLabel *m_checkState;
    QLabel *m_problems;
    RequiredRecordFilterBar *m_filterBar;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    RequiredRecordTable *m_table;
    RecordDetailsView *m_details;
    QPushButton *m_checkButton;
    QPushButton *m_copyAllButton;
    QPushButton *m_exportButton;
    QPushButton *m_issueButton;
    QLabel *m_orderState;
};
