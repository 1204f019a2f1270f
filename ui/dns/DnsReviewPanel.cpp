#include "DnsReviewPanel.h"

#include "RecordAdvice.h"
#include "RecordDetailsView.h"
#include "RequiredRecordFilterBar.h"
#include "RequiredRecordFilterModel.h"
#include "RequiredRecordModel.h"
#include "RequiredRecordTable.h"

#include "core/Facade.h"
#include "core/endpoints/RequiredRecords.h"
#include "ui/common/ProblemText.h"
#include "ui/common/RelativeTime.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {

using State = RecordStatus::State;

// A live result younger than this is shown again as it is when the panel comes back.
constexpr qint64 FreshSeconds = 60;

constexpr State kStates[] = {State::Ok,
                             State::Propagating,
                             State::Missing,
                             State::WrongTarget,
                             State::Conflict,
                             State::BlockedByCaa,
                             State::LookupError};

} // namespace

DnsReviewPanel::DnsReviewPanel(Facade &facade, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_model(new RequiredRecordModel(this))
    , m_proxy(new RequiredRecordFilterModel(m_model, this))
    , m_recheck(new QTimer(this))
    , m_reloadTimer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_checkState(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_filterBar(new RequiredRecordFilterBar(m_proxy, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_table(new RequiredRecordTable(m_proxy, this))
    , m_details(new RecordDetailsView(this))
    , m_checkButton(new QPushButton(QIcon(QStringLiteral(":/icons/renew.svg")), tr("Check &Now"), this))
    , m_copyAllButton(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy &All"), this))
    , m_exportButton(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export &Zone Snippet…"), this))
    , m_issueButton(new QPushButton(tr("Re&quest Certificate"), this))
    , m_orderState(new QLabel(this))
{
    setObjectName(QStringLiteral("dnsReviewPanel"));
    setAccessibleName(tr("DNS records"));
    m_recheck->setSingleShot(true);
    connect(m_recheck, &QTimer::timeout, this, &DnsReviewPanel::checkNow);
    // Endpoint changes come in bursts (a refresh sends every endpoint): read the records once.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, &DnsReviewPanel::reload);

    m_summary->setObjectName(QStringLiteral("recordSummary"));
    m_checkState->setObjectName(QStringLiteral("checkState"));
    m_problems->setObjectName(QStringLiteral("recordProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_empty->setObjectName(QStringLiteral("noRecords"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_orderState->setObjectName(QStringLiteral("orderState"));
    m_orderState->setWordWrap(true);
    m_orderState->hide();

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary);
    header->addStretch();
    header->addWidget(m_checkState);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_problems);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(createButtonRow());
    layout->addWidget(m_orderState);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DnsReviewPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DnsReviewPanel::updateDetails);
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_table->currentSourceRow();
                if (row >= topLeft.row() && row <= bottomRight.row()) {
                    updateDetails();
                }
            });
    connect(m_table, &RequiredRecordTable::copyRequested, this, [this](int row, CopyButtonDelegate::Part part) {
        if (part == CopyButtonDelegate::Part::Name) {
            copyName(row);
        } else {
            copyValue(row);
        }
    });
    connect(m_filterBar, &RequiredRecordFilterBar::filterChanged, this, &DnsReviewPanel::updateState);

    // Results of the background watcher's checks (and of other panels) land here too.
    connect(&m_facade,
            &Facade::requiredRecordsChecked,
            this,
            [this](const QList<RecordStatus> &statuses, const QList<qint64> &) {
                if (!m_loaded) {
                    return;
                }
                m_model->applyStatuses(statuses, QDateTime::currentDateTimeUtc());
                if (m_model->allOk()) {
                    m_recheck->stop();
                }
                updateState();
            });
    connect(&m_facade, &Facade::endpointUpdated, this, [this](const Endpoint &endpoint) {
        if (m_all || m_ids.contains(endpoint.id)) {
            requestReload();
        }
    });
    connect(&m_facade, &Facade::endpointsRemoved, this, [this](const QList<qint64> &endpointIds) {
        for (const qint64 id : endpointIds) {
            if (m_all || m_ids.contains(id)) {
                requestReload();
                return;
            }
        }
    });
    connect(&m_facade, &Facade::endpointsChanged, this, [this] {
        if (m_all) {
            requestReload();
        }
    });
    connect(&m_facade, &Facade::orderFinished, this, &DnsReviewPanel::orderFinished);

    m_filterBar->hide();
    updateState();
    updateDetails();
}

DnsReviewPanel::~DnsReviewPanel() = default;

QTableView *DnsReviewPanel::table() const
{
    return m_table;
}

CopyButtonDelegate *DnsReviewPanel::copyDelegate() const
{
    return m_table->copyDelegate();
}

QWidget *DnsReviewPanel::createButtonRow()
{
    auto *row = new QWidget(this);
    m_checkButton->setObjectName(QStringLiteral("checkNowButton"));
    m_checkButton->setToolTip(tr("Ask the authoritative servers and the resolvers now"));
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        m_interval = m_firstInterval;
        checkNow();
    });
    m_copyAllButton->setObjectName(QStringLiteral("copyAllButton"));
    m_copyAllButton->setToolTip(tr("Copy the records shown as text to paste into a DNS provider's console"));
    connect(m_copyAllButton, &QPushButton::clicked, this, &DnsReviewPanel::copyAll);
    m_exportButton->setObjectName(QStringLiteral("exportZoneButton"));
    m_exportButton->setToolTip(tr("Save the records shown as a zone-file snippet"));
    connect(m_exportButton, &QPushButton::clicked, this, &DnsReviewPanel::exportZoneSnippet);
    m_issueButton->setObjectName(QStringLiteral("requestCertificateButton"));
    m_issueButton->setToolTip(tr("Every record is in place: order the certificate now"));
    connect(m_issueButton, &QPushButton::clicked, this, &DnsReviewPanel::requestCertificates);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checkButton);
    layout->addWidget(m_copyAllButton);
    layout->addWidget(m_exportButton);
    layout->addStretch();
    layout->addWidget(m_issueButton);
    return row;
}

