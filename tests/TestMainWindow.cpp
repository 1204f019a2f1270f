#include "support/OpenSslCli.h"

#include "core/Facade.h"
#include "core/Profile.h"
#include "core/certificates/CertificateRepository.h"
#include "core/crypto/CertificateInfo.h"
#include "core/crypto/CsrBuilder.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/store/ActivityLog.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/activity/ActivityLogModel.h"
#include "ui/activity/ActivityLogPage.h"
#include "ui/endpoints/EndpointActions.h"
#include "ui/endpoints/EndpointDetailsPane.h"
#include "ui/endpoints/EndpointEditorDialog.h"
#include "ui/endpoints/EndpointListPage.h"
#include "ui/endpoints/EndpointTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// The real main window on the offscreen platform, driven with QTest like a person would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;

    // A window over a fresh facade whose first endpoint list has arrived.
    struct Session
    {
        explicit Session(Profile &profile)
            : facade(profile)
            , window(facade)
        {
        }

        bool start()
        {
            QSignalSpy loaded(&facade, &Facade::endpointsChanged);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window)) {
                return false;
            }
            facade.start();
            return loaded.wait(10000);
        }

        QTableView *table() const { return window.endpointListPage()->table(); }

        Facade facade;
        MainWindow window;
    };

    qint64 addEndpoint(const QStringList &names)
    {
        Endpoint endpoint;
        endpoint.names = names;
        // Ordered only when the test clicks Renew Now: the worker must not order by itself.
        endpoint.orderAutomatically = false;
        const Result<Endpoint> added = EndpointRepository(m_profile->store()).add(endpoint);
        return added ? added->id : 0;
    }

    void clearEndpoints()
    {
        QSqlQuery query(m_profile->store()->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM endpoints")));
    }

    static int rowOf(QTableView *table, qint64 id)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(EndpointTableModel::EndpointIdRole).toLongLong() == id) {
                return row;
            }
        }
        return -1;
    }

    // QTest::keyClicks only knows ASCII; other characters are typed as key events with text.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::keyClicks(widget, QString(c));
            } else {
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
        }
    }

    // Clicks like a mouse would, after scrolling the widget into view: Qt 6 delivers test
    // clicks through the window, so a widget scrolled out of sight would not get them.
    static void click(QWidget *widget)
    {
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
                scroll->ensureWidgetVisible(widget);
                break;
            }
        }
        // A radio button or check box reacts to its indicator and text, not its whole width.
        const bool indicator = qobject_cast<QRadioButton *>(widget) || qobject_cast<QCheckBox *>(widget);
        QTest::mouseClick(widget,
                          Qt::LeftButton,
                          Qt::NoModifier,
                          indicator ? QPoint(8, widget->height() / 2) : widget->rect().center());
    }

    // Answers the next message box with the button whose object name is `button` (or the
    // Cancel button when empty), from inside its exec().
    static void answerNextMessageBox(const QString &button)
    {
        QTimer::singleShot(50, qApp, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                answerNextMessageBox(button);
                return;
            }
            QAbstractButton *target =
                button.isEmpty() ? box->button(QMessageBox::Cancel) : box->findChild<QAbstractButton *>(button);
            QVERIFY(target);
            QTest::mouseClick(target, Qt::LeftButton);
        });
    }

