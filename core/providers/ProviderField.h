#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// One setting of a DNS provider, described so that the UI can render an editor for it and the
// command line can offer an option, without either knowing the provider.
struct ProviderField
{
    enum class Type {
        Text,
        Secret, // goes to the keychain only; never stored in dns_providers.settings
        Number,
        Choice,
    };

    ProviderField() = default;

    ProviderField(QString fieldKey, QString fieldLabel, QString fieldHelp, Type fieldType, bool isRequired)
        : key(std::move(fieldKey))
        , label(std::move(fieldLabel))
        , help(std::move(fieldHelp))
        , type(fieldType)
        , required(isRequired)
    {
    }

    QString key;   // settings JSON key, e.g. "keyName"
    QString label; // translated, e.g. "Key name"
    QString help;  // translated, one sentence
    Type type = Type::Text;
    bool required = false;
    QStringList choices;  // Type::Choice
    QString defaultValue; // used when the administrator leaves the field empty
    int minimum = 0;      // Type::Number
    int maximum = 0;
    // Returns an empty string when `value` (trimmed, non-empty) is acceptable, otherwise a
    // translated sentence saying what is wrong. Required, choice and number range checks are
    // done by ProviderSchema; this is for the rest (addresses, names, URLs, base64).
    std::function<QString(const QString &value)> validate;

    static QString typeName(Type type)
    {
        switch (type) {
        case Type::Text:
            return QStringLiteral("text");
        case Type::Secret:
            return QStringLiteral("secret");
        case Type::Number:
            return QStringLiteral("number");
        case Type::Choice:
            return QStringLiteral("choice");
        }
        return QStringLiteral("text");
    }
};