void DnsReviewPanel::showEndpoints(const QList<qint64> &endpointIds)
{
    if (!m_all && endpointIds == m_ids && m_loaded) {
        return;
    }
    m_all = false;
    m_ids = endpointIds;
    m_filterBar->setVisible(endpointIds.size() > 1);
    m_table->setColumnHidden(RequiredRecordModel::EndpointColumn, endpointIds.size() <= 1);
    m_loaded = false;
    m_lastLiveCheck = {};
    m_checkProblem.reset();
    m_ordering.clear();
    m_orderState->hide();
    m_recheck->stop();
    m_interval = m_firstInterval;
    // Another endpoint's records must not stay on screen while these are read, nor a check of
    // them still under way land here.
    ++m_checkRequest;
    m_checking = false;
    m_checkAgain = false;
    m_model->setRecords({});
    updateState();
    requestReload();
}

void DnsReviewPanel::showAllEndpoints()
{
    if (m_all && m_loaded) {
        return;
    }
    m_all = true;
    m_ids.clear();
    m_filterBar->show();
    m_table->setColumnHidden(RequiredRecordModel::EndpointColumn, false);
    m_loaded = false;
    m_lastLiveCheck = {};
    m_checkProblem.reset();
    m_recheck->stop();
    m_interval = m_firstInterval;
    ++m_checkRequest;
    m_checking = false;
    m_checkAgain = false;
    m_model->setRecords({});
    updateState();
    requestReload();
}

void DnsReviewPanel::setIssueButtonVisible(bool visible)
{
    m_issueButton->setVisible(visible);
}

void DnsReviewPanel::setRecheckIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstInterval = first;
    m_longestInterval = std::max(first, longest);
    m_interval = first;
}

bool DnsReviewPanel::isRecheckScheduled() const
{
    return m_recheck->isActive();
}

QList<qint64> DnsReviewPanel::checkScope() const
{
    return m_all ? QList<qint64>() : m_ids;
}

void DnsReviewPanel::requestReload()
{
    m_dirty = true;
    if (isVisible()) {
        m_reloadTimer->start();
    }
}

void DnsReviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty || !m_loaded) {
        m_reloadTimer->start(0);
        return;
    }
    const bool stale =
        !m_lastLiveCheck.isValid() || m_lastLiveCheck.secsTo(QDateTime::currentDateTimeUtc()) > FreshSeconds;
    if (stale && m_model->rowCount() > 0) {
        checkNow();
    } else {
        scheduleRecheck();
    }
}

void DnsReviewPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Nobody is looking: no automatic re-checks until the panel is back.
    m_recheck->stop();
    updateState();
}

void DnsReviewPanel::reload()
{
    m_reloadTimer->stop();
    m_dirty = false;
    const quint64 request = ++m_loadRequest;
    if (!m_all && m_ids.isEmpty()) {
        applyLoaded({});
        return;
    }
    m_facade.loadRequiredRecords(checkScope(), this, [this, request](const Result<RequiredRecordSet> &set) {
        if (request != m_loadRequest) {
            return; // the panel shows other endpoints by now
        }
        if (!set) {
            m_checkProblem = set.problem();
            updateProblems();
            return;
        }
        applyLoaded(set.value());
    });
}

void DnsReviewPanel::applyLoaded(const RequiredRecordSet &set)
{
    m_covered = set.endpointIds;
    m_names = set.endpointNames;
    m_endpointProblems = set.problems;
    m_delegationMissing = set.delegationMissing;
    m_model->setRecords(set);
    m_loaded = true;
    m_table->fitColumns();
    if (m_table->selectionModel() && !m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateProblems();
    updateState();
    Q_EMIT recordsLoaded();
    // New records (or a first look) are checked live at once; known ones keep their schedule.
    if (isVisible() && m_model->withoutLiveStatus() > 0) {
        checkNow();
    }
}

void DnsReviewPanel::checkNow()
{
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    if (!m_loaded) {
        reload();
        return;
    }
    if (m_model->rowCount() == 0) {
        updateState();
        return;
    }
    m_recheck->stop();
    m_checking = true;
    m_checkProblem.reset();
    updateProblems();
    updateState();
    const quint64 request = ++m_checkRequest;
    m_facade.checkRequiredRecords(checkScope(), this, [this, request](const Result<RecordWatcher::Report> &report) {
        if (request != m_checkRequest) {
            return;
        }
        m_checking = false;
        if (!report) {
            m_checkProblem = report.problem();
            updateProblems();
        } else {
            applyReport(report.value());
        }
        scheduleRecheck();
        updateState();
        Q_EMIT checkFinished();
        if (std::exchange(m_checkAgain, false)) {
            checkNow();
        }
    });
}

void DnsReviewPanel::applyReport(const RecordWatcher::Report &report)
{
    m_caIdentities = report.caIdentities;
    m_lastLiveCheck = report.checkedAt;
    m_model->applyStatuses(report.statuses, report.checkedAt);
    // The CA's identity matters to the CAA advice of the selected record.
    updateDetails();
}

void DnsReviewPanel::scheduleRecheck()
{
    if (!isVisible() || m_model->rowCount() == 0 || m_model->allOk()) {
        m_recheck->stop();
        m_interval = m_firstInterval;
        m_nextCheck = {};
        return;
    }
    // Back-off: the first re-check soon (a record was just created), then less and less often.
    m_recheck->start(m_interval);
    m_nextCheck = QDateTime::currentDateTimeUtc().addMSecs(m_interval.count());
    m_interval = std::min(m_interval * 2, m_longestInterval);
}

QSet<qint64> DnsReviewPanel::endpointsToOrder() const
{
    // The endpoints whose records are reviewed here; of many, those without any records (an
    // internal http-01 endpoint) have nothing to do with this page and are not ordered from it.
    if (!m_all && m_ids.size() == 1) {
        return m_covered;
    }
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids.insert(m_model->recordAt(row).endpointId);
    }
    return ids;
}

bool DnsReviewPanel::isReadyToIssue() const
{
    return m_loaded && !endpointsToOrder().isEmpty() && m_endpointProblems.isEmpty() && !m_delegationMissing
           && m_model->allOk() && m_ordering.isEmpty();
}

