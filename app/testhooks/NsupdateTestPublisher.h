#pragma once

#include "core/hub/ChallengePublisher.h"

#include <QString>
#include <QStringList>

#include <memory>

// TEST HOOK, compiled only with CERTDESK_TEST_HOOKS (on when the tests are built, off for
// packages). Lets integration tests drive the real `certdesk hub` against the lab's BIND before
// a provider-backed publisher exists: with
//   CERTDESK_TEST_NSUPDATE_SERVER=127.0.0.1:PORT
//   CERTDESK_TEST_NSUPDATE_KEY=/path/to/tsig.key    (named.conf `key` statement, `nsupdate -k`)
//   CERTDESK_TEST_NSUPDATE_ZONES=example.test,acme-delegation.test
// every managed challenge publishes through `nsupdate` (the key in its file, the commands on
// stdin, nothing secret on a command line). It is the binary's twin of
// tests/support/NsupdatePublisher.h and not a DNS provider: the managed challenge's provider
// is ignored.
class NsupdateTestPublisher final : public ChallengePublisher
{
public:
    // Null unless all three variables are set.
    static std::shared_ptr<NsupdateTestPublisher> fromEnvironment();

    NsupdateTestPublisher(QString server, quint16 port, QString keyPath, QStringList zones);

    void present(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) override;
    void cleanup(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) override;

private:
    QString zoneOf(const QString &fqdn) const;
    void run(const QString &command, const QString &fqdn, Done done);

    QString m_server;
    quint16 m_port;
    QString m_keyPath;
    QStringList m_zones;
};
