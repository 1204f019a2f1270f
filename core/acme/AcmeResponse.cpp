#include "AcmeResponse.h"

#include <QJsonDocument>

QJsonObject AcmeResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}
