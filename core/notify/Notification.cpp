#include "Notification.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Notification)
};

} // namespace

QString Notification::kindName() const
{
    switch (kind) {
    case Kind::RenewalFailed:
        return QStringLiteral("renewal-failed");
    case Kind::ExpiringSoon:
        return QStringLiteral("expiring-soon");
    case Kind::DnsRecordBroken:
        return QStringLiteral("dns-record-broken");
    }
    return QStringLiteral("unknown");
}

QString Notification::subject() const
{
    const QString name = names.value(0);
    switch (kind) {
    case Kind::RenewalFailed:
        return Text::tr("CertDesk: renewal of %1 failed").arg(name);
    case Kind::ExpiringSoon:
        return Text::tr("CertDesk: the certificate of %1 expires %2").arg(name, expiresAt.toString(Qt::ISODate));
    case Kind::DnsRecordBroken:
        return Text::tr("CertDesk: a DNS record of %1 needs attention").arg(name);
    }
    return Text::tr("CertDesk notification");
}

QString Notification::body() const
{
    QString text = subject() + QStringLiteral("\n\n");
    text += Text::tr("Names: %1").arg(names.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!reason.isEmpty()) {
        text += Text::tr("Reason: %1").arg(reason) + QLatin1Char('\n');
    }
    if (expiresAt.isValid()) {
        text += Text::tr("Current certificate expires: %1").arg(expiresAt.toString(Qt::ISODate)) + QLatin1Char('\n');
    }
    if (nextAttempt.isValid()) {
        text += Text::tr("Next attempt: %1").arg(nextAttempt.toString(Qt::ISODate)) + QLatin1Char('\n');
    }
    return text;
}

QJsonObject Notification::toJson() const
{
    QJsonObject object{{QStringLiteral("event"), kindName()},
                       {QStringLiteral("endpoint"), endpointId},
                       {QStringLiteral("names"), QJsonArray::fromStringList(names)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}};
    if (expiresAt.isValid()) {
        object.insert(QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODate));
    }
    if (nextAttempt.isValid()) {
        object.insert(QStringLiteral("nextAttempt"), nextAttempt.toString(Qt::ISODate));
    }
    return object;
}
