#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Parses a request body against the shape an API defines: a JSON object, with the listed
// fields of the listed types, nothing else. Clients are outside CertDesk's trust, so anything
// unexpected (an array, a number where a string belongs, an unknown field, duplicate keys in
// different case) is refused with a reason rather than guessed at.
class StrictJson final
{
public:
    struct Field
    {
        QString name;
        QJsonValue::Type type = QJsonValue::String;
        bool required = true;
        int maxLength = 1024; // for strings
    };

    enum class Keys {
        ExactCase,
        // ASP.NET Core binds JSON properties without regard to case; Certify's clients send
        // "ChallengeType" where others send "challengeType". Keys come back in the listed case.
        AnyCase,
    };

    static Result<QJsonObject> parse(const QByteArray &body, const QList<Field> &fields, Keys keys = Keys::ExactCase);
};
