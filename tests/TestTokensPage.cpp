#include "core/Clock.h"
#include "core/Facade.h"
#include "core/Profile.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/hub/ApiTokenStore.h"
#include "core/hub/ClientSnippets.h"
#include "core/hub/HubSettings.h"
#include "core/providers/DnsProviderRepository.h"
#include "ui/MainWindow.h"
#include "ui/tokens/ApiTokenTableModel.h"
#include "ui/tokens/ApiTokensPage.h"
#include "ui/tokens/TokenDialog.h"
#include "ui/tokens/TokenSecretDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

// API tokens in the real main window, with the token key in a private Secret Service session:
// a token created through the dialog, its secret shown once (and working), gone from every
// widget and model once that window closes, and revoked after a confirmation.
class TestTokensPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    qint64 m_challengeId = 0;

    // Every text any widget of the application shows or holds, models included.
    static QStringList everyText()
    {
        QStringList texts;
        QSet<const QAbstractItemModel *> models;
        for (QWidget *widget : QApplication::allWidgets()) {
            texts << widget->windowTitle() << widget->toolTip() << widget->accessibleName()
                  << widget->accessibleDescription();
            if (auto *line = qobject_cast<QLineEdit *>(widget)) {
                texts << line->text() << line->placeholderText();
            } else if (auto *label = qobject_cast<QLabel *>(widget)) {
                texts << label->text();
            } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
                texts << plain->toPlainText();
            } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
                texts << rich->toPlainText();
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                texts << button->text();
            } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                for (int i = 0; i < combo->count(); ++i) {
                    texts << combo->itemText(i) << combo->itemData(i).toString();
                }
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                models.insert(view->model());
            }
        }
        for (const QAbstractItemModel *model : std::as_const(models)) {
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    for (int role = 0; role <= Qt::UserRole + 16; ++role) {
                        texts << index.data(role).toString();
                    }
                }
            }
        }
        return texts;
    }

    static bool anyTextContains(const QString &needle)
    {
        const QStringList texts = everyText();
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            return text.contains(needle);
        });
    }

    static void click(QWidget *parent, const QString &name)
    {
        auto *button = parent->findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
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

    struct Session
    {
        explicit Session(Profile &profile)
            : facade(profile)
            , window(facade)
            , tester(window.tokensPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
            window.show();
            facade.start();
            window.showSection(MainWindow::TokensSection);
        }

        ApiTokensPage *page() const { return window.tokensPage(); }

        Facade facade;
        MainWindow window;
        QAbstractItemModelTester tester;
    };

    TokenDialog *openTokenDialog(Session &session)
    {
        click(session.page(), QStringLiteral("newTokenButton"));
        TokenDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = session.window.findChild<TokenDialog *>();
                return dialog != nullptr;
            },
            10000);
        return dialog;
    }

