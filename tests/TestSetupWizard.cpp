#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/OpenSslCli.h"

#include "core/Facade.h"
#include "core/Profile.h"
#include "core/endpoints/EndpointRepository.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountForm.h"
#include "ui/endpoints/EndpointActions.h"
#include "ui/endpoints/EndpointDetailsPane.h"
#include "ui/endpoints/EndpointListPage.h"
#include "ui/endpoints/EndpointTableModel.h"
#include "ui/endpoints/ExportDialog.h"
#include "ui/wizard/AccountPage.h"
#include "ui/wizard/FirstIssuancePage.h"
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
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::EndpointPageId), 30000);

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
                return wizard->currentId() == SetupWizard::IssuancePageId;
            },
            10000);
        QVERIFY2(saved, qPrintable(endpointPage->findChild<QLabel *>(QStringLiteral("endpointPageStatus"))->text()));
        QVERIFY(wizard->endpointId() > 0);

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
        QCOMPARE(wizard->currentId(), int(SetupWizard::EndpointPageId));
        wizard->reject();
    }
};

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
