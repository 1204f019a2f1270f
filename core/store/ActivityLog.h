#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class Store;

// What happened, for the administrator: every renewal attempt, every failure, every DNS
// change CertDesk made. Never holds a secret.
class ActivityLog final
{
public:
    enum class Severity {
        Debug,
        Info,
        Warning,
        Error,
    };

    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        Severity severity = Severity::Info;
        std::optional<qint64> endpointId;
        QString area;
        QString message;
        QString detail;
    };

    explicit ActivityLog(std::shared_ptr<Store> store);

    Result<qint64> append(Severity severity,
                          const QString &area,
                          const QString &message,
                          const QString &detail = {},
                          std::optional<qint64> endpointId = std::nullopt);

    // Newest first.
    Result<QList<Entry>> recent(int limit, std::optional<qint64> endpointId = std::nullopt) const;

    static QString severityName(Severity severity);
    static Severity severityFromName(const QString &name);

private:
    std::shared_ptr<Store> m_store;
};
