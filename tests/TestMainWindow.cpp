#include "core/Facade.h"
#include "core/Profile.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/endpoints/EndpointListPage.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Smoke test of the real main window on the offscreen platform.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;

private Q_SLOTS:

    void initTestCase()
    {
        Result<std::unique_ptr<Profile>> profile = Profile::open(m_dir.path());
        QVERIFY(profile.ok());
        m_profile = std::move(profile).value();
    }

    void showsTheEmptyStateForANewProfile()
    {
        Facade facade(*m_profile);
        MainWindow window(facade);
        QSignalSpy loaded(&facade, &Facade::endpointsChanged);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        facade.start();
        QVERIFY(loaded.wait(10000));

        QVERIFY(window.endpointListPage()->isShowingEmptyState());
        auto *emptyState = window.findChild<QWidget *>(QStringLiteral("endpointEmptyState"));
        QVERIFY(emptyState && emptyState->isVisible());
        const QList<QLabel *> labels = emptyState->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("No endpoints yet"));
        }));
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(status && status->text() == QStringLiteral("No endpoints"));

        QStringList menus;
        for (QAction *action : window.menuBar()->actions()) {
            menus << action->text();
        }
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}));
    }

    void listsEndpointsOnceThereAreSome()
    {
        QSqlQuery query(m_profile->store()->connection());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO endpoints (id, created_at, updated_at) VALUES (1, 'now', 'now')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO endpoint_names (endpoint_id, position, name) VALUES (1, 0, 'app.example.test')")));

        Facade facade(*m_profile);
        MainWindow window(facade);
        QSignalSpy loaded(&facade, &Facade::endpointsChanged);
        window.show();
        facade.start();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!window.endpointListPage()->isShowingEmptyState());
        QTableView *table = window.endpointListPage()->table();
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("app.example.test"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("1 endpoint(s)"));
    }

    void closingTheWindowEndsTheApplication()
    {
        Facade facade(*m_profile);
        MainWindow window(facade);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QApplication::quitOnLastWindowClosed());
        // Close from inside the running event loop, as a click on the close button would;
        // exec() returning 0 is the application ending. The second timer only guards
        // against a hang.
        QTimer::singleShot(0, &window, &QWidget::close);
        QTimer::singleShot(10000, qApp, [] {
            QCoreApplication::exit(42);
        });
        QCOMPARE(QApplication::exec(), 0);
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