private Q_SLOTS:

    void initTestCase()
    {
        Result<std::unique_ptr<Profile>> profile = Profile::open(m_dir.path());
        QVERIFY(profile.ok());
        m_profile = std::move(profile).value();
    }

    void init() { clearEndpoints(); }

    void showsTheEmptyStateForANewProfile()
    {
        Session session(*m_profile);
        QVERIFY(session.start());
        MainWindow &window = session.window;

        QVERIFY(window.endpointListPage()->isShowingEmptyState());
        auto *emptyState = window.findChild<QWidget *>(QStringLiteral("endpointEmptyState"));
        QVERIFY(emptyState && emptyState->isVisible());
        const QList<QLabel *> labels = emptyState->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("No endpoints yet"));
        }));
        QVERIFY(emptyState->findChild<QPushButton *>(QStringLiteral("emptyStateAddButton"))->isVisible());
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(status && status->text() == QStringLiteral("No endpoints"));

        QStringList menus;
        for (QAction *action : window.menuBar()->actions()) {
            menus << action->text();
        }
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("&File"),
                              QStringLiteral("&Endpoint"),
                              QStringLiteral("&View"),
                              QStringLiteral("&Renewals"),
                              QStringLiteral("&Tools"),
                              QStringLiteral("&Help")}));
        // Nothing selected, nothing to act on.
        QVERIFY(!window.endpointActions()->renewAction()->isEnabled());
        QVERIFY(!window.endpointActions()->deleteAction()->isEnabled());
    }

    void listsEndpointsOnceThereAreSome()
    {
        QVERIFY(addEndpoint({QStringLiteral("app.example.test")}) > 0);
        Session session(*m_profile);
        QVERIFY(session.start());
        MainWindow &window = session.window;
        QVERIFY(!window.endpointListPage()->isShowingEmptyState());
        QTableView *table = session.table();
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("app.example.test"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("1 endpoint(s)"));
    }

    void addsAnEndpointThroughTheEditor()
    {
        Session session(*m_profile);
        QVERIFY(session.start());
        MainWindow &window = session.window;
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("emptyStateAddButton")), Qt::LeftButton);
        auto *editor = window.findChild<EndpointEditorDialog *>();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QPushButton *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());

        auto *names = editor->findChild<QPlainTextEdit *>(QStringLiteral("namesEdit"));
        names->setFocus();
        typeText(names, QStringLiteral("Bücher.Example.Test"));
        QTest::keyClick(names, Qt::Key_Return);
        QTest::keyClicks(names, QStringLiteral("www.example.test"));
        auto *feedback = editor->findChild<QLabel *>(QStringLiteral("namesFeedback"));
        QVERIFY2(feedback->text().contains(QStringLiteral("bücher.example.test")), qPrintable(feedback->text()));
        QVERIFY2(feedback->text().contains(QStringLiteral("xn--bcher-kva.example.test")), qPrintable(feedback->text()));
        QVERIFY(save->isEnabled());

        // External without a target is not valid yet.
        click(editor->findChild<QRadioButton *>(QStringLiteral("externalRadio")));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("targetEdit")),
                         QStringLiteral("lb1.example.net"));
        QVERIFY(save->isEnabled());

        auto *method = editor->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        method->setCurrentIndex(1); // HTTP-01, built-in responder
        auto *listen = editor->findChild<QLineEdit *>(QStringLiteral("listenEdit"));
        listen->selectAll();
        QTest::keyClicks(listen, QStringLiteral("127.0.0.1:99999"));
        QVERIFY(!save->isEnabled());
        listen->selectAll();
        QTest::keyClicks(listen, QStringLiteral("127.0.0.1:8080"));
        QVERIFY(save->isEnabled());
        auto *keyType = editor->findChild<QComboBox *>(QStringLiteral("keyTypeCombo"));
        keyType->setCurrentIndex(keyType->findData(QStringLiteral("rsa-2048")));

        QSignalSpy added(&session.facade, &Facade::endpointUpdated);
        QPointer<EndpointEditorDialog> closing(editor);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(added.wait(10000));
        QTRY_VERIFY(!closing); // closed, and deleted on close

        QTableView *table = session.table();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, EndpointTableModel::NamesColumn).data().toString(),
                 QStringLiteral("bücher.example.test, www.example.test"));
        QCOMPARE(table->model()->index(0, EndpointTableModel::ExposureColumn).data().toString(),
                 QStringLiteral("External"));
        // The new endpoint is selected and its details are shown.
        QTRY_COMPARE(window.endpointListPage()->selectedEndpointIds().size(), 1);
        EndpointDetailsPane *details = window.endpointListPage()->detailsPane();
        QTRY_COMPARE(details->details().endpoint.names.value(0), QStringLiteral("xn--bcher-kva.example.test"));

        const Result<Endpoint> stored =
            EndpointRepository(m_profile->store()).findByName(QStringLiteral("www.example.test"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->targetHost, QStringLiteral("lb1.example.net"));
        QCOMPARE(stored->challengeType, QStringLiteral("http-01"));
        QCOMPARE(stored->solverSettings.value(QStringLiteral("listen")).toString(), QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(stored->keyType, QStringLiteral("rsa-2048"));
    }

    void editorRefusesWhatCannotWork()
    {
        QVERIFY(addEndpoint({QStringLiteral("taken.example.test")}) > 0);
        Session session(*m_profile);
        QVERIFY(session.start());
        session.window.endpointActions()->addAction()->trigger();
        auto *editor = session.window.findChild<EndpointEditorDialog *>();
        QVERIFY(editor);
        QPushButton *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        auto *names = editor->findChild<QPlainTextEdit *>(QStringLiteral("namesEdit"));
        auto *feedback = editor->findChild<QLabel *>(QStringLiteral("namesFeedback"));

        QTest::keyClicks(names, QStringLiteral("bad..example.test"));
        QVERIFY(feedback->text().contains(QStringLiteral("✗")));
        QVERIFY(!save->isEnabled());

        names->clear();
        QTest::keyClicks(names, QStringLiteral("*.example.test"));
        QVERIFY(save->isEnabled());
        editor->findChild<QComboBox *>(QStringLiteral("methodCombo"))->setCurrentIndex(1);
        QVERIFY(!save->isEnabled()); // a wildcard cannot be validated over HTTP
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("formError"))->text().contains(QStringLiteral("dns-01")));

        // A name another endpoint has is refused by the worker, and the dialog says why.
        editor->findChild<QComboBox *>(QStringLiteral("methodCombo"))->setCurrentIndex(0);
        names->clear();
        QTest::keyClicks(names, QStringLiteral("taken.example.test"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("saveProblem"));
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("already belongs")), qPrintable(problem->text()));
        QVERIFY(editor->isVisible());
        editor->reject();
    }

    void editsTheSelectedEndpoint()
    {
        const qint64 id = addEndpoint({QStringLiteral("edit.example.test")});
        Session session(*m_profile);
        QVERIFY(session.start());
        session.window.endpointListPage()->selectEndpoint(id);
        QVERIFY(session.window.endpointActions()->editAction()->isEnabled());
        session.window.endpointActions()->editAction()->trigger();
        auto *editor = session.window.findChild<EndpointEditorDialog *>();
        QVERIFY(editor);
        auto *names = editor->findChild<QPlainTextEdit *>(QStringLiteral("namesEdit"));
        QCOMPARE(names->toPlainText(), QStringLiteral("edit.example.test"));
        names->moveCursor(QTextCursor::End);
        QTest::keyClick(names, Qt::Key_Return);
        QTest::keyClicks(names, QStringLiteral("second.example.test"));
        QSignalSpy changed(session.table()->model(), &QAbstractItemModel::dataChanged);
        QPointer<EndpointEditorDialog> closing(editor);
        QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(!closing); // closed, and deleted on close
        QTRY_COMPARE(session.table()->model()->index(0, 0).data().toString(),
                     QStringLiteral("edit.example.test, second.example.test"));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(session.table()->model()->rowCount(), 1);
    }

    void filtersAsTypedAndTypeAheadStartsTheFilter()
    {
        for (const char *name : {"alpha.example.test", "beta.example.test", "gamma.example.org"}) {
            QVERIFY(addEndpoint({QString::fromLatin1(name)}) > 0);
        }
        Session session(*m_profile);
        QVERIFY(session.start());
        QTableView *table = session.table();
        QLineEdit *filter = session.window.endpointListPage()->filterEdit();
        QCOMPARE(table->model()->rowCount(), 3);

        table->setFocus();
        QTest::keyClicks(table, QStringLiteral("example.t"));
        QVERIFY(filter->hasFocus());
        QCOMPARE(filter->text(), QStringLiteral("example.t"));
        QCOMPARE(table->model()->rowCount(), 2);
        QTest::keyClicks(filter, QStringLiteral("est be"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("beta.example.test"));
        auto *count = session.window.findChild<QLabel *>(QStringLiteral("endpointCount"));
        QCOMPARE(count->text(), QStringLiteral("1 of 3 endpoint(s)"));

        // Down moves into the list and selects the first match; Escape clears the filter.
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(table->hasFocus());
        QCOMPARE(session.window.endpointListPage()->selectedEndpointIds().size(), 1);
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void deletesSelectedEndpointsOnlyAfterConfirmation()
    {
        const qint64 first = addEndpoint({QStringLiteral("one.example.test")});
        const qint64 second = addEndpoint({QStringLiteral("two.example.test")});
        const qint64 kept = addEndpoint({QStringLiteral("three.example.test")});
        Session session(*m_profile);
        QVERIFY(session.start());
        QTableView *table = session.table();
        table->selectionModel()->select(table->model()->index(rowOf(table, first), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(rowOf(table, second), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QAction *remove = session.window.endpointActions()->deleteAction();
        QVERIFY(remove->isEnabled());
        QVERIFY(!session.window.endpointActions()->editAction()->isEnabled()); // one at a time

        answerNextMessageBox(QString());
        remove->trigger();
        QTest::qWait(200);
        QCOMPARE(table->model()->rowCount(), 3);

        QSignalSpy removed(&session.facade, &Facade::endpointsRemoved);
        answerNextMessageBox(QStringLiteral("confirmDeleteButton"));
        remove->trigger();
        QVERIFY(removed.wait(10000));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data(EndpointTableModel::EndpointIdRole).toLongLong(), kept);
        EndpointRepository repository(m_profile->store());
        QCOMPARE(repository.find(first).problem().category, Problem::Category::NotFound);
        QCOMPARE(repository.find(second).problem().category, Problem::Category::NotFound);
    }

    void showsTheCertificateOrdersAndActivityOfTheSelectedEndpoint()
    {
        const qint64 id = addEndpoint({QStringLiteral("www.example.test"), QStringLiteral("api.example.test")});
        const Result<PrivateKey> key = PrivateKey::generate();
        QVERIFY(key.ok());
        const Result<QByteArray> csr =
            CsrBuilder()
                .setKey(key.value())
                .setNames({QStringLiteral("www.example.test"), QStringLiteral("api.example.test")})
                .buildDer();
        QVERIFY(csr.ok());
        QByteArray error;
        const QByteArray chain = issueTestChain(m_dir.path(), csr.value(), &error);
        QVERIFY2(!chain.isEmpty(), error.constData());
        const Result<CertificateInfo> info = CertificateInfo::fromPem(chain);
        QVERIFY(info.ok());
        IssuedCertificate certificate;
        certificate.endpointId = id;
        certificate.serial = info->serialHex();
        certificate.issuer = info->issuerCommonName();
        certificate.names = info->names();
        certificate.notBefore = info->notBefore();
        certificate.notAfter = info->notAfter();
        certificate.keyType = info->keyType();
        certificate.fingerprintSha256 = info->sha256FingerprintHex();
        certificate.chainPem = chain;
        QVERIFY(CertificateRepository(m_profile->store()).add(certificate).ok());
        QSqlQuery query(m_profile->store()->connection());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO orders (endpoint_id, state, problem, created_at, updated_at, "
                                      "finished_at) VALUES (%1, 'invalid', 'acme.connection', '2026-01-01T00:00:00Z', "
                                      "'2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z')")
                           .arg(id)));
        QVERIFY(ActivityLog(m_profile->store())
                    .append(ActivityLog::Severity::Error,
                            QStringLiteral("renewal"),
                            QStringLiteral("Renewal failed"),
                            QStringLiteral("connection refused"),
                            id)
                    .ok());

        Session session(*m_profile);
        QVERIFY(session.start());
        QSignalSpy shown(session.window.endpointListPage()->detailsPane(), &EndpointDetailsPane::detailsShown);
        session.window.endpointListPage()->selectEndpoint(id);
        QVERIFY(shown.wait(10000));
        EndpointDetailsPane *pane = session.window.endpointListPage()->detailsPane();
        auto field = [pane](const char *name) {
            auto *label = pane->findChild<QLabel *>(QLatin1String(name));
            return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
        };
        QCOMPARE(field("detailsTitle"), QStringLiteral("www.example.test, api.example.test"));
        QCOMPARE(field("certificateNames"), QStringLiteral("www.example.test\napi.example.test"));
        QCOMPARE(field("certificateIssuer"), info->issuerCommonName());
        QCOMPARE(field("certificateKeyType"), QStringLiteral("ECDSA P-256"));
        QCOMPARE(field("certificateFingerprint"), info->sha256FingerprintHex());
        QVERIFY2(field("certificateChain").contains(QStringLiteral("CertDesk Test Root")),
                 qPrintable(field("certificateChain")));
        QVERIFY(field("certificateNotAfter").startsWith(QStringLiteral("in ")));
        QVERIFY(!pane->findChild<QLabel *>(QStringLiteral("noCertificate"))->isVisibleTo(pane));
        QVERIFY(session.window.endpointActions()->exportAction()->isEnabled());

        QTabWidget *tabs = pane->tabs();
        auto *orders = tabs->widget(3)->findChild<QAbstractItemView *>();
        QVERIFY(orders);
        QCOMPARE(orders->model()->rowCount(), 1);
        QCOMPARE(orders->model()->index(0, 1).data().toString(), QStringLiteral("Failed"));
        auto *activity = tabs->widget(4)->findChild<QAbstractItemView *>();
        QVERIFY(activity);
        QVERIFY(activity->model()->rowCount() >= 1);
        QVERIFY(activity->model()->index(0, 3).data().toString().contains(QStringLiteral("connection refused")));
        // The selected entry is shown in full below the list.
        tabs->setCurrentIndex(4);
        activity->setCurrentIndex(activity->model()->index(0, 0));
        const QList<QLabel *> labels = tabs->widget(4)->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("connection refused"));
        }));
    }

    void renewNowReportsWhyNoCertificateCame()
    {
        const qint64 id = addEndpoint({QStringLiteral("renew.example.test")});
        Session session(*m_profile);
        QVERIFY(session.start());
        session.window.endpointListPage()->selectEndpoint(id);
        QSignalSpy finished(&session.facade, &Facade::orderFinished);
        QSignalSpy changed(session.table()->model(), &QAbstractItemModel::dataChanged);
        session.window.endpointActions()->renewAction()->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(changed.count() >= 2); // renewing, then back
        // No CA account exists in this profile: the status bar says so.
        const QString message = session.window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("renew.example.test")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("account"), Qt::CaseInsensitive), qPrintable(message));
        // The list says so too, and so does the activity log.
        QTRY_COMPARE(session.table()->model()->index(0, EndpointTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Failed"));
        const Result<QList<ActivityLog::Entry>> logged = ActivityLog(m_profile->store()).recent(5, id);
        QVERIFY(logged.ok() && !logged->isEmpty());
        QCOMPARE(logged->first().severity, ActivityLog::Severity::Error);
        QVERIFY(logged->first().message.contains(QStringLiteral("renew.example.test")));
    }

    void activityLogFiltersByEndpointAndSeverity()
    {
        const qint64 www = addEndpoint({QStringLiteral("www.example.test")});
        const qint64 api = addEndpoint({QStringLiteral("api.example.test")});
        ActivityLog log(m_profile->store());
        QVERIFY(
            log.append(ActivityLog::Severity::Info, QStringLiteral("renewal"), QStringLiteral("www renewed"), {}, www)
                .ok());
        QVERIFY(log.append(ActivityLog::Severity::Error,
                           QStringLiteral("renewal"),
                           QStringLiteral("api failed"),
                           QStringLiteral("rate limited"),
                           api)
                    .ok());
        QVERIFY(log.append(ActivityLog::Severity::Debug, QStringLiteral("worker"), QStringLiteral("debug noise")).ok());
        Session session(*m_profile);
        QVERIFY(session.start());
        ActivityLogPage *page = session.window.activityPage();
        QSignalSpy loaded(page, &ActivityLogPage::loaded);
        // Keyboard navigation: Ctrl+4 is the fourth section.
        QTest::keySequence(&session.window, QKeySequence(Qt::CTRL | Qt::Key_4));
        QVERIFY(page->isVisible());
        QVERIFY(loaded.wait(10000));
        QTreeView *view = page->view();
        auto visibleMessages = [view] {
            QStringList messages;
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                messages << view->model()->index(row, ActivityLogModel::MessageColumn).data().toString();
            }
            return messages;
        };
        QVERIFY(visibleMessages().contains(QStringLiteral("www renewed")));
        QVERIFY(!visibleMessages().contains(QStringLiteral("debug noise"))); // information and above by default

        auto *endpoint = page->findChild<QComboBox *>(QStringLiteral("activityEndpointCombo"));
        const int apiIndex = endpoint->findText(QStringLiteral("api.example.test"));
        QVERIFY(apiIndex > 0);
        endpoint->setCurrentIndex(apiIndex);
        QCOMPARE(visibleMessages(), QStringList{QStringLiteral("api failed — rate limited")});
        QCOMPARE(view->model()->index(0, ActivityLogModel::EndpointColumn).data().toString(),
                 QStringLiteral("api.example.test"));

        endpoint->setCurrentIndex(0);
        auto *severity = page->findChild<QComboBox *>(QStringLiteral("activitySeverityCombo"));
        severity->setCurrentIndex(severity->count() - 1); // errors only
        QVERIFY(visibleMessages().contains(QStringLiteral("api failed — rate limited")));
        QVERIFY(!visibleMessages().contains(QStringLiteral("www renewed")));
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            QCOMPARE(view->model()->index(row, ActivityLogModel::SeverityColumn).data().toString(),
                     QStringLiteral("Error"));
        }
        severity->setCurrentIndex(0);
        QVERIFY(visibleMessages().contains(QStringLiteral("debug noise")));

        // New entries appear at the top without a reload by hand.
        QSignalSpy inserted(page->model(), &QAbstractItemModel::rowsInserted);
        session.window.endpointListPage()->selectEndpoint(www);
        session.window.endpointActions()->renewAction()->trigger();
        QVERIFY(inserted.wait(10000));
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