void DnsReviewPanel::updateState()
{
    const int total = m_model->rowCount();
    if (!m_loaded) {
        m_summary->setText(tr("Reading the records…"));
    } else if (total == 0) {
        m_summary->setText(tr("No DNS records needed"));
    } else {
        QStringList counts;
        for (const State state : kStates) {
            if (const int n = m_model->count(state); n > 0) {
                counts << tr("%1: %2", "status: count").arg(RecordAdvice::label(state)).arg(n);
            }
        }
        if (const int n = m_model->notCheckedCount(); n > 0) {
            counts << tr("%1: %2", "status: count").arg(RecordAdvice::label(std::nullopt)).arg(n);
        }
        m_summary->setText(tr("%n record(s)", nullptr, total) + QStringLiteral(" — ")
                           + counts.join(QStringLiteral(" · ")));
    }

    if (m_checking) {
        m_checkState->setText(tr("Asking the authoritative servers and the resolvers…"));
    } else if (m_lastLiveCheck.isValid()) {
        QString text =
            tr("Checked at %1.").arg(QLocale().toString(m_lastLiveCheck.toLocalTime().time(), QLocale::ShortFormat));
        if (m_recheck->isActive() && m_nextCheck.isValid()) {
            text += QLatin1Char(' ')
                    + tr("Checking again at %1.")
                          .arg(QLocale().toString(m_nextCheck.toLocalTime().time(), QLocale::ShortFormat));
        }
        m_checkState->setText(text);
    } else if (const QDateTime oldest = m_model->oldestCheck(); oldest.isValid() && total > 0) {
        m_checkState->setText(tr("Last checked %1 by the background check.")
                                  .arg(RelativeTime::describe(oldest, QDateTime::currentDateTimeUtc())));
    } else {
        m_checkState->setText(total > 0 ? tr("Not checked yet.") : QString());
    }

    const bool many = m_all || m_ids.size() > 1;
    if (!m_all && m_ids.isEmpty()) {
        m_empty->setText(tr("Select an endpoint to see the DNS records it needs."));
    } else if (m_all && m_names.isEmpty()) {
        m_empty->setText(tr("There are no endpoints yet. Add one, and the DNS records it needs appear here."));
    } else {
        m_empty->setText(many ? tr("These endpoints need no DNS records.")
                              : tr("This endpoint needs no DNS records: it is validated over HTTP and reached "
                                   "inside your network, so there is nothing to create."));
    }
    m_stack->setCurrentWidget(m_loaded && total == 0 && !m_delegationMissing ? static_cast<QWidget *>(m_empty)
                                                                             : m_table);
    m_filterBar->updateCount(total);

    m_checkButton->setEnabled(m_loaded && total > 0 && !m_checking);
    m_copyAllButton->setEnabled(m_proxy->rowCount() > 0);
    m_exportButton->setEnabled(m_proxy->rowCount() > 0);
    const int endpoints = int(endpointsToOrder().size());
    m_issueButton->setText(many ? tr("Re&quest %n Certificate(s)", nullptr, endpoints) : tr("Re&quest Certificate"));
    m_issueButton->setEnabled(isReadyToIssue());
    m_issueButton->setToolTip(isReadyToIssue() ? tr("Every record is in place: order the certificate now")
                                               : tr("Available once every record is OK"));
}

void DnsReviewPanel::updateProblems()
{
    QStringList parts;
    if (m_delegationMissing) {
        parts << ProblemText::html(*m_delegationMissing);
    }
    if (!m_endpointProblems.isEmpty()) {
        QStringList lines;
        for (auto it = m_endpointProblems.cbegin(); it != m_endpointProblems.cend() && lines.size() < 5; ++it) {
            lines << tr("%1: %2").arg(endpointName(it.key()), ProblemText::oneLine(*it)).toHtmlEscaped();
        }
        parts << tr("<b>The records of %n endpoint(s) cannot be listed.</b>", nullptr, int(m_endpointProblems.size()))
                     + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    }
    if (m_checkProblem) {
        parts << ProblemText::html(*m_checkProblem);
    }
    m_problems->setText(parts.join(QStringLiteral("<br><br>")));
    m_problems->setVisible(!parts.isEmpty());
}

