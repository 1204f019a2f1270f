#include "core/Clock.h"
#include "core/Facade.h"
#include "core/Profile.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/providers/DnsProviderRepository.h"
#include "ui/MainWindow.h"
#include "ui/challenges/ManagedChallengeDialog.h"
#include "ui/challenges/ManagedChallengeTableModel.h"
#include "ui/challenges/ManagedChallengesPage.h"
#include "ui/providers/DnsProviderTableModel.h"
#include "ui/providers/ProviderDialog.h"
#include "ui/providers/ProviderForm.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The managed challenges page in the real main window: a challenge added through the dialog
// by typing (its DNS provider made on the way), the domain match rule's live feedback, which
// challenge wins a name, editing, and removal after a confirmation.
class TestManagedChallengesPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_profiles = 0;

    struct Session
    {
        explicit Session(Profile &profile)
            : facade(profile)
            , window(facade)
            , challenges(window.challengesPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
            , providers(window.challengesPage()->providerModel(),
                        QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
            window.show();
            facade.start();
            window.showSection(MainWindow::ChallengesSection);
        }

        ManagedChallengesPage *page() const { return window.challengesPage(); }

        Facade facade;
        MainWindow window;
        QAbstractItemModelTester challenges;
        QAbstractItemModelTester providers;
    };

    std::unique_ptr<Profile> newProfile()
    {
        Result<std::unique_ptr<Profile>> profile =
            Profile::open(m_dir.filePath(QStringLiteral("profile-%1").arg(++m_profiles)));
        return profile ? std::move(profile).value() : nullptr;
    }

    static qint64 addScriptProvider(Profile &profile, const QString &title)
    {
        DnsProviderConfig config;
        config.title = title;
        config.kind = QStringLiteral("script");
        config.settings = {{QStringLiteral("program"), QStringLiteral("/bin/true")}};
        const Result<qint64> id = DnsProviderRepository(profile.store(), Clock::system()).add(config, false);
        return id ? id.value() : 0;
    }

    static qint64 addChallenge(Profile &profile, const QString &title, qint64 providerId, const QString &rule)
    {
        ManagedChallenge challenge;
        challenge.title = title;
        challenge.providerId = providerId;
        challenge.matchRule = DomainMatchRule(rule);
        const Result<qint64> id = ManagedChallengeRepository(profile.store(), Clock::system()).add(challenge);
        return id ? id.value() : 0;
    }

    static void click(QWidget *parent, const QString &name)
    {
        auto *button = parent->findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static void selectRow(QTableView *table, int row)
    {
        table->selectRow(row);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    }

    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                return button;
            }
        }
        return nullptr;
    }

