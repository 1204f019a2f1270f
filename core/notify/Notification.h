#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Something the administrator must hear about even when no window is open.
struct Notification
{
    enum class Kind {
        RenewalFailed,
        ExpiringSoon,
        DnsRecordBroken,
    };

    Kind kind = Kind::RenewalFailed;
    qint64 endpointId = 0;
    QStringList names;
    QString reason; // the Problem's message, translated
    QDateTime expiresAt;
    QDateTime nextAttempt;
    QDateTime at = QDateTime::currentDateTimeUtc();

    QString kindName() const;
    QString subject() const; // one translated line
    QString body() const;    // translated plain text
    QJsonObject toJson() const;
};
