#pragma once

#include "core/challenges/ManagedChallenge.h"
#include "core/providers/DnsProviderConfig.h"

#include <QAbstractTableModel>
#include <QList>

// The managed challenges: what each is for, the DNS provider that writes its records, the
// names it serves and the tags tokens can be scoped to.
class ManagedChallengeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ProviderColumn,
        RuleColumn,
        TagsColumn,
        ColumnCount,
    };

    enum Role {
        ChallengeIdRole = Qt::UserRole + 1,
    };

    explicit ManagedChallengeTableModel(QObject *parent = nullptr);

    void setChallenges(const QList<ManagedChallenge> &challenges);
    // Only the provider column changes: the rows stay where they are.
    void setProviders(const QList<DnsProviderConfig> &providers);

    const QList<ManagedChallenge> &challenges() const { return m_challenges; }

    const QList<DnsProviderConfig> &providers() const { return m_providers; }

    const ManagedChallenge &challengeAt(int row) const { return m_challenges.at(row); }

    int rowOf(qint64 challengeId) const;
    QString providerTitle(qint64 providerId) const;
    // "*.example.com; example.org", or what an empty rule means.
    static QString ruleText(const DomainMatchRule &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ManagedChallenge> m_challenges;
    QList<DnsProviderConfig> m_providers;
};
