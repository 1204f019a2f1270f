#include "core/endpoints/EndpointRepository.h"
#include "core/store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestEndpointRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Store> m_store;

    static Endpoint endpoint(const QStringList &names)
    {
        Endpoint endpoint;
        endpoint.names = names;
        return endpoint;
    }

    // QVERIFY2 evaluates its message even when the check passes.
    template <typename T>
    static QByteArray why(const Result<T> &result)
    {
        return result ? QByteArray() : result.problem().message().toUtf8();
    }

    int count(const QString &sql) const
    {
        QSqlQuery query(m_store->connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:

    void initTestCase()
    {
        Result<std::shared_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("endpoints.sqlite")));
        QVERIFY(store.ok());
        m_store = store.value();
    }

    void normalisesNamesWithoutStoring()
    {
        const Result<Endpoint> normalised =
            EndpointRepository::normalised(endpoint({QStringLiteral("Bücher.Example.Test."),
                                                     QStringLiteral("xn--bcher-kva.example.test"),
                                                     QStringLiteral("*.example.test")}));
        QVERIFY(normalised.ok());
        QCOMPARE(normalised->names,
                 (QStringList{QStringLiteral("xn--bcher-kva.example.test"), QStringLiteral("*.example.test")}));
        Endpoint http = endpoint({QStringLiteral("*.example.test")});
        http.challengeType = QStringLiteral("http-01");
        QCOMPARE(EndpointRepository::normalised(http).problem().code, QStringLiteral("endpoint.wildcard-needs-dns"));
        Endpoint external = endpoint({QStringLiteral("www.example.test")});
        external.exposure = Endpoint::Exposure::External;
        QCOMPARE(EndpointRepository::normalised(external).problem().code, QStringLiteral("endpoint.bad-target"));
    }

    void updatesSettingsAndNamesKeepingStatus()
    {
        EndpointRepository repository(m_store);
        const Result<Endpoint> added =
            repository.add(endpoint({QStringLiteral("a.example.test"), QStringLiteral("b.example.test")}));
        QVERIFY2(added.ok(), why(added).constData());
        QVERIFY(
            repository.setStatus(added->id, QStringLiteral("ok"), QDateTime::currentDateTimeUtc().addDays(30)).ok());
        QSqlQuery query(m_store->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE endpoint_names SET delegation_label = 'kept' WHERE name = "
                                          "'b.example.test'")));

        Endpoint changed = added.value();
        changed.names = {QStringLiteral("C.example.test"), QStringLiteral("b.example.test")};
        changed.exposure = Endpoint::Exposure::External;
        changed.targetHost = QStringLiteral("LB1.example.net");
        changed.challengeType = QStringLiteral("http-01");
        changed.solverSettings.insert(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8080"));
        changed.keyType = QStringLiteral("rsa-3072");
        const Result<Endpoint> updated = repository.update(changed);
        QVERIFY2(updated.ok(), why(updated).constData());
        QCOMPARE(updated->names, (QStringList{QStringLiteral("c.example.test"), QStringLiteral("b.example.test")}));
        QCOMPARE(updated->targetHost, QStringLiteral("lb1.example.net"));
        QCOMPARE(updated->challengeType, QStringLiteral("http-01"));
        QCOMPARE(updated->keyType, QStringLiteral("rsa-3072"));
        QCOMPARE(updated->status, QStringLiteral("ok"));
        QVERIFY(updated->nextRenewalAt.isValid());
        // The name that stayed kept its row and what was recorded with it.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM endpoint_names WHERE name = 'b.example.test' AND "
                                      "delegation_label = 'kept' AND position = 1")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM endpoint_names WHERE name = 'a.example.test'")), 0);
        QVERIFY(repository.findByName(QStringLiteral("a.example.test")).problem().category
                == Problem::Category::NotFound);
    }

    void refusesANameAnotherEndpointHasButNotItsOwn()
    {
        EndpointRepository repository(m_store);
        const Result<Endpoint> first = repository.add(endpoint({QStringLiteral("one.example.test")}));
        const Result<Endpoint> second = repository.add(endpoint({QStringLiteral("two.example.test")}));
        QVERIFY(first.ok() && second.ok());
        Endpoint stealing = second.value();
        stealing.names << QStringLiteral("one.example.test");
        QCOMPARE(repository.update(stealing).problem().code, QStringLiteral("endpoint.name-taken"));
        Endpoint same = first.value();
        same.title = QStringLiteral("The first");
        const Result<Endpoint> saved = repository.update(same);
        QVERIFY2(saved.ok(), why(saved).constData());
        QCOMPARE(saved->title, QStringLiteral("The first"));
    }

    void addsManyInOneGoOrNone()
    {
        EndpointRepository repository(m_store);
        const int before = count(QStringLiteral("SELECT count(*) FROM endpoints"));
        QList<Endpoint> many;
        for (int i = 0; i < 50; ++i) {
            many << endpoint(
                {QStringLiteral("Bulk%1.Example.Test").arg(i), QStringLiteral("*.bulk%1.example.test").arg(i)});
        }
        Endpoint external = endpoint({QStringLiteral("bulk-external.example.test")});
        external.exposure = Endpoint::Exposure::External;
        external.targetHost = QStringLiteral("LB.example.net");
        many << external;
        const Result<int> added = repository.addAll(many);
        QVERIFY2(added.ok(), why(added).constData());
        QCOMPARE(added.value(), 51);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM endpoints")), before + 51);
        // Stored as add() stores them: normalised, names in order.
        const Result<Endpoint> found = repository.findByName(QStringLiteral("*.bulk7.example.test"));
        QVERIFY2(found.ok(), why(found).constData());
        QCOMPARE(found->names,
                 (QStringList{QStringLiteral("bulk7.example.test"), QStringLiteral("*.bulk7.example.test")}));
        QCOMPARE(repository.findByName(QStringLiteral("bulk-external.example.test"))->targetHost,
                 QStringLiteral("lb.example.net"));

        // One name twice in the batch, or one that is taken: nothing of the batch is stored.
        const int stored = count(QStringLiteral("SELECT count(*) FROM endpoints"));
        QCOMPARE(repository
                     .addAll({endpoint({QStringLiteral("fresh1.example.test")}),
                              endpoint({QStringLiteral("fresh2.example.test"), QStringLiteral("FRESH1.example.test")})})
                     .problem()
                     .code,
                 QStringLiteral("endpoint.name-taken"));
        QCOMPARE(repository
                     .addAll({endpoint({QStringLiteral("fresh3.example.test")}),
                              endpoint({QStringLiteral("bulk3.example.test")})})
                     .problem()
                     .code,
                 QStringLiteral("endpoint.name-taken"));
        QCOMPARE(repository.addAll({endpoint({QStringLiteral("bad..example.test")})}).problem().category,
                 Problem::Category::Input);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM endpoints")), stored);
    }

    void refusesToUpdateAMissingEndpoint()
    {
        Endpoint missing = endpoint({QStringLiteral("missing.example.test")});
        missing.id = 4242;
        QCOMPARE(EndpointRepository(m_store).update(missing).problem().category, Problem::Category::NotFound);
    }

    void removesAnEndpointWithItsNamesOrdersAndCertificates()
    {
        EndpointRepository repository(m_store);
        const Result<Endpoint> added = repository.add(endpoint({QStringLiteral("gone.example.test")}));
        QVERIFY(added.ok());
        QSqlQuery query(m_store->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO orders (endpoint_id, state, created_at, updated_at, "
                                          "finished_at) VALUES (%1, 'valid', 'now', 'now', 'now')")
                               .arg(added->id)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO certificates (endpoint_id, serial, subject_names, not_before, "
                                          "not_after, key_type, fingerprint_sha256, chain_pem, created_at) VALUES "
                                          "(%1, '01', 'gone.example.test', 'x', 'y', 'ec-p256', 'ff', 'pem', 'now')")
                               .arg(added->id)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO activity_log (at, severity, endpoint_id, area, message) "
                                          "VALUES ('now', 'info', %1, 'test', 'kept')")
                               .arg(added->id)));

        QVERIFY(repository.remove(added->id).ok());
        const QString id = QString::number(added->id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM endpoints WHERE id = ") + id), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM endpoint_names WHERE endpoint_id = ") + id), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders WHERE endpoint_id = ") + id), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM certificates WHERE endpoint_id = ") + id), 0);
        // The log keeps what happened, no longer tied to the endpoint.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activity_log WHERE message = 'kept' AND endpoint_id IS "
                                      "NULL")),
                 1);
        QCOMPARE(repository.remove(added->id).problem().category, Problem::Category::NotFound);
        // The name is free again.
        QVERIFY(repository.add(endpoint({QStringLiteral("gone.example.test")})).ok());
    }
};

QTEST_MAIN(TestEndpointRepository)
#include "TestEndpointRepository.moc"
