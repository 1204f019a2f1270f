#include "RecordDetailsView.h"

#include "RecordAdvice.h"
#include "RequiredRecordModel.h"

#include "ui/common/RelativeTime.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

RecordDetailsView::RecordDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_note(new QLabel(this))
    , m_evidenceHeading(new QLabel(this))
    , m_evidence(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("recordDetails"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setObjectName(QStringLiteral("adviceHeading"));
    for (QLabel *label : {m_advice, m_note}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_advice->setObjectName(QStringLiteral("adviceText"));
    m_advice->setAccessibleName(tr("What to do"));
    m_note->setObjectName(QStringLiteral("recordNote"));
    m_evidenceHeading->setFont(bold);
    m_evidence->setObjectName(QStringLiteral("evidenceView"));
    m_evidence->setAccessibleName(tr("What the servers answered"));
    m_evidence->setReadOnly(true);
    m_evidence->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_evidence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_advice);
    layout->addWidget(m_note);
    layout->addWidget(m_evidenceHeading);
    layout->addWidget(m_evidence, 1);
    showRecord(nullptr, -1, {});
}

QString RecordDetailsView::adviceText() const
{
    return m_advice->text();
}

QString RecordDetailsView::evidenceText() const
{
    return m_evidence->toPlainText();
}

void RecordDetailsView::showRecord(const RequiredRecordModel *model, int row, const QStringList &caIdentities)
{
    if (!model || row < 0 || row >= model->rowCount()) {
        m_heading->setText(tr("Select a record to see what to do and what the servers answered."));
        m_advice->clear();
        m_advice->hide();
        m_note->hide();
        m_evidenceHeading->hide();
        m_evidence->clear();
        m_evidence->hide();
        return;
    }
    const RequiredRecord &record = model->recordAt(row);
    const std::optional<RecordStatus> &live = model->liveStatusAt(row);
    const std::optional<RecordStatus::State> state = model->stateAt(row);
    m_heading->setText(tr("%1: what to do").arg(RecordAdvice::label(state)));
    QString advice;
    if (live) {
        advice = RecordAdvice::whatToDo(*live, caIdentities);
    } else if (state) {
        // Only the stored outcome of an earlier check: its verdict, and the record to create.
        RecordStatus stored;
        stored.record = record;
        stored.state = *state;
        stored.summary = model->summaryAt(row);
        advice = model->summaryAt(row) + QStringLiteral("\n\n") + RecordAdvice::whatToDo(stored, caIdentities);
    } else {
        advice = RecordAdvice::whatToDo(record);
    }
    m_advice->setText(advice);
    m_advice->show();
    // The note explains the record; where the advice already quotes it, once is enough.
    const bool noteShown = !record.note.isEmpty() && !advice.contains(record.note);
    m_note->setText(record.note);
    m_note->setVisible(noteShown);

    const QDateTime checkedAt = model->checkedAt(row);
    m_evidenceHeading->show();
    m_evidence->show();
    if (live) {
        m_evidenceHeading->setText(tr("What the servers answered (checked %1)")
                                       .arg(QLocale().toString(checkedAt.toLocalTime().time(), QLocale::LongFormat)));
        QStringList lines{live->summary, QString()};
        lines += live->evidence;
        m_evidence->setPlainText(lines.join(QLatin1Char('\n')));
    } else {
        m_evidenceHeading->setText(tr("What the servers answered"));
        m_evidence->setPlainText(
            checkedAt.isValid()
                ? tr("Checked %1 by the background check: %2\nEach server's answer is shown after the next live "
                     "check.")
                      .arg(RelativeTime::describe(checkedAt, QDateTime::currentDateTimeUtc()), model->summaryAt(row))
                : tr("Each server's answer is shown after the first live check."));
    }
}
