#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Ready-to-paste configuration for the ACME clients that talk to the hub. A token's secret is
// shown once, when the token is made, so snippets never contain it: SecretPlaceholder marks
// where the administrator pastes it.
namespace ClientSnippets {

inline const QString SecretPlaceholder = QStringLiteral("<the secret shown when the token was created>");

struct Input
{
    QUrl hubUrl;
    QString clientId;
    QString certificateFingerprint; // SHA-256 of a self-signed hub certificate, to pin; empty otherwise
    QString certificatePath;        // where that certificate is, for copying to the client
    QString domain;                 // the certificate's name
    QString email;                  // the ACME account's contact (lego)
    QString acmeDnsSubdomain;       // empty unless the token has an acme-dns account
    QString acmeDnsZone;
};

// The client names `certdesk token snippet --for` accepts.
QStringList clients();

// Empty for an unknown client.
QString forClient(const QString &client, const Input &input);

QString lego(const Input &input);
QString acmeSh(const Input &input);
QString certbot(const Input &input);
QString certify(const Input &input);

} // namespace ClientSnippets
