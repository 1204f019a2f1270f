#include "DnsProviderTableModel.h"

#include "core/providers/DnsProviderFactory.h"

#include <QJsonValue>

DnsProviderTableModel::DnsProviderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DnsProviderTableModel::setProviders(const QList<DnsProviderConfig> &providers)
{
    beginResetModel();
    m_providers = providers;
    endResetModel();
}

int DnsProviderTableModel::rowOf(qint64 providerId) const
{
    for (int row = 0; row < m_providers.size(); ++row) {
        if (m_providers.at(row).id == providerId) {
            return row;
        }
    }
    return -1;
}

QString DnsProviderTableModel::settingsSummary(const DnsProviderConfig &provider)
{
    const Result<ProviderSchema> schema = DnsProviderFactory::schema(provider.kind);
    if (!schema) {
        return {};
    }
    QStringList parts;
    for (const ProviderField &field : schema->fields()) {
        const QJsonValue value = provider.settings.value(field.key);
        if (field.type == ProviderField::Type::Secret || value.isUndefined() || value.isNull()) {
            continue;
        }
        const QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
        if (!text.isEmpty()) {
            parts << tr("%1: %2").arg(field.label, text);
        }
    }
    return parts.join(QStringLiteral(", "));
}

int DnsProviderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_providers.size());
}

int DnsProviderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DnsProviderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("DNS provider");
    case KindColumn:
        return tr("Type");
    case SettingsColumn:
        return tr("Settings");
    case CredentialColumn:
        return tr("Credential");
    default:
        return {};
    }
}

QVariant DnsProviderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DnsProviderConfig &provider = m_providers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            return provider.title;
        case KindColumn: {
            const Result<ProviderSchema> schema = DnsProviderFactory::schema(provider.kind);
            return schema ? schema->title() : provider.kind;
        }
        case SettingsColumn:
            return settingsSummary(provider);
        case CredentialColumn:
            return provider.secretRef.isEmpty() ? tr("None") : tr("In the keychain");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SettingsColumn) {
            return settingsSummary(provider);
        }
        if (index.column() == CredentialColumn && !provider.secretRef.isEmpty()) {
            return tr("Kept in the system keychain as %1; CertDesk never shows it again.").arg(provider.secretRef);
        }
        return {};
    case ProviderIdRole:
        return provider.id;
    default:
        return {};
    }
}
