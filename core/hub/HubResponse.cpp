#include "HubResponse.h"

#include <QJsonDocument>

HubResponse HubResponse::json(int status, const QJsonObject &object)
{
    HubResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HubResponse HubResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    HubResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

HubResponse HubResponse::empty(int status)
{
    HubResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

HubResponse HubResponse::problem(int status, const QString &title, const QString &detail)
{
    HubResponse response = json(status,
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("about:blank")},
                                            {QStringLiteral("title"), title},
                                            {QStringLiteral("status"), status},
                                            {QStringLiteral("detail"), detail}});
    response.contentType = "application/problem+json";
    return response;
}

QJsonObject HubResponse::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}
