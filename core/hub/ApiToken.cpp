#include "ApiToken.h"

QString ApiToken::roleName(Role role)
{
    switch (role) {
    case Role::ManagedChallengeConsumer:
        return QStringLiteral("managed-challenge-consumer");
    case Role::CertificateConsumer:
        return QStringLiteral("certificate-consumer");
    }
    return {};
}

QString ApiToken::rolesText(Roles roles)
{
    QStringList names;
    for (Role role : {Role::ManagedChallengeConsumer, Role::CertificateConsumer}) {
        if (roles.testFlag(role)) {
            names << roleName(role);
        }
    }
    return names.join(QLatin1Char(';'));
}

ApiToken::Roles ApiToken::rolesFromText(const QString &text)
{
    Roles roles;
    for (const QString &name : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        for (Role role : {Role::ManagedChallengeConsumer, Role::CertificateConsumer}) {
            if (roleName(role) == name.trimmed()) {
                roles |= role;
            }
        }
    }
    return roles;
}
