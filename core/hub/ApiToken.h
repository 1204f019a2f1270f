#pragma once

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

// An API token (DESIGN.md idea 6), without its secret: CertDesk never keeps the secret, only
// a keyed hash of it (see ApiTokenStore).
struct ApiToken
{
    enum class Role {
        // May ask the hub to publish and remove _acme-challenge TXT records.
        ManagedChallengeConsumer = 0x1,
        // Designed for next: may fetch certificates CertDesk issued for names in scope.
        CertificateConsumer = 0x2,
    };
    Q_DECLARE_FLAGS(Roles, Role)

    qint64 id = 0;
    QString clientId;
    QString consumer; // the machine or app it was given to, e.g. "build-01"
    Roles roles;
    QList<qint64> scopeChallengeIds; // managed challenges it may use...
    QStringList scopeTags;           // ...or any challenge carrying one of these tags
    QString nameRule;                // optional further restriction (DomainMatchRule text)
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: never expires
    QDateTime revokedAt; // invalid: not revoked
    QDateTime lastUsedAt;

    bool isExpiredAt(const QDateTime &now) const { return expiresAt.isValid() && now >= expiresAt; }

    bool isRevoked() const { return revokedAt.isValid(); }

    static QString roleName(Role role);
    static QString rolesText(Roles roles);
    static Roles rolesFromText(const QString &text);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ApiToken::Roles)
