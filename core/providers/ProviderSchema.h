#pragma once

#include "core/Result.h"
#include "core/providers/ProviderField.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// What a kind of DNS provider needs to be set up: its fields, at most one of them secret.
// validate() checks a complete set of values at once and reports every mistake in one
// Problem, so an editor can mark all of them and a script gets one clear message.
class ProviderSchema
{
public:
    ProviderSchema() = default;
    ProviderSchema(QString kind, QString title, QString description, QList<ProviderField> fields);

    QString kind() const { return m_kind; }

    QString title() const { return m_title; }

    QString description() const { return m_description; }

    const QList<ProviderField> &fields() const { return m_fields; }

    const ProviderField *field(const QString &key) const;
    // The secret field, or null if the provider needs no credential.
    const ProviderField *secretField() const;

    // `settings` holds the non-secret values as the administrator gave them (strings or
    // numbers); `secret` the credential (empty when none was given). Returns the settings to
    // store: trimmed, defaults filled in, numbers as numbers, unknown keys refused. The secret
    // is checked but never copied into the result, and never into the Problem.
    Result<QJsonObject> validate(const QJsonObject &settings, const QByteArray &secret) const;

    // The field list as JSON, for a UI that builds its form from data.
    QJsonObject toJson() const;

private:
    QString m_kind;
    QString m_title;
    QString m_description;
    QList<ProviderField> m_fields;
};
