#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class AriProxyServer;
class Lab;
class QThread;
struct AriProxyState;

// What Debian's Pebble 2.4 lacks, added in front of the real one: a TLS proxy that forwards
// every ACME request to the lab's Pebble and
//  - adds a `renewalInfo` resource (RFC 9773) to the directory and answers
//    GET <renewalInfo>/<certID> for the certificates it saw issued, with the window, the
//    explanationURL and the Retry-After the test chose;
//  - adds `meta.profiles` (draft-ietf-acme-profiles) to the directory when the test sets some;
//  - records every request with its JWS payload decoded, so a test can check what a client
//    sent (`replaces`, `profile`);
//  - refuses the next newOrder requests with a problem document when told to, so a test can
//    watch a client fail and retry.
// The proxy computes each certificate's ARI certID itself (OpenSSL, from the chains it passes
// on), independently of the code under test. Pebble builds every URL it hands out from the
// Host header, which the proxy passes on unchanged, so all of them point back at the proxy.
// TLS on both sides: it serves Pebble's own certificate (signed by the lab CA) and trusts
// only the lab CA upstream. It runs on a thread of its own, so tests may block (for example
// in QProcess::waitForFinished) while a client talks to it. Thread-safe.
class AriProxy final
{
public:
    struct Window
    {
        QDateTime start;
        QDateTime end;
        QUrl explanation;           // explanationURL; omitted when empty
        int retryAfterSeconds = -1; // Retry-After header; omitted when negative
    };

    struct Refusal
    {
        int status = 500;
        QString type = QStringLiteral("urn:ietf:params:acme:error:serverInternal");
        QString detail = QStringLiteral("refused by the test proxy");
        int retryAfterSeconds = -1;
    };

    struct Request
    {
        QString method;
        QString path;
        QJsonObject payload; // the decoded JWS payload of a POST; empty for GET and POST-as-GET
        int status = 0;      // what the client was answered
        QDateTime at;
    };

    explicit AriProxy(const Lab &lab);
    ~AriProxy();
    Q_DISABLE_COPY_MOVE(AriProxy)

    // Listens on a free 127.0.0.1 port; the lab must be running.
    Result<void> start();

    QUrl directoryUrl() const; // https://127.0.0.1:PORT/dir, trusted through the lab's CA bundle

    // The window for every certificate without one of its own. Unset, the proxy answers like
    // a CA without special advice: the last third of the certificate's lifetime, starting
    // after two thirds of it.
    void setDefaultWindow(const Window &window);
    void setWindow(const QString &certId, const Window &window);
    // Offered as meta.profiles (name → description); empty: no profiles field.
    void setProfiles(const QMap<QString, QString> &profiles);
    // The next `count` newOrder requests get `refusal` instead of reaching Pebble.
    void refuseNewOrders(int count, const Refusal &refusal);
    // Like a CA that tracks replacement (RFC 9773 §5): a second newOrder naming a certID that
    // an earlier order already replaced is refused with alreadyReplaced.
    void setRefuseRepeatedReplaces(bool refuse);

    // certIDs of the certificates downloaded through the proxy, oldest first.
    QStringList issuedCertIds() const;
    QList<Request> requests() const;
    QList<QJsonObject> newOrderPayloads() const;
    // GET renewalInfo requests, for one certID or (empty) for all.
    int renewalInfoRequests(const QString &certId = {}) const;

private:
    std::shared_ptr<AriProxyState> m_state;
    QString m_certificatePath;
    QString m_keyPath;
    QString m_caBundlePath;
    QUrl m_upstream;
    std::unique_ptr<QThread> m_thread;
    AriProxyServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
};