private Q_SLOTS:

    void addsAChallengeTypedIntoTheDialogWithANewProvider()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Session session(*profile);
        click(session.page(), QStringLiteral("addChallengeButton"));
        auto *dialog = session.window.findChild<ManagedChallengeDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *providerCombo = dialog->findChild<QComboBox *>(QStringLiteral("providerCombo"));
        QCOMPARE(providerCombo->count(), 0);

        // No provider yet: one is made from the dialog, with the generated form.
        click(dialog, QStringLiteral("newProviderButton"));
        auto *providerDialog = dialog->findChild<ProviderDialog *>();
        QVERIFY(providerDialog);
        auto *kind = providerDialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("script")));
        QTest::keyClicks(providerDialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Publishing script"));
        QTest::keyClicks(providerDialog->findChild<QLineEdit *>(QStringLiteral("field_program")),
                         QStringLiteral("/bin/true"));
        QPointer<ProviderDialog> closing(providerDialog);
        click(providerDialog, QStringLiteral("saveProviderButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!closing, 10000);
        QCOMPARE(providerCombo->count(), 1);
        QCOMPARE(providerCombo->currentText(), QStringLiteral("Publishing script"));

        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("challengeTitleEdit")),
                         QStringLiteral("Example zone"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tagsEdit")), QStringLiteral("Web, internal"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("ruleEdit")), QStringLiteral("*.example.com"));
        auto *ruleFeedback = dialog->findChild<QLabel *>(QStringLiteral("ruleFeedback"));
        QVERIFY2(ruleFeedback->text().contains(QLatin1String("*.example.com matches example.com")),
                 qPrintable(ruleFeedback->text()));

        // Names tried out: one label below the wildcard matches, two do not.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("testNamesEdit")),
                         QStringLiteral("app.example.com a.b.example.com"));
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("testNamesResult"));
        QVERIFY(result->isVisible());
        QCOMPARE(result->text().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("app.example.com ✓, a.b.example.com ✗"));
        QVERIFY2(result->text().contains(QLatin1String("app.example.com: served by this challenge.")),
                 qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("a.b.example.com: no managed challenge serves it.")),
                 qPrintable(result->text()));

        QPointer<ManagedChallengeDialog> challengeClosing(dialog);
        click(dialog, QStringLiteral("saveChallengeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!challengeClosing, 10000);
        ManagedChallengeTableModel *model = session.page()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ManagedChallengeTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Example zone"));
        QCOMPARE(model->index(0, ManagedChallengeTableModel::ProviderColumn).data().toString(),
                 QStringLiteral("Publishing script"));
        QCOMPARE(model->index(0, ManagedChallengeTableModel::RuleColumn).data().toString(),
                 QStringLiteral("*.example.com"));
        QCOMPARE(model->index(0, ManagedChallengeTableModel::TagsColumn).data().toString(),
                 QStringLiteral("web, internal"));
        QTRY_COMPARE(session.page()->providerModel()->rowCount(), 1);

        const Result<QList<ManagedChallenge>> stored =
            ManagedChallengeRepository(profile->store(), Clock::system()).all();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().matchRule.entries(), QStringList{QStringLiteral("*.example.com")});
        QCOMPARE(stored->first().tags, (QStringList{QStringLiteral("web"), QStringLiteral("internal")}));
    }

    void flagsRuleEntriesThatAreNotHostNamesAndSavesNothing()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        QVERIFY(addScriptProvider(*profile, QStringLiteral("Script")) > 0);
        Session session(*profile);
        QTRY_COMPARE(session.page()->providerModel()->rowCount(), 1);
        click(session.page(), QStringLiteral("addChallengeButton"));
        auto *dialog = session.window.findChild<ManagedChallengeDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("challengeTitleEdit")), QStringLiteral("Bad"));
        auto *rule = dialog->findChild<QLineEdit *>(QStringLiteral("ruleEdit"));
        QTest::keyClicks(rule, QStringLiteral("*.example.com; a..b"));
        auto *feedback = dialog->findChild<QLabel *>(QStringLiteral("ruleFeedback"));
        QVERIFY2(feedback->text().startsWith(QLatin1String("Not a host name: a..b.")), qPrintable(feedback->text()));
        click(dialog, QStringLiteral("saveChallengeButton"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("saveProblem"));
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("not hostnames")), qPrintable(problem->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(ManagedChallengeRepository(profile->store(), Clock::system()).all()->size(), 0);

        // Fixed as typed: the feedback says what the rule means now.
        retype(rule, QStringLiteral("*.example.com; example.org"));
        QVERIFY(feedback->text().contains(QLatin1String("example.org matches exactly that name")));
        QVERIFY(problem->isHidden());
        retype(rule, QString());
        QVERIFY(feedback->text().contains(QLatin1String("fallback")));
    }

    void triedNamesSayWhichChallengeServesThem()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        const qint64 provider = addScriptProvider(*profile, QStringLiteral("Script"));
        QVERIFY(addChallenge(*profile, QStringLiteral("Everything else"), provider, {}) > 0);
        QVERIFY(addChallenge(*profile, QStringLiteral("The app"), provider, QStringLiteral("app.example.com")) > 0);
        Session session(*profile);
        QTRY_COMPARE(session.page()->model()->rowCount(), 2);
        QCOMPARE(session.page()->model()->index(0, ManagedChallengeTableModel::RuleColumn).data().toString(),
                 QStringLiteral("Every name no other challenge serves"));
        click(session.page(), QStringLiteral("addChallengeButton"));
        auto *dialog = session.window.findChild<ManagedChallengeDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("ruleEdit")), QStringLiteral("*.example.com"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("testNamesEdit")),
                         QStringLiteral("app.example.com, www.example.com; a.b.example.com bad..name"));
        const QStringList lines =
            dialog->findChild<QLabel *>(QStringLiteral("testNamesResult"))->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0),
                 QStringLiteral("app.example.com ✓, www.example.com ✓, a.b.example.com ✗, bad..name ✗"));
        // The exact rule of the older challenge is more specific than this wildcard.
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("app.example.com: “The app” serves it")),
                 qPrintable(lines.value(1)));
        QCOMPARE(lines.value(2), QStringLiteral("www.example.com: served by this challenge."));
        QCOMPARE(lines.value(3), QStringLiteral("a.b.example.com: “Everything else” serves it."));
        QVERIFY2(lines.value(4).startsWith(QLatin1String("bad..name: not a host name.")), qPrintable(lines.value(4)));
    }

    void editsAndRemovesAfterConfirmation()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        const qint64 provider = addScriptProvider(*profile, QStringLiteral("Script"));
        const qint64 id =
            addChallenge(*profile, QStringLiteral("Old title"), provider, QStringLiteral("*.example.com"));
        QVERIFY(id > 0);
        Session session(*profile);
        QTableView *table = session.page()->table();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(!session.page()->findChild<QPushButton *>(QStringLiteral("editChallengeButton"))->isEnabled());
        selectRow(table, 0);

        click(session.page(), QStringLiteral("editChallengeButton"));
        auto *dialog = session.window.findChild<ManagedChallengeDialog *>();
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("challengeTitleEdit"));
        QCOMPARE(title->text(), QStringLiteral("Old title"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("ruleEdit"))->text(), QStringLiteral("*.example.com"));
        retype(title, QStringLiteral("New title"));
        QPointer<ManagedChallengeDialog> closing(dialog);
        click(dialog, QStringLiteral("saveChallengeButton"));
        QTRY_VERIFY(!closing);
        QTRY_COMPARE(session.page()->model()->index(0, ManagedChallengeTableModel::TitleColumn).data().toString(),
                     QStringLiteral("New title"));
        QCOMPARE(ManagedChallengeRepository(profile->store(), Clock::system()).find(id)->title,
                 QStringLiteral("New title"));

        // Removing asks first; Cancel keeps it.
        selectRow(table, 0);
        click(session.page(), QStringLiteral("removeChallengeButton"));
        auto *confirm = session.window.findChild<QMessageBox *>(QStringLiteral("confirmRemoveChallenge"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QLatin1String("New title")));
        QTest::mouseClick(buttonWithRole(confirm, QMessageBox::RejectRole), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(ManagedChallengeRepository(profile->store(), Clock::system()).all()->size(), 1);

        // The provider it uses cannot go while it does.
        selectRow(session.page()->providerTable(), 0);
        click(session.page(), QStringLiteral("removeProviderButton"));
        auto *providerConfirm = session.window.findChild<QMessageBox *>(QStringLiteral("confirmRemoveProvider"));
        QVERIFY(providerConfirm);
        QTest::mouseClick(buttonWithRole(providerConfirm, QMessageBox::DestructiveRole), Qt::LeftButton);
        auto *problem = session.page()->findChild<QLabel *>(QStringLiteral("pageProblem"));
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("still in use")), qPrintable(problem->text()));
        QCOMPARE(session.page()->providerModel()->rowCount(), 1);

        selectRow(table, 0);
        click(session.page(), QStringLiteral("removeChallengeButton"));
        confirm = session.window.findChild<QMessageBox *>(QStringLiteral("confirmRemoveChallenge"));
        QVERIFY(confirm);
        QTest::mouseClick(buttonWithRole(confirm, QMessageBox::DestructiveRole), Qt::LeftButton);
        QTRY_COMPARE(session.page()->model()->rowCount(), 0);
        QCOMPARE(ManagedChallengeRepository(profile->store(), Clock::system()).all()->size(), 0);

        // Unused now, the provider goes.
        selectRow(session.page()->providerTable(), 0);
        click(session.page(), QStringLiteral("removeProviderButton"));
        providerConfirm = session.window.findChild<QMessageBox *>(QStringLiteral("confirmRemoveProvider"));
        QVERIFY(providerConfirm);
        QTest::mouseClick(buttonWithRole(providerConfirm, QMessageBox::DestructiveRole), Qt::LeftButton);
        QTRY_COMPARE(session.page()->providerModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestManagedChallengesPage)
#include "TestManagedChallengesPage.moc"
