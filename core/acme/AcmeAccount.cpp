#include "AcmeAccount.h"

#include <QJsonArray>

AcmeAccount AcmeAccount::fromJson(const QJsonObject &object, const QUrl &url)
{
    AcmeAccount account;
    account.url = url;
    account.status = object.value(QStringLiteral("status")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("contact")).toArray()) {
        account.contact << value.toString();
    }
    account.orders = QUrl(object.value(QStringLiteral("orders")).toString());
    return account;
}
