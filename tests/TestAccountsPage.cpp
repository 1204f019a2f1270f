#include "lab/Lab.h"
#include "lab/LabVerify.h"

#include "core/Facade.h"
#include "core/Profile.h"
#include "core/acme/CaAccountRepository.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountForm.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/CaAccountTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// CA accounts through the real dialog, registered at the lab's Pebble with the keychain of
// the test's private Secret Service session.
class TestAccountsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_profiles = 0;

    std::unique_ptr<Profile> newProfile()
    {
        Result<std::unique_ptr<Profile>> profile =
            Profile::open(m_dir.filePath(QStringLiteral("profile-%1").arg(++m_profiles)));
        return profile ? std::move(profile).value() : nullptr;
    }

    static AccountDialog *openDialog(MainWindow &window)
    {
        window.showSection(MainWindow::AccountsSection);
        QTest::mouseClick(window.accountsPage()->findChild<QPushButton *>(QStringLiteral("addAccountButton")),
                          Qt::LeftButton);
        return window.findChild<AccountDialog *>();
    }

    static void fillCustomCa(AccountDialog *dialog, const Lab &lab)
    {
        auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("presetCombo"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("bundleEdit")), lab.caBundlePath());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("directoryEdit")),
                         lab.directoryUrl().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral("admin@example.test"));
    }

private Q_SLOTS:

    void presetsFillTheDirectoryAndAskForEabWhereNeeded()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Facade facade(*profile);
        AccountForm form(facade);
        auto *preset = form.findChild<QComboBox *>(QStringLiteral("presetCombo"));
        auto *url = form.findChild<QLineEdit *>(QStringLiteral("directoryEdit"));
        QCOMPARE(preset->currentData().toString(), QStringLiteral("letsencrypt"));
        QCOMPARE(url->text(), QStringLiteral("https://acme-v02.api.letsencrypt.org/directory"));
        QVERIFY(url->isReadOnly());
        QVERIFY(form.findChild<QGroupBox *>()->isHidden());
        form.selectPreset(QStringLiteral("zerossl"));
        QCOMPARE(url->text(), QStringLiteral("https://acme.zerossl.com/v2/DV90"));
        QVERIFY(!form.findChild<QGroupBox *>()->isHidden());
        form.findChild<QCheckBox *>(QStringLiteral("acceptTermsCheck"))->setChecked(true);
        QVERIFY(!form.isComplete()); // EAB is required there
        form.selectPreset(QStringLiteral("custom"));
        QVERIFY(url->text().isEmpty());
        QVERIFY(!url->isReadOnly());
        QVERIFY(!form.isComplete());
        QTest::keyClicks(url, QStringLiteral("http://insecure.example.test/dir"));
        QVERIFY(!form.isComplete()); // only https
    }

    void registersAnAccountAtTheLabCaAfterShowingItsTerms()
    {
        Lab lab(Lab::Options{.pebble = true, .bind = false});
        LAB_VERIFY_OK(lab.start());
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Facade facade(*profile);
        MainWindow window(facade);
        window.show();
        facade.start();
        QAbstractItemModelTester tester(window.accountModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        AccountDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        fillCustomCa(dialog, lab);
        auto *terms = dialog->findChild<QLabel *>(QStringLiteral("termsLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->form()->termsOfService().isValid(), 15000);
        QVERIFY2(terms->text().contains(dialog->form()->termsOfService().toString().toHtmlEscaped()),
                 qPrintable(terms->text()));
        auto *registerButton = dialog->findChild<QPushButton *>(QStringLiteral("registerButton"));
        QVERIFY(!registerButton->isEnabled()); // the terms are not accepted yet
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("acceptTermsCheck")),
                          Qt::LeftButton,
                          Qt::NoModifier,
                          QPoint(8, 8));
        QVERIFY(registerButton->isEnabled());

        QSignalSpy changed(&facade, &Facade::accountsChanged);
        QPointer<AccountDialog> closing(dialog);
        QTest::mouseClick(registerButton, Qt::LeftButton);
        QVERIFY(changed.wait(30000));
        QTRY_VERIFY(!closing);

        QCOMPARE(window.accountModel()->rowCount(), 1);
        QCOMPARE(window.accountModel()->index(0, CaAccountTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Registered"));
        QVERIFY(window.accountModel()
                    ->index(0, CaAccountTableModel::TitleColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("(default)")));
        const Result<QList<CaAccount>> stored = CaAccountRepository(profile->store()).list();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().email, QStringLiteral("admin@example.test"));
        QCOMPARE(stored->first().caBundlePath, lab.caBundlePath());
        QVERIFY(stored->first().accountUrl.isValid());
    }

    void showsWhyTheCaRefusesAndKeepsTheDialogOpen()
    {
        Lab lab(Lab::Options{.pebble = true, .bind = false, .pebbleEabRequired = true});
        LAB_VERIFY_OK(lab.start());
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Facade facade(*profile);
        MainWindow window(facade);
        window.show();
        facade.start();
        AccountDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        fillCustomCa(dialog, lab);
        // The directory says EAB is required: the fields become mandatory.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->form()->termsOfService().isValid(), 15000);
        dialog->findChild<QCheckBox *>(QStringLiteral("acceptTermsCheck"))->setChecked(true);
        auto *registerButton = dialog->findChild<QPushButton *>(QStringLiteral("registerButton"));
        QVERIFY(!registerButton->isEnabled());

        // A wrong HMAC key: the CA refuses, the dialog says so and stays.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("eabKidEdit")), lab.eabKeyId());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("eabHmacEdit")),
                         QStringLiteral("d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktd3Jvbmc"));
        QVERIFY(registerButton->isEnabled());
        QTest::mouseClick(registerButton, Qt::LeftButton);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("registrationProblem"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 30000);
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(CaAccountRepository(profile->store()).list()->size(), 0);

        // The right key: registered.
        auto *hmac = dialog->findChild<QLineEdit *>(QStringLiteral("eabHmacEdit"));
        hmac->clear();
        QTest::keyClicks(hmac, QString::fromLatin1(lab.eabHmacKey()));
        QSignalSpy changed(&facade, &Facade::accountsChanged);
        QTest::mouseClick(registerButton, Qt::LeftButton);
        QVERIFY(changed.wait(30000));
        QCOMPARE(window.accountModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestAccountsPage)
#include "TestAccountsPage.moc"
