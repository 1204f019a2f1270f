#include "ProviderSchema.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProviderSchema)
};

QString valueText(const QJsonValue &value)
{
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    return value.toString().trimmed();
}

} // namespace

ProviderSchema::ProviderSchema(QString kind, QString title, QString description, QList<ProviderField> fields)
    : m_kind(std::move(kind))
    , m_title(std::move(title))
    , m_description(std::move(description))
    , m_fields(std::move(fields))
{
}

const ProviderField *ProviderSchema::field(const QString &key) const
{
    for (const ProviderField &candidate : m_fields) {
        if (candidate.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

const ProviderField *ProviderSchema::secretField() const
{
    for (const ProviderField &candidate : m_fields) {
        if (candidate.type == ProviderField::Type::Secret) {
            return &candidate;
        }
    }
    return nullptr;
}

Result<QJsonObject> ProviderSchema::validate(const QJsonObject &settings, const QByteArray &secret) const
{
    QStringList mistakes;
    QJsonObject clean;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const ProviderField *known = field(it.key());
        if (!known) {
            mistakes << Text::tr("“%1” is not a setting of this provider.").arg(it.key());
        } else if (known->type == ProviderField::Type::Secret) {
            mistakes << Text::tr("%1 is a secret and belongs in the keychain, not in the settings.").arg(known->label);
        } else if (!it.value().isString() && !it.value().isDouble() && !it.value().isNull()) {
            mistakes << Text::tr("%1 must be text or a number.").arg(known->label);
        }
    }
    for (const ProviderField &spec : m_fields) {
        if (spec.type == ProviderField::Type::Secret) {
            const QString text = QString::fromUtf8(secret).trimmed();
            if (text.isEmpty()) {
                if (spec.required) {
                    mistakes << Text::tr("%1 is required.").arg(spec.label);
                }
            } else if (spec.validate) {
                if (const QString error = spec.validate(text); !error.isEmpty()) {
                    mistakes << error;
                }
            }
            continue;
        }
        QString text = valueText(settings.value(spec.key));
        if (text.isEmpty()) {
            text = spec.defaultValue;
        }
        if (text.isEmpty()) {
            if (spec.required) {
                mistakes << Text::tr("%1 is required.").arg(spec.label);
            }
            continue;
        }
        switch (spec.type) {
        case ProviderField::Type::Number: {
            bool ok = false;
            const int number = text.toInt(&ok);
            if (!ok || number < spec.minimum || number > spec.maximum) {
                mistakes << Text::tr("%1 must be a whole number from %2 to %3.")
                                .arg(spec.label)
                                .arg(spec.minimum)
                                .arg(spec.maximum);
                continue;
            }
            clean.insert(spec.key, number);
            break;
        }
        case ProviderField::Type::Choice: {
            const QString lowered = text.toLower();
            if (!spec.choices.contains(lowered)) {
                mistakes << Text::tr("%1 must be one of: %2.").arg(spec.label, spec.choices.join(QStringLiteral(", ")));
                continue;
            }
            clean.insert(spec.key, lowered);
            break;
        }
        case ProviderField::Type::Text:
        case ProviderField::Type::Secret:
            clean.insert(spec.key, text);
            break;
        }
        if (spec.validate) {
            if (const QString error = spec.validate(text); !error.isEmpty()) {
                mistakes << error;
                clean.remove(spec.key);
            }
        }
    }
    if (!mistakes.isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("provider.invalid-settings"),
                             Text::tr("The %1 settings are not complete or not valid.").arg(m_title),
                             mistakes.join(QLatin1Char(' ')),
                             Text::tr("Correct the settings named above; nothing was saved."));
    }
    return clean;
}

QJsonObject ProviderSchema::toJson() const
{
    QJsonArray fields;
    for (const ProviderField &spec : m_fields) {
        QJsonObject field{{QStringLiteral("key"), spec.key},
                          {QStringLiteral("label"), spec.label},
                          {QStringLiteral("help"), spec.help},
                          {QStringLiteral("type"), ProviderField::typeName(spec.type)},
                          {QStringLiteral("required"), spec.required}};
        if (!spec.defaultValue.isEmpty()) {
            field.insert(QStringLiteral("default"), spec.defaultValue);
        }
        if (spec.type == ProviderField::Type::Choice) {
            field.insert(QStringLiteral("choices"), QJsonArray::fromStringList(spec.choices));
        }
        if (spec.type == ProviderField::Type::Number) {
            field.insert(QStringLiteral("minimum"), spec.minimum);
            field.insert(QStringLiteral("maximum"), spec.maximum);
        }
        fields.append(field);
    }
    return {{QStringLiteral("kind"), m_kind},
            {QStringLiteral("title"), m_title},
            {QStringLiteral("description"), m_description},
            {QStringLiteral("fields"), fields}};
}
