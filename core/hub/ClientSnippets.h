#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

struct HubSettings;

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

// The hub's side of the input as the settings describe it: its URL for clients, the acme-dns
// zone, and for a self-signed certificate where it is and its SHA-256 (reads that file; a
// certificate not made yet is said so in place of the fingerprint).
Input forHub(const HubSettings &hub);

// The client names `certdesk token snippet --for` accepts.
QStringList clients();

// Empty for an unknown client.
QString forClient(const QString &client, const Input &input);

QString lego(const Input &input);
QString acmeSh(const Input &input);
// lego's acme-dns provider (ACME_DNS_API_BASE) with its account storage file already filled in.
QString legoAcmeDns(const Input &input);
QString certbot(const Input &input);
QString certify(const Input &input);

} // namespace ClientSnippets
