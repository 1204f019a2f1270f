#include "tests/support/TestData.h"

#include "core/acme/AcmeProblem.h"

#include <QJsonDocument>
#include <QTest>

class TestAcmeProblem final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void readsTypeDetailAndStatus()
    {
        const auto problem = AcmeProblem::fromResponse(
            "application/problem+json",
            R"({"type": "urn:ietf:params:acme:error:badNonce", "detail": "JWS has an invalid anti-replay nonce",
                "status": 400})",
            400);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->type(), AcmeProblem::Type::BadNonce);
        QCOMPARE(problem->status(), 400);
        QCOMPARE(problem->code(), QStringLiteral("acme.badNonce"));
    }

    void turnsSubproblemsIntoOneLinePerIdentifier()
    {
        // RFC 8555 §6.7.1's example.
        const QByteArray body = testData("acme/problem-subproblems.json");
        const auto acme = AcmeProblem::fromResponse("application/problem+json", body, 400);
        QVERIFY(acme.has_value());
        QCOMPARE(acme->subproblems().size(), size_t(2));
        QCOMPARE(acme->subproblems().at(1).type(), AcmeProblem::Type::RejectedIdentifier);
        QCOMPARE(acme->subproblems().at(1).identifier().value, QStringLiteral("example.net"));
        const Problem problem = acme->toProblem();
        QCOMPARE(problem.code, QStringLiteral("acme.malformed"));
        QVERIFY(problem.detail.contains(QStringLiteral("_example.org: Invalid underscore")));
        QVERIFY(problem.detail.contains(QStringLiteral("example.net: This CA will not issue")));
        QVERIFY(problem.technical.contains(QStringLiteral("rejectedIdentifier")));
    }

    void compoundOfOneKindReadsAsThatKind()
    {
        const auto acme =
            AcmeProblem::fromJson(QJsonDocument::fromJson(testData("acme/problem-compound-caa.json")).object());
        const Problem problem = acme.toProblem();
        QCOMPARE(problem.code, QStringLiteral("acme.caa"));
        QCOMPARE(problem.category, Problem::Category::Dns);
        QVERIFY(problem.hint.contains(QStringLiteral("CAA")));
    }

    void mapsTypesToCategoriesWithActionableHints()
    {
        const struct
        {
            const char *type;
            Problem::Category category;
        } cases[] = {
            {"rateLimited", Problem::Category::Acme},
            {"accountDoesNotExist", Problem::Category::NotFound},
            {"unauthorized", Problem::Category::Permission},
            {"rejectedIdentifier", Problem::Category::Permission},
            {"dns", Problem::Category::Dns},
            {"connection", Problem::Category::Network},
            {"externalAccountRequired", Problem::Category::Configuration},
        };

        for (const auto &entry : cases) {
            const QString type = QStringLiteral("urn:ietf:params:acme:error:") + QLatin1String(entry.type);
            const auto acme = AcmeProblem::fromJson(QJsonObject{{QStringLiteral("type"), type}});
            const Problem problem = acme.toProblem();
            QCOMPARE(problem.code, QStringLiteral("acme.") + QLatin1String(entry.type));
            QCOMPARE(problem.category, entry.category);
            QVERIFY(!problem.title.isEmpty());
            QVERIFY(!problem.hint.isEmpty());
        }
    }

    void keepsUnknownTypesAsGenericErrors()
    {
        const auto acme = AcmeProblem::fromJson({{QStringLiteral("type"), QStringLiteral("urn:example:vendor:quota")},
                                                 {QStringLiteral("detail"), QStringLiteral("Quota exhausted")}});
        QCOMPARE(acme.type(), AcmeProblem::Type::Unknown);
        QCOMPARE(acme.toProblem().code, QStringLiteral("acme.error"));
        QCOMPARE(acme.toProblem().detail, QStringLiteral("Quota exhausted"));
    }

    void ignoresBodiesThatAreNotProblems()
    {
        QVERIFY(!AcmeProblem::fromResponse("text/html", "<html>502 Bad Gateway</html>", 502).has_value());
        QVERIFY(!AcmeProblem::fromResponse("application/json", R"({"status": "valid"})", 400).has_value());
    }
};

QTEST_GUILESS_MAIN(TestAcmeProblem)
#include "TestAcmeProblem.moc"
