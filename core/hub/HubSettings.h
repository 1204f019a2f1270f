#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

class Profile;
class QSettings;

// How the hub runs, as the administrator configured it in the profile's settings (group "hub").
// A plain value: read on the thread that owns the QSettings and handed to the hub's thread.
struct HubSettings
{
    enum class CertificateSource {
        // Generated on first start and kept: certificate in the profile folder, key in the keychain.
        SelfSigned,
        // The current certificate of one of CertDesk's own endpoints, picked up again after renewals.
        Endpoint,
    };

    static constexpr quint16 DefaultPort = 8443;

    bool enabled = false; // started by `certdesk --headless` and the GUI
    QHostAddress address = QHostAddress::AnyIPv4;
    quint16 port = DefaultPort; // 0: any free port
    CertificateSource certificateSource = CertificateSource::SelfSigned;
    qint64 endpointId = 0; // for CertificateSource::Endpoint
    // Tokens travel in every request: plain HTTP only when asked for, and only on loopback
    // (for a TLS-terminating proxy on the same machine).
    bool plainHttp = false;
    // acme-dns accounts live below this zone; /register works only when enabled as well.
    QString acmeDnsZone;
    bool acmeDnsRegistration = false;
    // What clients are told to connect to (snippets); empty: derived from the listen address.
    QUrl publicUrl;
    // Token buckets: per remote address (HubServer) and per client id (ChallengeRelay).
    int burstPerAddress = 30;
    int perMinutePerAddress = 120;
    int burstPerClient = 20;
    int perMinutePerClient = 60;

    // Not stored: the profile folder, where the self-signed certificate is kept.
    QString dataDir;

    static HubSettings read(const QSettings &settings);
    static HubSettings fromProfile(const Profile &profile);
    void write(QSettings &settings) const;

    // Everything listen() would refuse, said before trying: plain HTTP off loopback, an
    // endpoint source without an endpoint, an acme-dns zone that is not a host name, limits < 1.
    Result<void> validate() const;

    // "0.0.0.0:8443", "127.0.0.1:0", "[::1]:8443".
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
    QString listenText() const;

    QString certificateSourceText() const; // "self-signed" or "endpoint:<id>"
    static Result<std::pair<CertificateSource, qint64>> parseCertificateSource(const QString &text);

    // PEM of the self-signed certificate, in the profile folder.
    QString selfSignedCertificatePath() const;

    // The base URL clients use: publicUrl, or the scheme and listen address (this machine's
    // host name for a wildcard address).
    QUrl clientUrl(quint16 actualPort = 0) const;
};
