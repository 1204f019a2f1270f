#pragma once

#include "CopyButtonDelegate.h"

#include <QTableView>

class RequiredRecordFilterModel;

// The DNS review's table: fixed row heights (tens of thousands of records are never measured
// one by one), the copy buttons in every row, Copy Value (Ctrl+C) and Copy Name
// (Ctrl+Shift+C) for the current row, and columns as wide as the names and values they show.
class RequiredRecordTable final : public QTableView
{
    Q_OBJECT

public:
    explicit RequiredRecordTable(RequiredRecordFilterModel *proxy, QWidget *parent = nullptr);

    CopyButtonDelegate *copyDelegate() const { return m_copyDelegate; }

    // The current row in the source model, or -1.
    int currentSourceRow() const;
    // Sizes the endpoint, name and value columns to what they hold, within bounds.
    void fitColumns();

Q_SIGNALS:
    // A copy button, shortcut or menu entry asked for a row's name or value (a source row).
    void copyRequested(int sourceRow, CopyButtonDelegate::Part part);

private:
    RequiredRecordFilterModel *m_proxy;
    CopyButtonDelegate *m_copyDelegate;
};
