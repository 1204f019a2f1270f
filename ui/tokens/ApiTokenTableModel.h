#pragma once

#include "core/Clock.h"
#include "core/challenges/ManagedChallenge.h"
#include "core/hub/ApiToken.h"

#include <QAbstractTableModel>
#include <QList>

// The API tokens: who has each, what it may do and where, when it was made, expires and was
// last used, and whether it still works. Never a secret: CertDesk does not have them.
class ApiTokenTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ConsumerColumn,
        RolesColumn,
        ScopeColumn,
        CreatedColumn,
        ExpiresColumn,
        LastUsedColumn,
        StatusColumn,
        ColumnCount,
    };

    enum Role {
        ClientIdRole = Qt::UserRole + 1,
        SortRole, // raw values: times as QDateTime, status as a number
    };

    explicit ApiTokenTableModel(QObject *parent = nullptr, const Clock &clock = Clock::system());

    void setTokens(const QList<ApiToken> &tokens);
    // For the titles in the scope column; only that column changes.
    void setChallenges(const QList<ManagedChallenge> &challenges);

    const QList<ApiToken> &tokens() const { return m_tokens; }

    const ApiToken &tokenAt(int row) const { return m_tokens.at(row); }

    int rowOf(const QString &clientId) const;
    // "Corporate zone, tags web" — the challenges by title, then tags and names.
    QString scopeText(const ApiToken &token) const;
    static QString rolesText(ApiToken::Roles roles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ApiToken &token, int column) const;

    const Clock &m_clock;
    QList<ApiToken> m_tokens;
    QList<ManagedChallenge> m_challenges;
};
