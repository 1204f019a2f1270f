#include "ManagedChallengeTableModel.h"

ManagedChallengeTableModel::ManagedChallengeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ManagedChallengeTableModel::setChallenges(const QList<ManagedChallenge> &challenges)
{
    beginResetModel();
    m_challenges = challenges;
    endResetModel();
}

void ManagedChallengeTableModel::setProviders(const QList<DnsProviderConfig> &providers)
{
    m_providers = providers;
    if (!m_challenges.isEmpty()) {
        Q_EMIT dataChanged(index(0, ProviderColumn), index(rowCount() - 1, ProviderColumn));
    }
}

int ManagedChallengeTableModel::rowOf(qint64 challengeId) const
{
    for (int row = 0; row < m_challenges.size(); ++row) {
        if (m_challenges.at(row).id == challengeId) {
            return row;
        }
    }
    return -1;
}

QString ManagedChallengeTableModel::providerTitle(qint64 providerId) const
{
    for (const DnsProviderConfig &provider : m_providers) {
        if (provider.id == providerId) {
            return provider.title;
        }
    }
    return tr("DNS provider %1").arg(providerId);
}

QString ManagedChallengeTableModel::ruleText(const DomainMatchRule &rule)
{
    return rule.isFallback() ? tr("Every name no other challenge serves") : rule.entries().join(QStringLiteral("; "));
}

int ManagedChallengeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_challenges.size());
}

int ManagedChallengeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManagedChallengeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Challenge");
    case ProviderColumn:
        return tr("DNS provider");
    case RuleColumn:
        return tr("Names it serves");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

QVariant ManagedChallengeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ManagedChallenge &challenge = m_challenges.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            return challenge.title;
        case ProviderColumn:
            return providerTitle(challenge.providerId);
        case RuleColumn:
            return ruleText(challenge.matchRule);
        case TagsColumn:
            return challenge.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RuleColumn && challenge.matchRule.isFallback()) {
            return tr("The fallback: it serves every name that no other managed challenge's rule matches.");
        }
        return {};
    case ChallengeIdRole:
        return challenge.id;
    default:
        return {};
    }
}
