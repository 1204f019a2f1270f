#include "StrictJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// What the hub sends API clients is English whatever the desktop's language: see HubResponse.h.

Problem badJson(const QString &detail)
{
    return Problem::make(Problem::Category::Input,
                         QStringLiteral("hub.bad-json"),
                         QStringLiteral("The request body is not what this API expects."),
                         detail,
                         QStringLiteral("Send a JSON object with the documented fields."));
}

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("value");
}

} // namespace

Result<QJsonObject> StrictJson::parse(const QByteArray &body, const QList<Field> &fields, Keys keys)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return badJson(QStringLiteral("Malformed JSON at offset %1: %2.").arg(error.offset).arg(error.errorString()));
    }
    if (!document.isObject()) {
        return badJson(QStringLiteral("The body must be a JSON object."));
    }
    const QJsonObject input = document.object();
    QJsonObject output;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const Field *field = nullptr;
        for (const Field &candidate : fields) {
            const Qt::CaseSensitivity cs = keys == Keys::AnyCase ? Qt::CaseInsensitive : Qt::CaseSensitive;
            if (candidate.name.compare(it.key(), cs) == 0) {
                field = &candidate;
                break;
            }
        }
        if (!field) {
            return badJson(QStringLiteral("Unknown field \"%1\".").arg(it.key().left(64)));
        }
        if (output.contains(field->name)) {
            return badJson(QStringLiteral("The field \"%1\" appears more than once.").arg(field->name));
        }
        const QJsonValue value = it.value();
        if (value.isNull() && !field->required) {
            continue; // .NET clients serialise absent optional values as null
        }
        if (value.type() != field->type) {
            return badJson(QStringLiteral("The field \"%1\" must be a %2, not a %3.")
                               .arg(field->name, typeName(field->type), typeName(value.type())));
        }
        if (value.isString() && value.toString().size() > field->maxLength) {
            return badJson(QStringLiteral("The field \"%1\" is longer than %2 characters.")
                               .arg(field->name)
                               .arg(field->maxLength));
        }
        output.insert(field->name, value);
    }
    for (const Field &field : fields) {
        if (field.required && !output.contains(field.name)) {
            return badJson(QStringLiteral("The field \"%1\" is missing.").arg(field.name));
        }
    }
    return output;
}
