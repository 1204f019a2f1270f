#include "support/HttpReceiver.h"
#include "support/ManualClock.h"

#include "core/certificates/CertificateRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/notify/AlertRelay.h"
#include "core/notify/NotificationSettings.h"
#include "core/notify/Notifier.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Which events reach the administrator by webhook, as the notification settings choose: the
// relay is driven the way the worker drives it, and a local receiver records every POST.
class TestAlertRelay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Store> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HttpReceiver> m_receiver;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Notifier> m_notifier;
    ManualClock m_clock{QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)};
    int m_run = 0;

    QList<QJsonObject> posted() const
    {
        QList<QJsonObject> events;
        for (const QByteArray &request : m_receiver->requests()) {
            events << QJsonDocument::fromJson(HttpReceiver::body(request)).object();
        }
        return events;
    }

    // Waits for deliveries in flight (and a little longer, so a stray one would show).
    void settle(qsizetype expected)
    {
        QTRY_COMPARE(m_receiver->requests().size(), expected);
        QTest::qWait(100);
        QCOMPARE(m_receiver->requests().size(), expected);
    }

    void configure(const std::function<void(NotificationSettings &)> &change)
    {
        NotificationSettings settings = NotificationSettings::load(*m_settings);
        change(settings);
        settings.save(*m_settings);
    }

    qint64 addEndpoint(const QString &name,
                       const QDateTime &expires,
                       const QDateTime &nextRenewal,
                       const QString &status = QStringLiteral("ok"))
    {
        Endpoint endpoint;
        endpoint.names = {name};
        const Result<Endpoint> added = EndpointRepository(m_store).add(endpoint);
        if (!added) {
            return 0;
        }
        if (expires.isValid()) {
            addCertificate(added->id, expires);
        }
        if (!EndpointRepository(m_store).setStatus(added->id, status, nextRenewal).ok()) {
            return 0;
        }
        return added->id;
    }

    bool addCertificate(qint64 endpointId, const QDateTime &expires)
    {
        IssuedCertificate certificate;
        certificate.endpointId = endpointId;
        certificate.serial = QString::number(expires.toSecsSinceEpoch(), 16);
        certificate.issuer = QStringLiteral("Test CA");
        certificate.names = {QStringLiteral("test")};
        certificate.notBefore = expires.addDays(-90);
        certificate.notAfter = expires;
        certificate.keyType = QStringLiteral("ec-p256");
        certificate.fingerprintSha256 = certificate.serial;
        certificate.chainPem = "-";
        return CertificateRepository(m_store).add(certificate).ok();
    }