void DnsReviewPanel::updateDetails()
{
    m_details->showRecord(m_model, m_table->currentSourceRow(), m_caIdentities);
}

QString DnsReviewPanel::endpointName(qint64 endpointId) const
{
    const QString name = m_names.value(endpointId);
    return name.isEmpty() ? tr("Endpoint %1").arg(endpointId) : DnsName::fromNormalised(name).display();
}

void DnsReviewPanel::copyName(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        return;
    }
    const QString name = m_model->recordAt(sourceRow).owner.ace();
    QGuiApplication::clipboard()->setText(name);
    Q_EMIT message(tr("Copied the name %1.").arg(name));
}

void DnsReviewPanel::copyValue(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        return;
    }
    const QString value = m_model->recordAt(sourceRow).target.ace();
    QGuiApplication::clipboard()->setText(value);
    Q_EMIT message(tr("Copied the value %1.").arg(value));
}

namespace {

// The records as the view shows them: filtered and in its order.
QList<RequiredRecord> shownRecords(const RequiredRecordFilterModel *proxy, const RequiredRecordModel *model)
{
    QList<RequiredRecord> records;
    records.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row) {
        records << model->recordAt(proxy->mapToSource(proxy->index(row, 0)).row());
    }
    return records;
}

} // namespace

void DnsReviewPanel::copyAll()
{
    const QList<RequiredRecord> records = shownRecords(m_proxy, m_model);
    if (records.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(RequiredRecords::plainText(records));
    Q_EMIT message(tr("Copied %n record(s) as text for your DNS provider's console.", nullptr, int(records.size())));
}

void DnsReviewPanel::exportZoneSnippet()
{
    if (m_proxy->rowCount() == 0) {
        return;
    }
    const QString suggested =
        !m_all && m_ids.size() == 1 ? endpointName(m_ids.first()) + QStringLiteral(".zone") : tr("records.zone");
    auto *dialog = new QFileDialog(this,
                                   tr("Export Zone Snippet"),
                                   QDir::home().filePath(suggested),
                                   tr("Zone files (*.zone *.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportZoneDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("zone"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &DnsReviewPanel::saveZoneSnippet);
    dialog->open();
}

void DnsReviewPanel::saveZoneSnippet(const QString &path)
{
    const QList<RequiredRecord> records = shownRecords(m_proxy, m_model);
    m_facade.saveRequiredRecords(
        records, RequiredRecords::Format::ZoneFile, path, this, [this, records](const Result<QString> &saved) {
            if (!saved) {
                m_checkProblem = saved.problem();
                updateProblems();
                Q_EMIT message(ProblemText::oneLine(saved.problem()));
                return;
            }
            Q_EMIT message(tr("Saved %n record(s) to %1.", nullptr, int(records.size()))
                               .arg(QDir::toNativeSeparators(saved.value())));
        });
}

void DnsReviewPanel::requestCertificates()
{
    if (!isReadyToIssue()) {
        return;
    }
    const QSet<qint64> ordering = endpointsToOrder();
    QList<qint64> ids(ordering.cbegin(), ordering.cend());
    std::sort(ids.begin(), ids.end());
    m_ordering = ordering;
    m_orderResults.clear();
    m_facade.issueNow(ids);
    m_orderState->setText(tr("Ordering %n certificate(s)…", nullptr, int(ids.size())));
    m_orderState->show();
    Q_EMIT message(m_orderState->text());
    updateState();
}

void DnsReviewPanel::orderFinished(qint64 endpointId, bool succeeded, const Problem &problem)
{
    if (!m_ordering.remove(endpointId)) {
        return;
    }
    m_orderResults << (succeeded
                           ? tr("%1: certificate issued.").arg(endpointName(endpointId))
                           : tr("%1: no certificate. %2").arg(endpointName(endpointId), ProblemText::oneLine(problem)));
    QStringList lines = m_orderResults.mid(std::max<qsizetype>(0, m_orderResults.size() - 5));
    if (!m_ordering.isEmpty()) {
        lines << tr("%n more still ordering…", nullptr, int(m_ordering.size()));
    }
    m_orderState->setText(lines.join(QLatin1Char('\n')));
    updateState();
}
