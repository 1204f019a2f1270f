#include "Lab.h"
#include "LabVerify.h"

#include "core/Clock.h"
#include "core/Facade.h"
#include "core/Profile.h"
#include "core/dns/DnsSettings.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/endpoints/RequiredRecords.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/dns/CopyButtonDelegate.h"
#include "ui/dns/DnsRecordsPage.h"
#include "ui/dns/DnsReviewPanel.h"
#include "ui/dns/RecordDetailsView.h"
#include "ui/dns/RequiredRecordFilterModel.h"
#include "ui/dns/RequiredRecordModel.h"
#include "ui/endpoints/EndpointActions.h"
#include "ui/endpoints/EndpointDetailsPane.h"
#include "ui/endpoints/EndpointEditorDialog.h"
#include "ui/endpoints/EndpointListPage.h"
#include "ui/endpoints/EndpointTableModel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The DNS review panel in the real main window, driven like an administrator would: an
// endpoint added through the editor, its records checked live against the lab's BIND as they
// go from missing to OK, copied, exported, and the certificate requested once they are right.
class TestDnsReviewPanel : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    DelegationZone m_delegation;

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

        EndpointDetailsPane *details() const { return window.endpointListPage()->detailsPane(); }

        DnsReviewPanel *detailsPanel() const { return details()->dnsPanel(); }

        Facade facade;
        MainWindow window;
    };

    DnsName name(const QString &text) const { return DnsName::parse(text).value(); }

    QString challengeTarget(const QString &hostName) const { return m_delegation.targetFor(name(hostName)).ace(); }

    // "Only when I ask": these tests watch the records; the worker must not order certificates
    // by itself once they are in place (there is no CA here).
    qint64 addEndpoint(Endpoint endpoint)
    {
        endpoint.orderAutomatically = false;
        const Result<Endpoint> added = EndpointRepository(m_profile->store()).add(endpoint);
        return added ? added->id : 0;
    }

    static void clickTab(QTabWidget *tabs, QWidget *page)
    {
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(tabs->indexOf(page)).center());
    }

    // Clicks the "Name" or "Value" button the delegate paints in a row's copy cell.
    static void clickCopy(DnsReviewPanel *panel, int proxyRow, CopyButtonDelegate::Part part)
    {
        QTableView *table = panel->table();
        const QModelIndex index = table->model()->index(proxyRow, RequiredRecordModel::CopyColumn);
        table->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.rect = table->visualRect(index);
        QTest::mouseClick(table->viewport(),
                          Qt::LeftButton,
                          Qt::NoModifier,
                          panel->copyDelegate()->buttonRect(option, part).center());
    }

    static int stateOf(DnsReviewPanel *panel, int sourceRow)
    {
        return panel->model()->index(sourceRow, 0).data(RequiredRecordModel::StateRole).toInt();
    }

    static QString listStatus(Session &session, qint64 endpointId)
    {
        EndpointTableModel *model = session.window.endpointModel();
        return model->index(model->rowOf(endpointId), EndpointTableModel::StatusColumn).data().toString();
    }

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        Result<std::unique_ptr<Profile>> profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(profile.ok());
        m_profile = std::move(profile).value();
        const std::shared_ptr<Store> store = m_profile->store();
        // The delegation zone is the lab's, written through its BIND (no UI for it yet).
        QSqlQuery provider(store->connection());
        QVERIFY(provider.exec(QStringLiteral("INSERT INTO dns_providers (title, kind, created_at, updated_at) "
                                             "VALUES ('lab', 'rfc2136', '2026-01-01', '2026-01-01')")));
        m_delegation.zone = name(m_lab.delegationZone());
        LAB_VERIFY_OK(DelegationZoneRepository(store, Clock::system())
                          .set(m_delegation.zone, provider.lastInsertId().toLongLong()));
        // Every question goes to the lab's BIND, never to the machine's resolver.
        DnsSettings settings;
        settings.resolvers = {DnsServer{QHostAddress::LocalHost, m_lab.bindPort()}};
        settings.authoritativePort = m_lab.bindPort();
        settings.caaIdentities = {QStringLiteral("ca.example.test")};
        LAB_VERIFY_OK(settings.save(store));
    }

    void addsAnEndpointAndFollowsItsRecordFromMissingToOk()
    {
        Session session(*m_profile);
        QVERIFY(session.start());
        MainWindow &window = session.window;

        // A new internal endpoint through the editor, typed like an administrator would.
        window.endpointActions()->addAction()->trigger();
        auto *editor = window.findChild<EndpointEditorDialog *>();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *names = editor->findChild<QPlainTextEdit *>(QStringLiteral("namesEdit"));
        names->setFocus();
        QTest::keyClicks(names, QStringLiteral("review.example.test"));
        QPushButton *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QPointer<EndpointEditorDialog> closing(editor);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!closing, 10000);
        QTRY_COMPARE(window.endpointListPage()->selectedEndpointIds().size(), 1);
        const qint64 id = window.endpointListPage()->selectedEndpointIds().first();

        // Its DNS Records tab: the one record, checked live at once — not there yet.
        DnsReviewPanel *panel = session.detailsPanel();
        QVERIFY(!panel->isVisible());
        clickTab(session.details()->tabs(), panel);
        QVERIFY(panel->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, 0), int(RecordStatus::State::Missing), 15000);
        const QString owner = QStringLiteral("_acme-challenge.review.example.test");
        const QString target = challengeTarget(QStringLiteral("review.example.test"));
        QCOMPARE(panel->model()->index(0, RequiredRecordModel::NameColumn).data().toString(), owner);
        QCOMPARE(panel->model()->index(0, RequiredRecordModel::ValueColumn).data().toString(), target);
        QCOMPARE(panel->model()->index(0, RequiredRecordModel::StatusColumn).data().toString(),
                 QStringLiteral("Missing"));
        // What to do, and what each server said.
        const QString advice = panel->detailsView()->adviceText();
        QVERIFY2(advice.contains(QStringLiteral("Create this CNAME record at your DNS provider")), qPrintable(advice));
        QVERIFY2(advice.contains(owner + QStringLiteral("  CNAME  ") + target), qPrintable(advice));
        // The background check may answer first (its summary, no servers); the panel's own live
        // check, which the tab started, follows with each server's answer.
        const QString bind = QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort());
        QTRY_VERIFY2_WITH_TIMEOUT(
            panel->detailsView()->evidenceText().contains(QStringLiteral("authoritative ") + bind),
            qPrintable(panel->detailsView()->evidenceText()),
            15000);
        const QString evidence = panel->detailsView()->evidenceText();
        QVERIFY2(evidence.contains(QStringLiteral("resolver ") + bind), qPrintable(evidence));
        // The list says so too, and nothing can be ordered yet.
        QTRY_COMPARE(listStatus(session, id), QStringLiteral("DNS action needed"));
        auto *request = panel->findChild<QPushButton *>(QStringLiteral("requestCertificateButton"));
        QVERIFY(request->isVisible());
        QVERIFY(!request->isEnabled());

        // One click copies exactly the value to paste, another the name.
        clickCopy(panel, 0, CopyButtonDelegate::Part::Value);
        QCOMPARE(QGuiApplication::clipboard()->text(), target);
        clickCopy(panel, 0, CopyButtonDelegate::Part::Name);
        QCOMPARE(QGuiApplication::clipboard()->text(), owner);

        // The administrator creates the CNAME and asks again.
        LAB_VERIFY_OK(m_lab.bindAddRecord(owner, QStringLiteral("CNAME"), target + QLatin1Char('.')));
        // Check now stays disabled while a check from before the record existed runs; every check
        // after that one sees the record.
        auto *checkNow = panel->findChild<QPushButton *>(QStringLiteral("checkNowButton"));
        QTRY_VERIFY_WITH_TIMEOUT(checkNow->isEnabled(), 15000);
        QSignalSpy checked(panel, &DnsReviewPanel::checkFinished);
        QTest::mouseClick(checkNow, Qt::LeftButton);
        QVERIFY(checked.wait(15000));
        QCOMPARE(stateOf(panel, 0), int(RecordStatus::State::Ok));
        QCOMPARE(panel->model()->index(0, RequiredRecordModel::StatusColumn).data().toString(), QStringLiteral("OK"));
        QVERIFY(panel->detailsView()->adviceText().startsWith(QStringLiteral("Nothing to do")));
        QVERIFY(!panel->isRecheckScheduled());
        QTRY_COMPARE(listStatus(session, id), QStringLiteral("New"));

        // Every record is OK: one button orders the certificate.
        QVERIFY(request->isEnabled());
        QSignalSpy queued(&session.facade, &Facade::orderQueued);
        QTest::mouseClick(request, Qt::LeftButton);
        QVERIFY(queued.wait(10000));
        QCOMPARE(queued.first().first().toLongLong(), id);
        auto *orderState = panel->findChild<QLabel *>(QStringLiteral("orderState"));
        QVERIFY(orderState->isVisible());
        // No CA account in this profile: the order fails, and the panel says why.
        QTRY_VERIFY_WITH_TIMEOUT(orderState->text().contains(QStringLiteral("no certificate")), 15000);
    }

    void copiesAllAndExportsTheZoneSnippetInCoresFormats()
    {
        Session session(*m_profile);
        QVERIFY(session.start());
        const qint64 id = EndpointRepository(m_profile->store()).findByName(QStringLiteral("review.example.test"))->id;
        session.window.endpointListPage()->selectEndpoint(id);
        DnsReviewPanel *panel = session.detailsPanel();
        clickTab(session.details()->tabs(), panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 10000);
        const QList<RequiredRecord> records = panel->model()->records();

        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("copyAllButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), RequiredRecords::plainText(records));

        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("exportZoneButton")), Qt::LeftButton);
        auto *dialog = panel->findChild<QFileDialog *>(QStringLiteral("exportZoneDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString path = m_dir.filePath(QStringLiteral("review.zone"));
        dialog->selectFile(path);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), RequiredRecords::zoneFileSnippet(records));
    }

    void dnsRecordsPageShowsEveryEndpointFilteredByStatus()
    {
        // An external endpoint at the zone apex: its traffic record cannot be a CNAME.
        Endpoint apex;
        apex.names = {m_lab.customerZone()};
        apex.exposure = Endpoint::Exposure::External;
        apex.targetHost = QStringLiteral("www.") + m_lab.customerZone(); // same address as the apex
        const qint64 apexId = addEndpoint(apex);
        QVERIFY(apexId > 0);
        // And one that needs no records at all: internal, validated over HTTP.
        Endpoint plain;
        plain.names = {QStringLiteral("plain.example.test")};
        plain.challengeType = QStringLiteral("http-01");
        QVERIFY(addEndpoint(plain) > 0);

        Session session(*m_profile);
        QVERIFY(session.start());
        auto *navigation = session.window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QListWidgetItem *item = navigation->item(MainWindow::DnsRecordsSection);
        QCOMPARE(item->text(), QStringLiteral("DNS Records"));
        QTest::mouseClick(
            navigation->viewport(), Qt::LeftButton, Qt::NoModifier, navigation->visualItemRect(item).center());
        DnsReviewPanel *panel = session.window.dnsRecordsPage()->panel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->showsAllEndpoints());
        // review: its challenge; apex: its challenge and its traffic record.
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->withoutLiveStatus(), 0, 15000);
        QVERIFY(!panel->table()->isColumnHidden(RequiredRecordModel::EndpointColumn));

        const int traffic = panel->model()->rowOf(apexId, name(m_lab.customerZone()), RequiredRecord::Purpose::Traffic);
        QVERIFY(traffic >= 0);
        QCOMPARE(panel->model()->index(traffic, RequiredRecordModel::TypeColumn).data().toString(),
                 QStringLiteral("ALIAS"));
        QCOMPARE(stateOf(panel, traffic), int(RecordStatus::State::Ok)); // the apex has www's address
        QVERIFY(panel->model()->recordAt(traffic).note.contains(QStringLiteral("ALIAS or ANAME")));
        QVERIFY(!panel->model()->recordAt(traffic).note.contains(QStringLiteral("Assumed")));
        const int challenge = panel->model()->rowOf(
            apexId, name(m_lab.customerZone()).challengeName(), RequiredRecord::Purpose::Challenge);
        QCOMPARE(stateOf(panel, challenge), int(RecordStatus::State::Missing));

        // Selecting the apex record shows the alternatives core words.
        const QModelIndex shown = panel->proxy()->mapFromSource(panel->model()->index(traffic, 0));
        QTest::mouseClick(panel->table()->viewport(),
                          Qt::LeftButton,
                          Qt::NoModifier,
                          panel->table()->visualRect(shown.siblingAtColumn(RequiredRecordModel::NameColumn)).center());
        QVERIFY2(panel->findChild<QLabel *>(QStringLiteral("recordNote"))->text().contains(QStringLiteral("ALIAS"))
                     || panel->detailsView()->adviceText().contains(QStringLiteral("ALIAS")),
                 qPrintable(panel->detailsView()->adviceText()));

        // The status filter: only what needs the administrator.
        auto *filter = panel->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(filter->isVisible());
        filter->setCurrentIndex(filter->findData(RequiredRecordFilterModel::NeedsAction));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        QCOMPARE(panel->proxy()->index(0, RequiredRecordModel::NameColumn).data().toString(),
                 QStringLiteral("_acme-challenge.") + m_lab.customerZone());
        filter->setCurrentIndex(filter->findData(int(RecordStatus::State::Ok)));
        QCOMPARE(panel->proxy()->rowCount(), 2);
        // Not every record is OK: nothing is ordered from here yet; when it is, the endpoints whose
        // records are listed, not the one that needs none.
        auto *request = panel->findChild<QPushButton *>(QStringLiteral("requestCertificateButton"));
        QVERIFY(!request->isEnabled());
        QCOMPARE(request->text(), QStringLiteral("Re&quest 2 Certificate(s)"));
        QTRY_COMPARE(listStatus(session, apexId), QStringLiteral("DNS action needed"));
    }

    void checkDnsOpensTheReviewForTheSelection()
    {
        Session session(*m_profile);
        QVERIFY(session.start());
        EndpointListPage *list = session.window.endpointListPage();
        QTableView *table = list->table();
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QAction *checkDns = session.window.endpointActions()->checkDnsAction();
        QVERIFY(!checkDns->isEnabled());

        // Several endpoints: the DNS Records page, narrowed to them, checked now.
        table->selectAll();
        QTRY_COMPARE(list->selectedEndpointIds().size(), 3);
        QVERIFY(checkDns->isEnabled());
        checkDns->trigger();
        DnsRecordsPage *page = session.window.dnsRecordsPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->panel()->endpointIds().size(), 3);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("dnsPageScope"))->text().contains(QStringLiteral("3")));
        QSignalSpy checked(page->panel(), &DnsReviewPanel::checkFinished);
        QVERIFY(checked.wait(15000));
        QCOMPARE(page->panel()->model()->rowCount(), 3);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("showAllRecordsButton")), Qt::LeftButton);
        QVERIFY(page->panel()->showsAllEndpoints());

        // One endpoint: its own DNS Records tab in the details.
        session.window.showSection(MainWindow::EndpointsSection);
        const qint64 id = EndpointRepository(m_profile->store()).findByName(QStringLiteral("review.example.test"))->id;
        list->selectEndpoint(id);
        QTRY_COMPARE(list->selectedEndpointIds(), QList<qint64>{id});
        QSignalSpy own(session.detailsPanel(), &DnsReviewPanel::checkFinished);
        checkDns->trigger();
        QCOMPARE(session.details()->tabs()->currentWidget(), session.detailsPanel());
        QVERIFY(own.wait(15000));
        QCOMPARE(session.detailsPanel()->endpointIds(), QList<qint64>{id});
        QCOMPARE(stateOf(session.detailsPanel(), 0), int(RecordStatus::State::Ok));
    }

    void checksAgainByItselfWhileARecordIsNotOk()
    {
        Endpoint endpoint;
        endpoint.names = {QStringLiteral("auto.example.test")};
        const qint64 id = addEndpoint(endpoint);
        QVERIFY(id > 0);
        Session session(*m_profile);
        QVERIFY(session.start());
        DnsReviewPanel *panel = session.detailsPanel();
        panel->setRecheckIntervals(std::chrono::milliseconds(300), std::chrono::milliseconds(1200));
        session.window.endpointListPage()->selectEndpoint(id);
        clickTab(session.details()->tabs(), panel);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, 0), int(RecordStatus::State::Missing), 15000);
        QTRY_VERIFY(panel->isRecheckScheduled());

        // Nobody looks: no re-checks. Back on the tab, they go on.
        clickTab(session.details()->tabs(), session.details()->tabs()->widget(0));
        QVERIFY(!panel->isVisible());
        QVERIFY(!panel->isRecheckScheduled());
        clickTab(session.details()->tabs(), panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isRecheckScheduled() || panel->isChecking(), 5000);

        // The record appears at the DNS provider; the panel sees it without a click.
        LAB_VERIFY_OK(m_lab.bindAddRecord(QStringLiteral("_acme-challenge.auto.example.test"),
                                          QStringLiteral("CNAME"),
                                          challengeTarget(QStringLiteral("auto.example.test")) + QLatin1Char('.')));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, 0), int(RecordStatus::State::Ok), 15000);
        QTRY_VERIFY(!panel->isChecking());
        QVERIFY(!panel->isRecheckScheduled()); // all OK: it stops
    }

    void aLookupErrorNamesTheServer()
    {
        const qint64 id = EndpointRepository(m_profile->store()).findByName(QStringLiteral("auto.example.test"))->id;
        Session session(*m_profile);
        QVERIFY(session.start());
        DnsReviewPanel *panel = session.detailsPanel();
        session.window.endpointListPage()->selectEndpoint(id);
        m_lab.stopBind();
        clickTab(session.details()->tabs(), panel);
        QSignalSpy checked(panel, &DnsReviewPanel::checkFinished);
        QVERIFY(checked.wait(30000));
        LAB_VERIFY_OK(m_lab.startBind());
        QCOMPARE(stateOf(panel, 0), int(RecordStatus::State::LookupError));
        const QString bind = QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort());
        const QString shown = panel->detailsView()->adviceText() + panel->detailsView()->evidenceText();
        // The resolver that failed, by address, and how: it did not answer.
        QVERIFY2(panel->detailsView()->adviceText().startsWith(bind + QStringLiteral(" did not answer"))
                     || panel->detailsView()->adviceText().startsWith(bind + QStringLiteral(" cannot be reached")),
                 qPrintable(shown));
        QVERIFY2(panel->detailsView()->adviceText().contains(QStringLiteral("CertDesk asks again by itself")),
                 qPrintable(shown));
        QTRY_COMPARE(listStatus(session, id), QStringLiteral("DNS action needed"));
    }
};

QTEST_MAIN(TestDnsReviewPanel)
#include "TestDnsReviewPanel.moc"
