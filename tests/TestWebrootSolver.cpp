#include "core/solvers/WebrootSolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestWebrootSolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void writesAndRemovesTheTokenFile()
    {
        QTemporaryDir webroot;
        WebrootSolver solver(webroot.path());
        QVERIFY(solver.publish(QStringLiteral("tok_1"), QStringLiteral("tok_1.thumb")).ok());
        const QString path = webroot.filePath(QStringLiteral(".well-known/acme-challenge/tok_1"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("tok_1.thumb"));
        QVERIFY(QFileInfo(path).permissions() & QFile::ReadOther);
        solver.withdraw(QStringLiteral("tok_1"));
        QVERIFY(!QFileInfo::exists(path));
    }

    void leavesOtherFilesAlone()
    {
        QTemporaryDir webroot;
        QVERIFY(QDir(webroot.path()).mkpath(QStringLiteral(".well-known/acme-challenge")));
        const QString foreign = webroot.filePath(QStringLiteral(".well-known/acme-challenge/other"));
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        {
            WebrootSolver solver(webroot.path());
            solver.withdraw(QStringLiteral("other")); // not ours
            QVERIFY(solver.publish(QStringLiteral("mine"), QStringLiteral("mine.x")).ok());
        } // the destructor removes what it wrote
        QVERIFY(QFileInfo::exists(foreign));
        QVERIFY(!QFileInfo::exists(webroot.filePath(QStringLiteral(".well-known/acme-challenge/mine"))));
    }

    void explainsAMissingWebroot()
    {
        WebrootSolver solver(QStringLiteral("/nonexistent/certdesk/webroot"));
        const Result<void> published = solver.publish(QStringLiteral("t"), QStringLiteral("t.x"));
        QVERIFY(!published.ok());
        QCOMPARE(published.problem().code, QStringLiteral("webroot.write-failed"));
        QVERIFY(published.problem().detail.contains(QStringLiteral("does not exist")));
    }

    void refusesTokensThatCouldEscapeTheFolder()
    {
        QTemporaryDir webroot;
        WebrootSolver solver(webroot.path());
        QVERIFY(!solver.publish(QStringLiteral("../../evil"), QStringLiteral("../../evil.x")).ok());
        QVERIFY(!QFileInfo::exists(webroot.filePath(QStringLiteral("evil"))));
    }
};

QTEST_GUILESS_MAIN(TestWebrootSolver)
#include "TestWebrootSolver.moc"
