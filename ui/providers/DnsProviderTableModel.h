#pragma once

#include "core/providers/DnsProviderConfig.h"

#include <QAbstractTableModel>
#include <QList>

// The DNS providers: name, kind, their settings in short, and whether a credential is kept
// for them in the keychain (never the credential itself: the model is never given it).
class DnsProviderTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        KindColumn,
        CredentialColumn,
        SettingsColumn, // last: long, it takes the room that is left
        ColumnCount,
    };

    enum Role {
        ProviderIdRole = Qt::UserRole + 1,
    };

    explicit DnsProviderTableModel(QObject *parent = nullptr);

    void setProviders(const QList<DnsProviderConfig> &providers);

    const QList<DnsProviderConfig> &providers() const { return m_providers; }

    const DnsProviderConfig &providerAt(int row) const { return m_providers.at(row); }

    int rowOf(qint64 providerId) const;

    // "server 192.0.2.53:53, zone example.com": the non-secret settings, labelled by the schema.
    static QString settingsSummary(const DnsProviderConfig &provider);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DnsProviderConfig> m_providers;
};
