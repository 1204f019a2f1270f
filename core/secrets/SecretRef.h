#pragma once

#include "core/Result.h"

#include <QString>

// What the database keeps instead of a secret: the name of an entry in the OS keychain,
// "certdesk/<kind>/<id>", for example "certdesk/account-key/3".
class SecretRef
{
public:
    SecretRef() = default;
    SecretRef(QString kind, QString id);

    static Result<SecretRef> parse(const QString &text);

    bool isValid() const;

    QString kind() const { return m_kind; }

    QString id() const { return m_id; }

    QString toString() const;

    friend bool operator==(const SecretRef &, const SecretRef &) = default;

private:
    static bool isValidPart(const QString &part);

    QString m_kind;
    QString m_id;
};