private Q_SLOTS:

    void initTestCase()
    {
        Result<std::unique_ptr<Profile>> profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(profile.ok());
        m_profile = std::move(profile).value();
        DnsProviderConfig provider;
        provider.title = QStringLiteral("Script");
        provider.kind = QStringLiteral("script");
        provider.settings = {{QStringLiteral("program"), QStringLiteral("/bin/true")}};
        const Result<qint64> providerId =
            DnsProviderRepository(m_profile->store(), Clock::system()).add(provider, false);
        QVERIFY(providerId.ok());
        ManagedChallenge challenge;
        challenge.title = QStringLiteral("Build machines");
        challenge.providerId = providerId.value();
        challenge.matchRule = DomainMatchRule(QStringLiteral("*.build.example.test"));
        const Result<qint64> id = ManagedChallengeRepository(m_profile->store(), Clock::system()).add(challenge);
        QVERIFY(id.ok());
        m_challengeId = id.value();
    }

    void aTokenWithoutScopeIsRefusedWithTheReason()
    {
        Session session(*m_profile);
        TokenDialog *dialog = openTokenDialog(session);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("consumerEdit")), QStringLiteral("nowhere-01"));
        click(dialog, QStringLiteral("createTokenButton"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("createProblem"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
        QVERIFY2(problem->text().contains(QLatin1String("needs a scope")), qPrintable(problem->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(session.page()->model()->rowCount(), 0);
    }

    void showsTheSecretOnceAndForgetsItWhenClosed()
    {
        Session session(*m_profile);
        TokenDialog *dialog = openTokenDialog(session);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("consumerEdit")), QStringLiteral("build-01"));
        auto *challenges = dialog->findChild<QListWidget *>(QStringLiteral("challengeList"));
        QCOMPARE(challenges->count(), 1);
        QCOMPARE(challenges->item(0)->text(), QStringLiteral("Build machines"));
        challenges->setFocus();
        challenges->setCurrentRow(0);
        QTest::keyClick(challenges, Qt::Key_Space); // checks it, as a person would
        QCOMPARE(challenges->item(0)->checkState(), Qt::Checked);
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("expiresCheck")),
                          Qt::LeftButton,
                          Qt::NoModifier,
                          QPoint(6, 6));
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("expiryDateEdit"))->isEnabled());
        click(dialog, QStringLiteral("createTokenButton"));

        TokenSecretDialog *shown = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                shown = session.window.findChild<TokenSecretDialog *>();
                return shown != nullptr;
            },
            15000));
        const QString secret = shown->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
        const QString clientId = shown->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text();
        QCOMPARE(secret.size(), 43); // 256 bits, base64url
        QVERIFY(!clientId.isEmpty());

        // The secret shown is the token's: the hub's own check accepts it.
        ApiTokenStore store(m_profile->store(), session.facade.secrets(), Clock::system());
        QSignalSpy ready(&store, &ApiTokenStore::ready);
        store.loadKey();
        QVERIFY(ready.wait(10000));
        QVERIFY(store.authenticate(clientId, secret.toLatin1()).ok());

        // Ready-to-paste configuration, the secret filled in.
        auto *lego = shown->findChild<QPlainTextEdit *>(QStringLiteral("snippet_lego"));
        QTRY_VERIFY_WITH_TIMEOUT(!lego->toPlainText().isEmpty(), 10000);
        QVERIFY2(lego->toPlainText().contains(QStringLiteral("export HTTPREQ_USERNAME=\"%1\"").arg(clientId)),
                 qPrintable(lego->toPlainText()));
        QVERIFY(lego->toPlainText().contains(QStringLiteral("export HTTPREQ_PASSWORD=\"%1\"").arg(secret)));
        QVERIFY(!lego->toPlainText().contains(ClientSnippets::SecretPlaceholder));
        QVERIFY(shown->findChild<QPlainTextEdit *>(QStringLiteral("snippet_certify"))->toPlainText().contains(secret));
        QTest::keyClicks(shown->findChild<QLineEdit *>(QStringLiteral("snippetDomainEdit")),
                         QStringLiteral("ci.build.example.test"));
        QVERIFY(lego->toPlainText().contains(QLatin1String("--domains \"ci.build.example.test\"")));
        click(shown, QStringLiteral("copyClientIdButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), clientId);
        QVERIFY(anyTextContains(secret)); // the check below can see it where it is

        // Listed, with its scope and expiry, never its secret.
        ApiTokenTableModel *model = session.page()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        const int row = model->rowOf(clientId);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, ApiTokenTableModel::ConsumerColumn).data().toString(), QStringLiteral("build-01"));
        QCOMPARE(model->index(row, ApiTokenTableModel::ScopeColumn).data().toString(),
                 QStringLiteral("Build machines"));
        QCOMPARE(model->index(row, ApiTokenTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
        QVERIFY(model->index(row, ApiTokenTableModel::ExpiresColumn).data().toString() != QLatin1String("Never"));
        QCOMPARE(model->index(row, ApiTokenTableModel::LastUsedColumn).data().toString(), QStringLiteral("Never"));

        QPointer<TokenSecretDialog> closing(shown);
        click(shown, QStringLiteral("closeSecretButton"));
        QTRY_VERIFY(!closing);
        QVERIFY2(!anyTextContains(secret), "the secret is still shown or held somewhere");

        // Shown again for the token, the configuration has only the placeholder.
        session.page()->table()->selectRow(0);
        click(session.page(), QStringLiteral("clientSetupButton"));
        auto *setup = session.window.findChild<TokenSecretDialog *>();
        QVERIFY(setup);
        QVERIFY(!setup->findChild<QLineEdit *>(QStringLiteral("secretEdit")));
        auto *again = setup->findChild<QPlainTextEdit *>(QStringLiteral("snippet_lego"));
        QTRY_VERIFY_WITH_TIMEOUT(!again->toPlainText().isEmpty(), 10000);
        QVERIFY(again->toPlainText().contains(ClientSnippets::SecretPlaceholder));
        QVERIFY(!anyTextContains(secret));
        setup->close();
    }

    void theSecretDialogWipesTheSecretWhenItClosesEvenIfKept()
    {
        Session session(*m_profile);
        ApiToken token;
        token.clientId = QStringLiteral("00000000-0000-4000-8000-00000000000a");
        token.consumer = QStringLiteral("kept-window");
        const QString secret = QStringLiteral("c2VjcmV0LXRoYXQtbXVzdC1nby1hd2F5LWFmdGVyLWNsb3Npbmc");
        TokenSecretDialog dialog(session.facade, token, secret.toLatin1(), &session.window); // not deleted on close
        dialog.show();
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text(), secret);
        QVERIFY(anyTextContains(secret));
        dialog.close();
        QVERIFY(!anyTextContains(secret));
        for (QPlainTextEdit *snippet : dialog.findChildren<QPlainTextEdit *>()) {
            QVERIFY(snippet->toPlainText().isEmpty());
        }
        // Setup arriving after the close fills in placeholders, never the secret.
        QTest::qWait(300);
        QVERIFY(!anyTextContains(secret));
    }

    void clientSetupNamesThePortTheRunningHubGot()
    {
        HubSettings hub = HubSettings::fromProfile(*m_profile);
        hub.address = QHostAddress::LocalHost;
        hub.port = 0; // any free port: only the running hub knows which
        hub.write(m_profile->settings());
        Session session(*m_profile);
        QSignalSpy started(&session.facade, &Facade::hubStarted);
        session.facade.startHub();
        QVERIFY(started.wait(30000));
        const QUrl url = started.first().first().toUrl();
        QVERIFY(url.port() > 0);
        QTRY_VERIFY(session.page()->model()->rowCount() >= 1);
        session.page()->table()->selectRow(0);
        click(session.page(), QStringLiteral("clientSetupButton"));
        auto *setup = session.window.findChild<TokenSecretDialog *>();
        QVERIFY(setup);
        auto *lego = setup->findChild<QPlainTextEdit *>(QStringLiteral("snippet_lego"));
        QTRY_VERIFY_WITH_TIMEOUT(!lego->toPlainText().isEmpty(), 10000);
        QVERIFY2(lego->toPlainText().contains(
                     QStringLiteral("export HTTPREQ_ENDPOINT=\"%1\"").arg(url.toString(QUrl::StripTrailingSlash))),
                 qPrintable(lego->toPlainText()));
        setup->close();
        QSignalSpy stopped(&session.facade, &Facade::hubStopped);
        session.facade.stopHub();
        QVERIFY(stopped.wait(10000));
    }

    void revokesAfterConfirmation()
    {
        Session session(*m_profile);
        ApiTokenTableModel *model = session.page()->model();
        QTRY_VERIFY(model->rowCount() >= 1);
        QTableView *table = session.page()->table();
        table->selectRow(0);
        const int row = model->rowOf(table->model()->index(0, 0).data(ApiTokenTableModel::ClientIdRole).toString());
        QVERIFY(row >= 0);
        const QString selected = model->tokenAt(row).clientId;

        // Cancel keeps it working.
        click(session.page(), QStringLiteral("revokeTokenButton"));
        auto *confirm = session.window.findChild<QMessageBox *>(QStringLiteral("confirmRevokeToken"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(model->tokenAt(row).consumer));
        QTest::mouseClick(buttonWithRole(confirm, QMessageBox::RejectRole), Qt::LeftButton);
        QTest::qWait(100);
        QVERIFY(!ApiTokenStore(m_profile->store(), nullptr, Clock::system()).find(selected)->isRevoked());

        table->selectRow(0);
        click(session.page(), QStringLiteral("revokeTokenButton"));
        confirm = session.window.findChild<QMessageBox *>(QStringLiteral("confirmRevokeToken"));
        QVERIFY(confirm);
        QTest::mouseClick(buttonWithRole(confirm, QMessageBox::DestructiveRole), Qt::LeftButton);
        QTRY_VERIFY(model->index(model->rowOf(selected), ApiTokenTableModel::StatusColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("Revoked")));
        QVERIFY(ApiTokenStore(m_profile->store(), nullptr, Clock::system()).find(selected)->isRevoked());
        // A revoked token cannot be revoked again.
        table->selectRow(0);
        QVERIFY(!session.page()->findChild<QPushButton *>(QStringLiteral("revokeTokenButton"))->isEnabled());
    }
};

QTEST_MAIN(TestTokensPage)
#include "TestTokensPage.moc"
