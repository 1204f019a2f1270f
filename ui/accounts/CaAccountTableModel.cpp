#include "CaAccountTableModel.h"

#include <QIcon>

CaAccountTableModel::CaAccountTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaAccountTableModel::setAccounts(const QList<CaAccount> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

qint64 CaAccountTableModel::defaultAccountId() const
{
    qint64 id = 0;
    for (const CaAccount &account : m_accounts) {
        if (account.status == QLatin1String("valid") && account.id > id) {
            id = account.id;
        }
    }
    return id;
}

int CaAccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int CaAccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaAccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Account");
    case CaColumn:
        return tr("CA directory");
    case EmailColumn:
        return tr("Contact");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariant CaAccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaAccount &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            return account.id == defaultAccountId() ? tr("%1 (default)").arg(account.title) : account.title;
        case CaColumn:
            return account.directoryUrl.toString();
        case EmailColumn:
            return account.email.isEmpty() ? tr("None") : account.email;
        case StatusColumn:
            if (account.status == QLatin1String("valid")) {
                return tr("Registered");
            }
            if (account.status == QLatin1String("deactivated") || account.status == QLatin1String("revoked")) {
                return tr("Closed");
            }
            return tr("Not registered");
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            return QIcon(account.status == QLatin1String("valid") ? QStringLiteral(":/icons/status-ok.svg")
                                                                  : QStringLiteral(":/icons/status-attention.svg"));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && account.accountUrl.isValid()) {
            return tr("Account URL: %1").arg(account.accountUrl.toString());
        }
        if (index.column() == CaColumn && !account.caBundlePath.isEmpty()) {
            return tr("Trusted with the CA bundle %1").arg(account.caBundlePath);
        }
        return {};
    case AccountIdRole:
        return account.id;
    default:
        return {};
    }
}
