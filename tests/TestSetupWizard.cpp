#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/OpenSslCli.h"

#include "core/Clock.h"
#include "core/Facade.h"
#include "core/Profile.h"
#include "core/dns/DnsSettings.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountForm.h"
#include "ui/dns/DnsReviewPanel.h"
#include "ui/dns/RecordDetailsView.h"
#include "ui/dns/RequiredRecordModel.h"
#include "ui/endpoints/EndpointActions.h"
#include "ui/endpoints/EndpointDetailsPane.h"
#include "ui/endpoints/EndpointListPage.h"
#include "ui/endpoints/EndpointTableModel.h"
#include "ui/endpoints/ExportDialog.h"
#include "ui/providers/ProviderForm.h"
#include "ui/wizard/AccountPage.h"
#include "ui/wizard/DelegationPage.h"
#include "ui/wizard/FirstIssuancePage.h"
#include "ui/wizard/FirstRecordsPage.h"
#include "ui/wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The setup wizard from an empty profile to a certificate from the lab's Pebble, clicked
// through like an administrator would, in the test's private keychain session.
class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Lab m_lab;

    static void clickNext(QWizard *wizard) { QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton); }

private Q_SLOTS:

    void initTestCase() { LAB_VERIFY_OK(m_lab.start()); }

    void takesANewProfileToItsFirstCertificate()
    {
        Result<std::unique_ptr<Profile>> opened = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(opened.ok());
        Facade facade(*opened.value());
        MainWindow window(facade);
        window.show();
        facade.start();

        // A new profile: the wizard offers itself.
        window.offerSetupWizardIfNew();
        QTRY_VERIFY(window.findChild<SetupWizard *>());
        auto *wizard = window.findChild<SetupWizard *>();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QPointer<SetupWizard> open(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
        clickNext(wizard);

        // The CA account: the lab CA by its directory URL, trusted through its CA bundle.
        QCOMPARE(wizard->currentId(), int(SetupWizard::AccountPageId));
        QWizardPage *accountPage = wizard->currentPage();
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *preset = accountPage->findChild<QComboBox *>(QStringLiteral("presetCombo"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
        QTest::keyClicks(accountPage->findChild<QLineEdit *>(QStringLiteral("bundleEdit")), m_lab.caBundlePath());
        QTest::keyClicks(accountPage->findChild<QLineEdit *>(QStringLiteral("directoryEdit")),
                         m_lab.directoryUrl().toString());
        QTest::keyClicks(accountPage->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral("admin@example.test"));
        auto *form = accountPage->findChild<AccountForm *>();
        QTRY_VERIFY_WITH_TIMEOUT(form->termsOfService().isValid(), 15000);
        QVERIFY(
            accountPage->findChild<QLabel *>(QStringLiteral("termsLabel"))->text().contains(QStringLiteral("href")));
        QTest::mouseClick(accountPage->findChild<QCheckBox *>(QStringLiteral("acceptTermsCheck")),
                          Qt::LeftButton,
                          Qt::NoModifier,
                          QPoint(8, 8));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        // Registration runs on the worker; the wizard moves on by itself when it is done.
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::DelegationPageId), 30000);

        // The delegation zone and the lab's BIND as its provider. A wrong TSIG secret fails the
        // live test and nothing is stored; the right one stores both and moves on.
        auto *delegationPage = qobject_cast<DelegationPage *>(wizard->currentPage());
        QVERIFY(delegationPage);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(delegationPage->findChild<QLineEdit *>(QStringLiteral("delegationZoneEdit")),
                         m_lab.delegationZone());
        ProviderForm *provider = delegationPage->providerForm();
        auto *kind = provider->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("rfc2136")));
        QCOMPARE(provider->fieldValue(QStringLiteral("zone")), m_lab.delegationZone());
        QTest::keyClicks(provider->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Lab BIND"));
        QTest::keyClicks(provider->findChild<QLineEdit *>(QStringLiteral("field_server")),
                         QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()));
        QTest::keyClicks(provider->findChild<QLineEdit *>(QStringLiteral("field_keyName")), m_lab.tsigKeyName());
        auto *secret = provider->findChild<QLineEdit *>(QStringLiteral("field_secret"));
        QTest::keyClicks(secret, QString::fromLatin1(QByteArray(32, 'x').toBase64()));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        auto *delegationStatus = delegationPage->findChild<QLabel *>(QStringLiteral("delegationPageStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(delegationStatus->text().contains(QStringLiteral("TSIG")), 15000);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DelegationPageId));
        {
            const Result<std::optional<DelegationZone>> none =
                DelegationZoneRepository(opened.value()->store(), Clock::system()).current();
            QVERIFY(none.ok() && !none.value());
        }
        secret->selectAll();
        QTest::keyClicks(secret, QString::fromLatin1(m_lab.tsigSecret()));
        clickNext(wizard);
        const bool delegated = QTest::qWaitFor(
            [wizard] {
                return wizard->currentId() == SetupWizard::EndpointPageId;
            },
            15000);
        QVERIFY2(delegated, qPrintable(delegationStatus->text()));
        const Result<std::optional<DelegationZone>> stored =
            DelegationZoneRepository(opened.value()->store(), Clock::system()).current();
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->zone.ace(), m_lab.delegationZone());

        // The first endpoint, validated over http-01 by the built-in responder on the port
        // the lab's Pebble connects to.
        QWizardPage *endpointPage = wizard->currentPage();
        auto *names = endpointPage->findChild<QPlainTextEdit *>(QStringLiteral("namesEdit"));
        QTest::keyClicks(names, QStringLiteral("www.example.test"));
        QTest::keyClick(names, Qt::Key_Return);
        QTest::keyClicks(names, QStringLiteral("api.example.test"));
        endpointPage->findChild<QComboBox *>(QStringLiteral("methodCombo"))->setCurrentIndex(1);
        auto *listen = endpointPage->findChild<QLineEdit *>(QStringLiteral("listenEdit"));
        listen->selectAll();
        QTest::keyClicks(listen, QStringLiteral("127.0.0.1:%1").arg(m_lab.httpValidationPort()));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        const bool saved = QTest::qWaitFor(
            [wizard] {
                return wizard->currentId() == SetupWizard::RecordsPageId;
            },
            10000);
        QVERIFY2(saved, qPrintable(endpointPage->findChild<QLabel *>(QStringLiteral("endpointPageStatus"))->text()));
        QVERIFY(wizard->endpointId() > 0);

        // Its DNS records: an internal endpoint validated over HTTP needs none.
        auto *records = qobject_cast<FirstRecordsPage *>(wizard->currentPage());
        QVERIFY(records);
        QTRY_VERIFY(records->panel()->isLoaded());
        QCOMPARE(records->panel()->model()->rowCount(), 0);
        QTRY_VERIFY(records->findChild<QLabel *>(QStringLiteral("recordsPageNote"))
                        ->text()
                        .contains(QStringLiteral("Nothing to create")));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::IssuancePageId));

        // The first certificate, ordered as the page opens.
        auto *issuance = qobject_cast<FirstIssuancePage *>(wizard->currentPage());
        QVERIFY(issuance);
        QTRY_VERIFY_WITH_TIMEOUT(issuance->isComplete(), 60000);
        QVERIFY2(issuance->succeeded(),
                 qPrintable(issuance->findChild<QLabel *>(QStringLiteral("issuanceStatus"))->text()));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        const qint64 endpointId = wizard->endpointId();
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!open);

        // It is in the list, selected, with its certificate's expiry and an OK status.
        QTableView *table = window.endpointListPage()->table();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, EndpointTableModel::NamesColumn).data().toString(),
                 QStringLiteral("www.example.test, api.example.test"));
        QTRY_VERIFY(table->model()
                        ->index(0, EndpointTableModel::ExpiresColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("in ")));
        QTRY_COMPARE(table->model()->index(0, EndpointTableModel::StatusColumn).data().toString(),
                     QStringLiteral("OK"));
        QCOMPARE(window.endpointListPage()->selectedEndpointIds(), QList<qint64>{endpointId});
        EndpointDetailsPane *details = window.endpointListPage()->detailsPane();
        QTRY_VERIFY(details->details().certificate.has_value());
        QVERIFY(details->details().chain.size() >= 2);
        QCOMPARE(details->details().orders.size(), 1);
        QCOMPARE(details->details().orders.first().state, QStringLiteral("valid"));

        // Export it through the dialog: the key matches the certificate.
        QAction *exportAction = window.endpointActions()->exportAction();
        QVERIFY(exportAction->isEnabled());
        exportAction->trigger();
        auto *dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("exportFolderEdit"));
        folder->clear();
        const QString out = m_dir.filePath(QStringLiteral("export"));
        QTest::keyClicks(folder, out);
        dialog->findChild<QCheckBox *>(QStringLiteral("exportPfxCheck"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        const QDir written(QDir(out).filePath(QStringLiteral("www.example.test")));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(written.filePath(QStringLiteral("certificate.pfx"))), 15000);
        const OpenSslRun certKey = runOpenSsl({QStringLiteral("x509"),
                                               QStringLiteral("-in"),
                                               written.filePath(QStringLiteral("cert.pem")),
                                               QStringLiteral("-noout"),
                                               QStringLiteral("-pubkey")});
        const OpenSslRun ownKey = runOpenSsl({QStringLiteral("pkey"),
                                              QStringLiteral("-in"),
                                              written.filePath(QStringLiteral("privkey.pem")),
                                              QStringLiteral("-pubout")});
        QVERIFY2(certKey.ok() && ownKey.ok(), certKey.err.constData());
        QCOMPARE(certKey.out, ownKey.out);
        QCOMPARE(QFile(written.filePath(QStringLiteral("privkey.pem"))).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }

    void offersItselfOnlyToANewProfile()
    {
        // The profile of the first test has an account now.
        Result<std::unique_ptr<Profile>> opened = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(opened.ok());
        Facade facade(*opened.value());
        MainWindow window(facade);
        window.show();
        facade.start();
        bool answered = false;
        facade.loadAccounts(this, [&answered](const Result<QList<CaAccount>> &) {
            answered = true;
        });
        window.offerSetupWizardIfNew();
        QTRY_VERIFY(answered);
        QTest::qWait(100);
        QVERIFY(!window.findChild<SetupWizard *>());

        // From the menu it opens anyway, and offers the existing account.
        SetupWizard *wizard = window.openSetupWizard();
        QVERIFY(wizard);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::AccountPageId));
        QTRY_VERIFY(wizard->currentPage()
                        ->findChild<QAbstractButton *>(QStringLiteral("useExistingAccountRadio"))
                        ->isVisible());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        // The delegation zone the first test set up is kept unless the administrator changes it.
        QCOMPARE(wizard->currentId(), int(SetupWizard::DelegationPageId));
        auto *keep = wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("delegationKeepRadio"));
        QTRY_VERIFY(keep->isVisible() && keep->isChecked());
        QVERIFY(keep->text().contains(m_lab.delegationZone()));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::EndpointPageId));
        wizard->reject();
    }

    void showsTheFirstEndpointsRecordsLiveAndLetsGoOnBeforeTheyAreOk()
    {
        // The profile of the first test, now with the lab's delegation zone, and every DNS
        // question sent to the lab's BIND.
        Result<std::unique_ptr<Profile>> opened = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(opened.ok());
        const std::shared_ptr<Store> store = opened.value()->store();
        QSqlQuery provider(store->connection());
        QVERIFY(provider.exec(QStringLiteral("INSERT INTO dns_providers (title, kind, created_at, updated_at) "
                                             "VALUES ('lab', 'rfc2136', '2026-01-01', '2026-01-01')")));
        DelegationZone delegation;
        delegation.zone = DnsName::parse(m_lab.delegationZone()).value();
        LAB_VERIFY_OK(DelegationZoneRepository(store, Clock::system())
                          .set(delegation.zone, provider.lastInsertId().toLongLong()));
        DnsSettings settings;
        settings.resolvers = {DnsServer{QHostAddress::LocalHost, m_lab.bindPort()}};
        settings.authoritativePort = m_lab.bindPort();
        LAB_VERIFY_OK(settings.save(store));

        Facade facade(*opened.value());
        MainWindow window(facade);
        window.show();
        facade.start();
        SetupWizard *wizard = window.openSetupWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->next();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // the existing account
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DelegationPageId));
        QTRY_VERIFY(
            wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("delegationKeepRadio"))->isChecked());
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::EndpointPageId));
        QTest::keyClicks(wizard->currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("namesEdit")),
                         QStringLiteral("wizard-dns.example.test"));
        clickNext(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::RecordsPageId), 10000);

        // The _acme-challenge CNAME to create, checked live: missing, and said so.
        auto *page = qobject_cast<FirstRecordsPage *>(wizard->currentPage());
        DnsReviewPanel *panel = page->panel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->stateAt(0), std::optional(RecordStatus::State::Missing), 15000);
        const QString owner = QStringLiteral("_acme-challenge.wizard-dns.example.test");
        const QString target =
            delegation.targetFor(DnsName::parse(QStringLiteral("wizard-dns.example.test")).value()).ace();
        QVERIFY(panel->detailsView()->adviceText().contains(owner + QStringLiteral("  CNAME  ") + target));
        // The wizard orders the certificate on its next page, not from here.
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("requestCertificateButton"))->isVisible());
        auto *note = page->findChild<QLabel *>(QStringLiteral("recordsPageNote"));
        QTRY_VERIFY(note->text().contains(QStringLiteral("You can continue anyway")));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        // Created at the DNS provider; Check now confirms it.
        LAB_VERIFY_OK(m_lab.bindAddRecord(owner, QStringLiteral("CNAME"), target + QLatin1Char('.')));
        // A check that began before the record existed (the panel rechecks by itself) may still be
        // running, and Check now is disabled until it ends; every check after that sees the record.
        auto *checkNow = panel->findChild<QPushButton *>(QStringLiteral("checkNowButton"));
        QTRY_VERIFY_WITH_TIMEOUT(checkNow->isEnabled(), 15000);
        QSignalSpy checked(panel, &DnsReviewPanel::checkFinished);
        QTest::mouseClick(checkNow, Qt::LeftButton);
        QVERIFY(checked.wait(15000));
        QCOMPARE(panel->model()->stateAt(0), std::optional(RecordStatus::State::Ok));
        QVERIFY(note->text().contains(QStringLiteral("Every record is in place")));
        wizard->reject();
    }
};

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
