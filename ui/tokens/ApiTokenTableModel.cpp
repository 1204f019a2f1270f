#include "ApiTokenTableModel.h"

#include <QIcon>
#include <QLocale>

namespace {

QString shortDate(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ApiTokenTableModel::ApiTokenTableModel(QObject *parent, const Clock &clock)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

void ApiTokenTableModel::setTokens(const QList<ApiToken> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    endResetModel();
}

void ApiTokenTableModel::setChallenges(const QList<ManagedChallenge> &challenges)
{
    m_challenges = challenges;
    if (!m_tokens.isEmpty()) {
        Q_EMIT dataChanged(index(0, ScopeColumn), index(rowCount() - 1, ScopeColumn));
    }
}

int ApiTokenTableModel::rowOf(const QString &clientId) const
{
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).clientId == clientId) {
            return row;
        }
    }
    return -1;
}

QString ApiTokenTableModel::rolesText(ApiToken::Roles roles)
{
    QStringList names;
    if (roles.testFlag(ApiToken::Role::ManagedChallengeConsumer)) {
        names << tr("Managed challenge consumer");
    }
    if (roles.testFlag(ApiToken::Role::CertificateConsumer)) {
        names << tr("Certificate consumer");
    }
    return names.join(QStringLiteral(", "));
}

QString ApiTokenTableModel::scopeText(const ApiToken &token) const
{
    QStringList parts;
    for (qint64 id : token.scopeChallengeIds) {
        QString title = tr("challenge %1 (removed)").arg(id);
        for (const ManagedChallenge &challenge : m_challenges) {
            if (challenge.id == id) {
                title = challenge.title;
            }
        }
        parts << title;
    }
    if (!token.scopeTags.isEmpty()) {
        parts << tr("tagged %1").arg(token.scopeTags.join(QStringLiteral(", ")));
    }
    if (!token.nameRule.isEmpty()) {
        parts << tr("only %1").arg(token.nameRule);
    }
    return parts.join(QStringLiteral("; "));
}

int ApiTokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tokens.size());
}

int ApiTokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiTokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ConsumerColumn:
        return tr("Used by");
    case RolesColumn:
        return tr("Roles");
    case ScopeColumn:
        return tr("Scope");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last used");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariant ApiTokenTableModel::displayData(const ApiToken &token, int column) const
{
    switch (column) {
    case ConsumerColumn:
        return token.consumer;
    case RolesColumn:
        return rolesText(token.roles);
    case ScopeColumn:
        return scopeText(token);
    case CreatedColumn:
        return shortDate(token.createdAt);
    case ExpiresColumn:
        return token.expiresAt.isValid() ? shortDate(token.expiresAt) : tr("Never");
    case LastUsedColumn:
        return token.lastUsedAt.isValid() ? shortDate(token.lastUsedAt) : tr("Never");
    case StatusColumn:
        if (token.isRevoked()) {
            return tr("Revoked %1").arg(shortDate(token.revokedAt));
        }
        return token.isExpiredAt(m_clock.now()) ? tr("Expired") : tr("Active");
    default:
        return {};
    }
}

QVariant ApiTokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ApiToken &token = m_tokens.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(token, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ConsumerColumn) {
            return tr("Client id %1").arg(token.clientId);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            const bool works = !token.isRevoked() && !token.isExpiredAt(m_clock.now());
            return QIcon(works ? QStringLiteral(":/icons/status-ok.svg") : QStringLiteral(":/icons/status-failed.svg"));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return token.createdAt;
        case ExpiresColumn:
            return token.expiresAt;
        case LastUsedColumn:
            return token.lastUsedAt;
        case StatusColumn:
            return token.isRevoked() ? 2 : token.isExpiredAt(m_clock.now()) ? 1 : 0;
        default:
            return displayData(token, index.column());
        }
    case ClientIdRole:
        return token.clientId;
    default:
        return {};
    }
}
