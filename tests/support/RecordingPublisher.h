#pragma once

#include "core/hub/ChallengePublisher.h"

#include <QList>
#include <QTimer>

// A ChallengePublisher that only records what it was asked to do, for controller unit tests
// (the DNS side is tested against BIND). It keeps the publisher contract: `done` is called
// once, later, never synchronously.
class RecordingPublisher final : public ChallengePublisher
{
public:
    struct Call
    {
        QString action; // "present" or "cleanup"
        qint64 challengeId = 0;
        QString fqdn;
        QString value;
    };

    void present(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) override
    {
        record(QStringLiteral("present"), challenge, fqdn, value, std::move(done));
    }

    void cleanup(const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done) override
    {
        record(QStringLiteral("cleanup"), challenge, fqdn, value, std::move(done));
    }

    // TXT values currently published, per record name.
    QMultiHash<QString, QString> published;
    QList<Call> calls;
    bool fail = false;

private:
    void record(
        const QString &action, const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done)
    {
        calls.append({action, challenge.id, fqdn, value});
        const bool failing = fail;
        if (!failing) {
            if (action == QLatin1String("present")) {
                published.insert(fqdn, value);
            } else {
                published.remove(fqdn, value);
            }
        }
        QTimer::singleShot(0, [done = std::move(done), failing]() {
            if (failing) {
                done(Problem::make(Problem::Category::Dns,
                                   QStringLiteral("dns.update-refused"),
                                   QStringLiteral("The DNS server refused the update."),
                                   {},
                                   QStringLiteral("Check the provider's credentials."))
                         .withTechnical(QStringLiteral("REFUSED")));
            } else {
                done(Result<void>());
            }
        });
    }
};
