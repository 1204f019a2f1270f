#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// The CA's directory object (RFC 8555 §7.1.1), with the optional renewalInfo resource of
// RFC 9773 §4 and the profiles meta field (draft-ietf-acme-profiles).
class AcmeDirectory final
{
public:
    AcmeDirectory() = default;

    static Result<AcmeDirectory> fromJson(const QByteArray &json, const QUrl &directoryUrl = {});

    QUrl newNonce() const { return m_newNonce; }

    QUrl newAccount() const { return m_newAccount; }

    QUrl newOrder() const { return m_newOrder; }

    QUrl newAuthz() const { return m_newAuthz; } // optional: pre-authorization

    QUrl revokeCert() const { return m_revokeCert; }

    QUrl keyChange() const { return m_keyChange; }

    QUrl renewalInfo() const { return m_renewalInfo; } // optional: ARI

    QUrl termsOfService() const { return m_termsOfService; }

    QUrl website() const { return m_website; }

    QStringList caaIdentities() const { return m_caaIdentities; }

    bool externalAccountRequired() const { return m_externalAccountRequired; }

    // profile name → human description
    QMap<QString, QString> profiles() const { return m_profiles; }

    bool isNull() const { return m_newNonce.isEmpty(); }

private:
    QUrl m_newNonce;
    QUrl m_newAccount;
    QUrl m_newOrder;
    QUrl m_newAuthz;
    QUrl m_revokeCert;
    QUrl m_keyChange;
    QUrl m_renewalInfo;
    QUrl m_termsOfService;
    QUrl m_website;
    QStringList m_caaIdentities;
    bool m_externalAccountRequired = false;
    QMap<QString, QString> m_profiles;
};
