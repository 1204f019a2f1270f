#pragma once

#include "core/acme/CaAccount.h"

#include <QAbstractTableModel>
#include <QList>

// The CA accounts: which CA, as whom, and whether the CA has registered them.
class CaAccountTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        CaColumn,
        EmailColumn,
        StatusColumn,
        ColumnCount,
    };

    enum Role {
        AccountIdRole = Qt::UserRole + 1,
    };

    explicit CaAccountTableModel(QObject *parent = nullptr);

    void setAccounts(const QList<CaAccount> &accounts);

    const QList<CaAccount> &accounts() const { return m_accounts; }

    // The account used when an endpoint names none (the newest registered one), or 0.
    qint64 defaultAccountId() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaAccount> m_accounts;
};
