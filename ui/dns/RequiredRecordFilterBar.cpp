#include "RequiredRecordFilterBar.h"

#include "RecordAdvice.h"
#include "RequiredRecordFilterModel.h"
#include "RequiredRecordModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

RequiredRecordFilterBar::RequiredRecordFilterBar(RequiredRecordFilterModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_status(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show records with status"));
    m_status->addItem(tr("Every status"), RequiredRecordFilterModel::AnyStatus);
    m_status->addItem(tr("Needs action"), RequiredRecordFilterModel::NeedsAction);
    m_status->addItem(RecordAdvice::label(std::nullopt), RequiredRecordModel::NotChecked);
    for (const RecordStatus::State state : {RecordStatus::State::Ok,
                                            RecordStatus::State::Propagating,
                                            RecordStatus::State::Missing,
                                            RecordStatus::State::WrongTarget,
                                            RecordStatus::State::Conflict,
                                            RecordStatus::State::BlockedByCaa,
                                            RecordStatus::State::LookupError}) {
        m_status->addItem(RecordAdvice::icon(state), RecordAdvice::label(state), int(state));
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_status->currentData().toInt());
        Q_EMIT filterChanged();
    });
    m_text->setObjectName(QStringLiteral("recordFilter"));
    m_text->setPlaceholderText(tr("Filter by endpoint, name or value"));
    m_text->setAccessibleName(tr("Filter records"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        Q_EMIT filterChanged();
    });
    m_count->setObjectName(QStringLiteral("shownCount"));
    auto *caption = new QLabel(tr("&Status:"), this);
    caption->setBuddy(m_status);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_count);
}

void RequiredRecordFilterBar::updateCount(int total)
{
    m_count->setText(tr("%1 of %n record(s) shown", nullptr, total).arg(m_proxy->rowCount()));
}
