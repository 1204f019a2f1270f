#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class RequiredRecordModel;

// Below the DNS review's table: for the selected record, what to do about it, core's note on
// the record (the apex alternatives, for one), and the evidence of the last live check — what
// each authoritative server and each resolver answered, with TTLs.
class RecordDetailsView final : public QWidget
{
    Q_OBJECT

public:
    explicit RecordDetailsView(QWidget *parent = nullptr);

    // Shows row `row` of `model` (source row), or nothing for -1.
    void showRecord(const RequiredRecordModel *model, int row, const QStringList &caIdentities);

    QString adviceText() const;
    QString evidenceText() const;

private:
    QLabel *m_heading;
    QLabel *m_advice;
    QLabel *m_note;
    QLabel *m_evidenceHeading;
    QPlainTextEdit *m_evidence;
};