private Q_SLOTS:

    void init()
    {
        const QString folder = m_dir.filePath(QString::number(++m_run));
        QVERIFY(QDir().mkpath(folder));
        Result<std::shared_ptr<Store>> store = Store::open(QDir(folder).filePath(QStringLiteral("certdesk.sqlite")));
        QVERIFY(store.ok());
        m_store = store.value();
        m_settings =
            std::make_unique<QSettings>(QDir(folder).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_receiver = std::make_unique<HttpReceiver>();
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("alert-relay-test"));
        m_notifier = std::make_unique<Notifier>(*m_settings, m_secrets.get());
        configure([this](NotificationSettings &settings) {
            settings.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/alerts").arg(m_receiver->port()));
        });
    }

    void cleanup()
    {
        m_notifier.reset();
        m_secrets.reset();
        m_receiver.reset();
        m_settings.reset();
        m_store.reset();
    }

    void aFailedRenewalIsSentUnlessTurnedOff()
    {
        const qint64 id = addEndpoint(QStringLiteral("app.example.test"), {}, {});
        AlertRelay relay(AlertRelay::storeSource(m_store), m_notifier.get(), m_clock);
        relay.renewalFailed(
            id,
            Problem::make(Problem::Category::Acme, QStringLiteral("acme.test"), QStringLiteral("CA said no")),
            m_clock.now().addSecs(3600));
        settle(1);
        const QJsonObject event = posted().first();
        QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("renewal-failed"));
        QCOMPARE(event.value(QStringLiteral("names")).toArray().first().toString(), QStringLiteral("app.example.test"));
        QVERIFY(event.value(QStringLiteral("reason")).toString().contains(QStringLiteral("CA said no")));

        configure([](NotificationSettings &settings) {
            settings.onRenewalFailed = false;
        });
        relay.renewalFailed(
            id, Problem::make(Problem::Category::Acme, QStringLiteral("acme.test"), QStringLiteral("x")), {});
        settle(1);
    }

    void aBrokenRecordIsSentButAnAppearingOneIsNot()
    {
        const qint64 id = addEndpoint(QStringLiteral("api.example.test"), {}, {});
        AlertRelay relay(AlertRelay::storeSource(m_store), m_notifier.get(), m_clock);
        RecordStatus status;
        status.record.endpointId = id;
        status.record.owner = DnsName::parse(QStringLiteral("_acme-challenge.api.example.test")).value();
        status.record.type = DnsRecordType::CNAME;
        status.record.target = DnsName::parse(QStringLiteral("k1.acme.example.test")).value();
        status.state = RecordStatus::State::Missing;
        status.summary = QStringLiteral("The record is missing.");
        relay.recordChanged(id, status, RecordWatcher::Change::Appeared);
        relay.recordChanged(id, status, RecordWatcher::Change::Broke);
        settle(1);
        const QJsonObject event = posted().first();
        QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("dns-record-broken"));
        QVERIFY(event.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("_acme-challenge.api.example.test")));

        configure([](NotificationSettings &settings) {
            settings.onDnsRecordBroken = false;
        });
        relay.recordChanged(id, status, RecordWatcher::Change::Broke);
        settle(1);
    }

    void anOverdueCertificateCloseToExpiryWarnsOnce()
    {
        const QDateTime now = m_clock.now();
        // Overdue, five days left: warned (the default threshold is seven days).
        const qint64 overdue = addEndpoint(QStringLiteral("overdue.example.test"), now.addDays(5), now.addDays(-1));
        // Five days left but renewal planned later (a short-lived certificate): quiet.
        addEndpoint(QStringLiteral("short.example.test"), now.addDays(5), now.addDays(2));
        // Overdue with twenty days left: beyond the threshold.
        const qint64 later = addEndpoint(QStringLiteral("later.example.test"), now.addDays(20), now.addDays(-1));
        // No certificate at all: nothing to warn about.
        addEndpoint(QStringLiteral("new.example.test"), {}, {});
        // Its renewal failed and the next attempt is planned: warned all the same.
        const qint64 failing = addEndpoint(
            QStringLiteral("failing.example.test"), now.addDays(4), now.addSecs(600), QStringLiteral("failed"));
        QVERIFY(overdue > 0 && later > 0 && failing > 0);

        AlertRelay relay(AlertRelay::storeSource(m_store), m_notifier.get(), m_clock);
        relay.checkExpiry();
        settle(2);
        QList<qint64> warned;
        for (const QJsonObject &event : posted()) {
            QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("expiring-soon"));
            warned << event.value(QStringLiteral("endpoint")).toInteger();
        }
        std::sort(warned.begin(), warned.end());
        QCOMPARE(warned, (QList<qint64>{overdue, failing}));
        QVERIFY(posted().last().value(QStringLiteral("expiresAt")).toString().startsWith(QStringLiteral("2025-06-0")));
        // Once per certificate, however often it is checked.
        relay.checkExpiry();
        settle(2);

        // A longer threshold reaches the third one.
        configure([](NotificationSettings &settings) {
            settings.expiryWarningDays = 30;
        });
        relay.checkExpiry();
        settle(3);
        QCOMPARE(posted().last().value(QStringLiteral("endpoint")).toInteger(), later);

        // A new certificate that is again close to expiry (the CA issued a short one) warns anew.
        QVERIFY(addCertificate(overdue, now.addDays(6)));
        relay.checkExpiry();
        settle(4);
        QCOMPARE(posted().last().value(QStringLiteral("endpoint")).toInteger(), overdue);

        // Turned off: nothing, and nothing remembered, so turning it on again warns.
        configure([](NotificationSettings &settings) {
            settings.onExpiringSoon = false;
        });
        const qint64 fresh = addEndpoint(QStringLiteral("fresh.example.test"), now.addDays(2), now.addDays(-1));
        QVERIFY(fresh > 0);
        relay.checkExpiry();
        settle(4);
        configure([](NotificationSettings &settings) {
            settings.onExpiringSoon = true;
        });
        relay.checkExpiry();
        settle(5);
        QCOMPARE(posted().last().value(QStringLiteral("endpoint")).toInteger(), fresh);
    }

    void startChecksAtOnceAndThenPeriodically()
    {
        const QDateTime now = m_clock.now();
        addEndpoint(QStringLiteral("overdue.example.test"), now.addDays(3), now.addDays(-1));
        AlertRelay relay(AlertRelay::storeSource(m_store), m_notifier.get(), m_clock);
        relay.start(std::chrono::seconds(1));
        settle(1);
        // The next certificate of the same endpoint shows up at the next periodic check.
        const Result<QList<Endpoint>> endpoints = EndpointRepository(m_store).list();
        QVERIFY(endpoints.ok());
        QVERIFY(addCertificate(endpoints->first().id, now.addDays(4)));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 2, 5000);
    }
};

QTEST_GUILESS_MAIN(TestAlertRelay)
#include "TestAlertRelay.moc"
