#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class RequiredRecordFilterModel;

// Above the records of many endpoints: a status filter (every status, what needs action, or one
// status), a text filter, and how many records they let through.
class RequiredRecordFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit RequiredRecordFilterBar(RequiredRecordFilterModel *proxy, QWidget *parent = nullptr);

    // "3 of 20 records shown", for `total` records in the model.
    void updateCount(int total);

Q_SIGNALS:
    void filterChanged();

private:
    RequiredRecordFilterModel *m_proxy;
    QComboBox *m_status;
    QLineEdit *m_text;
    QLabel *m_count;
};
