#include "ActivityLogPage.h"

#include "ActivityFilterModel.h"
#include "ActivityLogModel.h"

#include "core/Facade.h"
#include "core/dns/DnsName.h"
#include "ui/endpoints/EndpointTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// The newest entries are what an administrator looks for; older ones stay in the database.
constexpr int kLoadLimit = 2000;

} // namespace

ActivityLogPage::ActivityLogPage(Facade &facade, EndpointTableModel *endpoints, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_endpoints(endpoints)
    , m_model(new ActivityLogModel(this))
    , m_filter(new ActivityFilterModel(this))
    , m_endpoint(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("activityPage"));
    m_filter->setSourceModel(m_model);

    m_endpoint->setObjectName(QStringLiteral("activityEndpointCombo"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_endpoint->addItem(tr("All endpoints"), qint64(0));
    m_endpoint->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_severity->setObjectName(QStringLiteral("activitySeverityCombo"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("Everything"), static_cast<int>(ActivityLog::Severity::Debug));
    m_severity->addItem(tr("Information and above"), static_cast<int>(ActivityLog::Severity::Info));
    m_severity->addItem(tr("Warnings and errors"), static_cast<int>(ActivityLog::Severity::Warning));
    m_severity->addItem(tr("Errors only"), static_cast<int>(ActivityLog::Severity::Error));
    m_severity->setCurrentIndex(1);
    m_filter->setMinimumSeverity(ActivityLog::Severity::Info);
    m_text->setObjectName(QStringLiteral("activityTextFilter"));
    m_text->setAccessibleName(tr("Search the activity log"));
    m_text->setPlaceholderText(tr("Search messages"));
    m_text->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Activity log"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActivityLogModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ActivityLogModel::TimeColumn, 170);
    m_view->header()->resizeSection(ActivityLogModel::SeverityColumn, 120);
    m_view->header()->resizeSection(ActivityLogModel::EndpointColumn, 220);

    connect(m_endpoint, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedEndpoint = m_endpoint->currentData().toLongLong();
        m_filter->setEndpointId(m_wantedEndpoint);
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(static_cast<ActivityLog::Severity>(m_severity->currentData().toInt()));
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &ActivityFilterModel::setText);

    auto *endpointLabel = new QLabel(tr("&Endpoint:"), this);
    endpointLabel->setBuddy(m_endpoint);
    auto *severityLabel = new QLabel(tr("&Show:"), this);
    severityLabel->setBuddy(m_severity);
    auto *filters = new QHBoxLayout;
    filters->addWidget(endpointLabel);
    filters->addWidget(m_endpoint);
    filters->addSpacing(12);
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addSpacing(12);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &ActivityLogPage::reload);
    connect(&m_facade, &Facade::orderFinished, this, &ActivityLogPage::scheduleReload);
    connect(&m_facade, &Facade::orderQueued, this, &ActivityLogPage::scheduleReload);
    connect(&m_facade, &Facade::endpointUpdated, this, &ActivityLogPage::scheduleReload);
    connect(&m_facade, &Facade::endpointsRemoved, this, &ActivityLogPage::scheduleReload);
    connect(&m_facade, &Facade::accountsChanged, this, &ActivityLogPage::scheduleReload);
}

void ActivityLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ActivityLogPage::scheduleReload()
{
    if (isVisible()) {
        m_reloadTimer->start();
    }
}

void ActivityLogPage::showEndpoint(qint64 endpointId)
{
    m_wantedEndpoint = endpointId;
    updateEndpointChoices();
}

void ActivityLogPage::reload()
{
    m_facade.loadActivity(kLoadLimit, this, [this](const Result<QList<ActivityLog::Entry>> &entries) {
        if (!entries) {
            return;
        }
        m_model->setEntries(entries.value());
        updateEndpointChoices();
        Q_EMIT loaded();
    });
}

void ActivityLogPage::updateEndpointChoices()
{
    // Only endpoints that appear in the loaded entries: a choice that shows nothing helps no one,
    // and a combo box of ten thousand names helps no one either.
    QHash<qint64, QString> names;
    QList<qint64> order;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const std::optional<qint64> id = m_model->entryAt(row).endpointId;
        if (!id || names.contains(*id)) {
            continue;
        }
        const int endpointRow = m_endpoints->rowOf(*id);
        names.insert(*id,
                     endpointRow < 0
                         ? QString()
                         : DnsName::fromNormalised(m_endpoints->endpointAt(endpointRow).names.value(0)).display());
        order << *id;
    }
    QHash<qint64, QString> known;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (!it.value().isEmpty()) {
            known.insert(it.key(), it.value());
        }
    }
    m_model->setEndpointNames(known);

    const QSignalBlocker blocker(m_endpoint);
    m_endpoint->clear();
    m_endpoint->addItem(tr("All endpoints"), qint64(0));
    std::sort(order.begin(), order.end(), [&known](qint64 a, qint64 b) {
        return known.value(a).compare(known.value(b), Qt::CaseInsensitive) < 0;
    });
    for (qint64 id : std::as_const(order)) {
        if (known.contains(id)) {
            m_endpoint->addItem(known.value(id), id);
        }
    }
    if (m_wantedEndpoint != 0 && m_endpoint->findData(m_wantedEndpoint) < 0) {
        const int row = m_endpoints->rowOf(m_wantedEndpoint);
        if (row >= 0) {
            m_endpoint->addItem(DnsName::fromNormalised(m_endpoints->endpointAt(row).names.value(0)).display(),
                                m_wantedEndpoint);
        }
    }
    const int index = m_endpoint->findData(m_wantedEndpoint);
    m_endpoint->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setEndpointId(m_endpoint->currentData().toLongLong());
}
