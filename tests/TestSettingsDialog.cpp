#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/HttpReceiver.h"
#include "support/SmtpSink.h"

#include "app/Localization.h"
#include "core/Clock.h"
#include "core/Facade.h"
#include "core/LanguageSetting.h"
#include "core/Profile.h"
#include "core/dns/DnsSettings.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/notify/NotificationSettings.h"
#include "core/notify/Notifier.h"
#include "core/notify/WebhookJob.h"
#include "core/platform/StartAtLogin.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/providers/ProviderDialog.h"
#include "ui/providers/ProviderForm.h"
#include "ui/settings/DelegationZonePage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/tray/DesktopNotifier.h"
#include "ui/tray/TrayController.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The settings dialog driven like an administrator would: typing, clicking, Apply, OK, Cancel,
// then reading what landed where (the settings file, the database, the real keychain of the
// test's Secret Service session, the XDG autostart folder) and what the dialog shows when it
// is opened again. Tests against the lab's BIND (resolvers) and the test tree's SMTP sink.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    SmtpSink m_sink;
    int m_profiles = 0;

    // One profile, its facade (worker running) and a main window, like the application's.
    struct Session
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<Facade> facade;
        std::unique_ptr<MainWindow> window;

        explicit Session(const QString &dataDir)
        {
            Result<std::unique_ptr<Profile>> opened = Profile::open(dataDir);
            if (!opened) {
                return;
            }
            profile = std::move(opened).value();
            facade = std::make_unique<Facade>(*profile);
            window = std::make_unique<MainWindow>(*facade);
            facade->start();
        }

        ~Session()
        {
            window.reset();
            if (facade) {
                facade->shutdown();
            }
        }

        Q_DISABLE_COPY_MOVE(Session)

        bool ok() const { return window != nullptr; }

        // Through the Tools menu, as the administrator opens it; waits for every page's values.
        SettingsDialog *openSettings() const
        {
            auto *action = window->findChild<QAction *>(QStringLiteral("settingsAction"));
            if (!action) {
                return nullptr;
            }
            action->trigger();
            auto *dialog = window->findChild<SettingsDialog *>();
            // Active, so focus (and leaving a field with Tab) works as on a desktop.
            if (!dialog || !QTest::qWaitForWindowActive(dialog)
                || !QTest::qWaitFor(
                    [dialog] {
                        return dialog->isLoaded();
                    },
                    10000)) {
                return nullptr;
            }
            return dialog;
        }
    };

    QString newDataDir() { return m_home.filePath(QStringLiteral("profile-%1").arg(++m_profiles)); }

    template <typename T>
    static T *find(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    static void clickButton(SettingsDialog *dialog, const char *name)
    {
        auto *button = find<QPushButton>(dialog, name);
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static void setSpin(QSpinBox *spin, int value)
    {
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

    static void toggle(QAbstractButton *check)
    {
        QTest::mouseClick(check, Qt::LeftButton, Qt::NoModifier, QPoint(6, check->height() / 2));
    }

    // A checkable group box's title check box, by keyboard as a screen-reader user would.
    static void toggle(QGroupBox *group)
    {
        group->setFocus();
        QTest::keyClick(group, Qt::Key_Space);
    }

    // Closes the dialog with OK and waits until it has saved and gone.
    static bool okAndWait(SettingsDialog *dialog)
    {
        QPointer<SettingsDialog> open(dialog);
        QTest::mouseClick(find<QPushButton>(dialog, "settingsOkButton"), Qt::LeftButton);
        return QTest::qWaitFor(
            [&open] {
                return !open;
            },
            15000);
    }

    static bool applyAndWait(SettingsDialog *dialog)
    {
        QTest::mouseClick(find<QPushButton>(dialog, "settingsApplyButton"), Qt::LeftButton);
        return QTest::qWaitFor(
            [dialog] {
                return !dialog->isSaving();
            },
            15000);
    }

    static bool cancelAndWait(SettingsDialog *dialog)
    {
        QPointer<SettingsDialog> open(dialog);
        QTest::mouseClick(find<QPushButton>(dialog, "settingsCancelButton"), Qt::LeftButton);
        return QTest::qWaitFor(
            [&open] {
                return !open;
            },
            5000);
    }

    static QByteArray fileContents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Result<QByteArray> keychainValue(Facade &facade, const SecretRef &ref)
    {
        std::optional<Result<QByteArray>> value;
        facade.secrets()->fetch(ref, this, [&value](Result<QByteArray> fetched) {
            value = std::move(fetched);
        });
        if (!QTest::qWaitFor(
                [&value] {
                    return value.has_value();
                },
                10000)) {
            return Problem::make(
                Problem::Category::Timeout, QStringLiteral("test.timeout"), QStringLiteral("no answer"));
        }
        return *value;
    }

    qint64 addLabProvider(Profile &profile, const QString &title)
    {
        DnsProviderConfig config;
        config.title = title;
        config.kind = QStringLiteral("rfc2136");
        config.settings = {{QStringLiteral("server"), QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort())},
                           {QStringLiteral("keyName"), m_lab.tsigKeyName()},
                           {QStringLiteral("zone"), m_lab.delegationZone()}};
        const Result<qint64> id = DnsProviderRepository(profile.store(), Clock::system()).add(config, true);
        return id ? id.value() : 0;
    }

    // Fills the email section for the SMTP sink: STARTTLS with its certificate trusted.
    void fillEmail(SettingsDialog *dialog, quint16 port, const QString &password)
    {
        dialog->showPage(SettingsDialog::Notifications);
        auto *group = find<QGroupBox>(dialog, "emailGroup");
        if (!group->isChecked()) {
            group->setChecked(true);
        }
        replaceText(find<QLineEdit>(dialog, "smtpHostEdit"), QStringLiteral("127.0.0.1"));
        choose(find<QComboBox>(dialog, "smtpSecurityCombo"), QStringLiteral("starttls"));
        setSpin(find<QSpinBox>(dialog, "smtpPortSpin"), port);
        replaceText(find<QLineEdit>(dialog, "smtpUserEdit"), QString::fromLatin1(SmtpSink::User));
        if (!password.isEmpty()) {
            replaceText(find<QLineEdit>(dialog, "smtpPasswordEdit"), password);
        }
        replaceText(find<QLineEdit>(dialog, "smtpCaBundleEdit"), m_sink.certificatePath());
        replaceText(find<QLineEdit>(dialog, "emailFromEdit"), QStringLiteral("certdesk@example.test"));
        replaceText(find<QLineEdit>(dialog, "emailToEdit"), QStringLiteral("admin@example.test, oncall@example.test"));
    }

private Q_SLOTS:

    void initTestCase()
    {
        // The autostart entry and everything else per-user goes to a private home.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        LAB_VERIFY_OK(m_lab.start());
        const QString sinkError = m_sink.start();
        QVERIFY2(sinkError.isEmpty(), qPrintable(sinkError));
    }

    void opensFromTheToolsMenuWithThePreferencesShortcut()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        auto *action = session.window->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // A second trigger raises the same dialog instead of opening another.
        action->trigger();
        QCOMPARE(session.window->findChildren<SettingsDialog *>().size(), 1);
        // Nothing changed yet: nothing to apply.
        QVERIFY(!find<QPushButton>(dialog, "settingsApplyButton")->isEnabled());
        QVERIFY(cancelAndWait(dialog));
    }

    void generalSettingsAreSavedOnApplyAndFollowedByTheWindow()
    {
        const QString dataDir = newDataDir();
        Session session(dataDir);
        QVERIFY(session.ok());
        auto *keepRunningAction = session.window->findChild<QAction *>(QStringLiteral("keepRunningAction"));
        QVERIFY(keepRunningAction->isChecked());
        QVERIFY(session.window->trayController()->notifier()->isEnabled());

        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        auto *keepRunning = find<QCheckBox>(dialog, "keepRunningCheck");
        auto *notifications = find<QCheckBox>(dialog, "desktopNotificationsCheck");
        QVERIFY(keepRunning->isChecked());
        QVERIFY(notifications->isChecked());
        toggle(keepRunning);
        toggle(notifications);
        QVERIFY(!keepRunning->isChecked());
        QVERIFY(!notifications->isChecked());
        // Not saved until Apply: the File menu still shows the stored value.
        QVERIFY(keepRunningAction->isChecked());
        QVERIFY(find<QPushButton>(dialog, "settingsApplyButton")->isEnabled());
        QVERIFY(applyAndWait(dialog));
        QVERIFY(!keepRunningAction->isChecked());
        QVERIFY(!session.window->trayController()->notifier()->isEnabled());
        QVERIFY(!session.profile->settings().value(QStringLiteral("ui/keepRunningInTray")).toBool());
        QVERIFY(!find<QPushButton>(dialog, "settingsApplyButton")->isEnabled());
        QVERIFY(okAndWait(dialog));

        // The File menu writes the same key the dialog shows.
        keepRunningAction->setChecked(true);
        dialog = session.openSettings();
        QVERIFY(dialog);
        QVERIFY(find<QCheckBox>(dialog, "keepRunningCheck")->isChecked());
        QVERIFY(!find<QCheckBox>(dialog, "desktopNotificationsCheck")->isChecked());

        // Cancel forgets.
        toggle(find<QCheckBox>(dialog, "desktopNotificationsCheck"));
        QVERIFY(cancelAndWait(dialog));
        QVERIFY(!session.profile->settings().value(QStringLiteral("ui/desktopNotifications")).toBool());
        QVERIFY(!session.window->trayController()->notifier()->isEnabled());
    }

    void startAtLoginWritesAndRemovesTheAutostartEntry()
    {
        const StartAtLogin login(QCoreApplication::applicationFilePath());
        const QString entry = m_home.filePath(QStringLiteral("config/autostart/org.certdesk.CertDesk.desktop"));
        QCOMPARE(login.location(), entry);
        QVERIFY(!QFile::exists(entry));
        Session session(newDataDir());
        QVERIFY(session.ok());

        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        auto *check = find<QCheckBox>(dialog, "startAtLoginCheck");
        QVERIFY(!check->isChecked()); // off by default
        toggle(check);
        QVERIFY(!QFile::exists(entry)); // nothing before OK
        QVERIFY(okAndWait(dialog));
        QVERIFY(QFile::exists(entry));
        const QByteArray content = fileContents(entry);
        QVERIFY(content.contains(
            QByteArray("Exec=\"" + QCoreApplication::applicationFilePath().toUtf8() + "\" --minimized")));

        // The checkbox shows the file on disk, whoever removed it.
        QVERIFY(QFile::remove(entry));
        dialog = session.openSettings();
        QVERIFY(dialog);
        QVERIFY(!find<QCheckBox>(dialog, "startAtLoginCheck")->isChecked());
        QVERIFY(cancelAndWait(dialog));
        QVERIFY(StartAtLogin(QCoreApplication::applicationFilePath()).setEnabled(true).ok());
        dialog = session.openSettings();
        QVERIFY(dialog);
        check = find<QCheckBox>(dialog, "startAtLoginCheck");
        QVERIFY(check->isChecked());
        toggle(check);
        QVERIFY(applyAndWait(dialog));
        QVERIFY(!QFile::exists(entry));
        QVERIFY(cancelAndWait(dialog));
    }

    void dnsSettingsArePersisted()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        dialog->showPage(SettingsDialog::DnsChecks);
        auto *list = find<QListWidget>(dialog, "resolverList");
        list->selectAll();
        if (list->count() > 0) {
            clickButton(dialog, "removeResolverButton");
        }
        QCOMPARE(list->count(), 0);
        auto *edit = find<QLineEdit>(dialog, "resolverEdit");
        QTest::keyClicks(edit, QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()));
        clickButton(dialog, "addResolverButton");
        QTest::keyClicks(edit, QStringLiteral("::1"));
        QTest::keyClick(edit, Qt::Key_Return);
        // Typed but not added: OK takes it too.
        QTest::keyClicks(edit, QStringLiteral("[2001:db8::53]:5353"));
        setSpin(find<QSpinBox>(dialog, "authoritativePortSpin"), 5300);
        setSpin(find<QSpinBox>(dialog, "confirmTimeoutSpin"), 90);
        setSpin(find<QSpinBox>(dialog, "watchIntervalSpin"), 30);
        QVERIFY(okAndWait(dialog));

        const Result<DnsSettings> stored = DnsSettings::load(session.profile->store());
        QVERIFY(stored.ok());
        QStringList resolvers;
        for (const DnsServer &server : stored->resolvers) {
            resolvers << server.toString();
        }
        QCOMPARE(resolvers,
                 (QStringList{QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()),
                              QStringLiteral("[::1]:53"),
                              QStringLiteral("[2001:db8::53]:5353")}));
        QCOMPARE(stored->authoritativePort, quint16(5300));
        QCOMPARE(qint64(stored->confirmTimeout.count()), qint64(90));
        QCOMPARE(qint64(stored->watchInterval.count()), qint64(30 * 60));

        dialog = session.openSettings();
        QVERIFY(dialog);
        list = find<QListWidget>(dialog, "resolverList");
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(1)->text(), QStringLiteral("[::1]:53"));
        QCOMPARE(find<QSpinBox>(dialog, "authoritativePortSpin")->value(), 5300);
        QVERIFY(cancelAndWait(dialog));
    }

    void anInvalidResolverBlocksSaving()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        const Result<DnsSettings> before = DnsSettings::load(session.profile->store());
        QVERIFY(before.ok());
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        // A change on another page, which must not be saved either.
        toggle(find<QCheckBox>(dialog, "desktopNotificationsCheck"));
        dialog->showPage(SettingsDialog::DnsChecks);
        setSpin(find<QSpinBox>(dialog, "authoritativePortSpin"), 5353);
        auto *edit = find<QLineEdit>(dialog, "resolverEdit");
        QTest::keyClicks(edit, QStringLiteral("300.1.2.3"));
        clickButton(dialog, "addResolverButton");
        auto *message = find<QLabel>(dialog, "resolverMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("300.1.2.3")), qPrintable(message->text()));

        dialog->showPage(SettingsDialog::General);
        QTest::mouseClick(find<QPushButton>(dialog, "settingsOkButton"), Qt::LeftButton);
        QTest::qWait(200);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), SettingsDialog::DnsChecks);
        QVERIFY(message->isVisible());
        QVERIFY(find<QLabel>(dialog, "settingsProblem")->isVisible());
        QVERIFY(edit->hasFocus());
        const Result<DnsSettings> after = DnsSettings::load(session.profile->store());
        QVERIFY(after.ok());
        QCOMPARE(after->authoritativePort, before->authoritativePort);
        QVERIFY(session.profile->settings().value(QStringLiteral("ui/desktopNotifications"), true).toBool());

        // An empty list is refused as well.
        edit->clear();
        auto *list = find<QListWidget>(dialog, "resolverList");
        list->selectAll();
        if (list->count() > 0) {
            clickButton(dialog, "removeResolverButton");
        }
        QTest::mouseClick(find<QPushButton>(dialog, "settingsApplyButton"), Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(DnsSettings::load(session.profile->store())->resolvers, before->resolvers);
        QVERIFY(cancelAndWait(dialog));
    }

    void testResolversAsksEachResolverOnTheWorker()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        // The test asks for the delegation zone being edited: the lab's BIND serves it.
        dialog->showPage(SettingsDialog::Delegation);
        QTest::keyClicks(find<QLineEdit>(dialog, "zoneEdit"), m_lab.delegationZone());
        dialog->showPage(SettingsDialog::DnsChecks);
        auto *list = find<QListWidget>(dialog, "resolverList");
        list->selectAll();
        if (list->count() > 0) {
            clickButton(dialog, "removeResolverButton");
        }
        QTcpServer closed; // a port nothing answers DNS on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString good = QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort());
        const QString bad = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        auto *edit = find<QLineEdit>(dialog, "resolverEdit");
        QTest::keyClicks(edit, good);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, bad);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(list->count(), 2);

        clickButton(dialog, "testResolversButton");
        auto *result = find<QLabel>(dialog, "resolverTestResult");
        auto *button = find<QPushButton>(dialog, "testResolversButton");
        QVERIFY(!button->isEnabled()); // running
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        const QString text = result->text();
        QVERIFY2(text.contains(QStringLiteral("✓ %1 answered").arg(good)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✗ %1").arg(bad)), qPrintable(text));
        // A test is not a save.
        QVERIFY(cancelAndWait(dialog));
        QVERIFY(!DnsSettings::load(session.profile->store())->resolvers.contains(DnsServer::parse(good).value()));
    }

    void delegationZoneIsSavedWithAnExistingProvider()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        const qint64 first = addLabProvider(*session.profile, QStringLiteral("Lab BIND"));
        const qint64 second = addLabProvider(*session.profile, QStringLiteral("Second BIND"));
        QVERIFY(first > 0 && second > 0);
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        dialog->showPage(SettingsDialog::Delegation);
        QVERIFY(find<QLabel>(dialog, "delegationExplanation")->text().contains(QStringLiteral("_acme-challenge")));
        auto *zone = find<QLineEdit>(dialog, "zoneEdit");
        auto *providers = find<QComboBox>(dialog, "providerCombo");
        QCOMPARE(providers->count(), 2);
        QCOMPARE(providers->currentIndex(), -1);
        // Punycode typed is shown in Unicode once the field is left.
        QTest::mouseClick(zone, Qt::LeftButton);
        QVERIFY(zone->hasFocus());
        QTest::keyClicks(zone, QStringLiteral("ACME.xn--bcher-kva.test."));
        QTest::keyClick(zone, Qt::Key_Tab);
        QVERIFY(!zone->hasFocus());
        QCOMPARE(zone->text(), QStringLiteral("acme.bücher.test"));
        choose(providers, second);
        QVERIFY(applyAndWait(dialog));
        QVERIFY(!find<QLabel>(dialog, "settingsProblem")->isVisible());
        Result<std::optional<DelegationZone>> stored =
            DelegationZoneRepository(session.profile->store(), Clock::system()).current();
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->zone.ace(), QStringLiteral("acme.xn--bcher-kva.test"));
        QCOMPARE(stored.value()->providerId, second);
        QVERIFY(okAndWait(dialog));

        dialog = session.openSettings();
        QVERIFY(dialog);
        QCOMPARE(find<QLineEdit>(dialog, "zoneEdit")->text(), QStringLiteral("acme.bücher.test"));
        QCOMPARE(find<QComboBox>(dialog, "providerCombo")->currentData().toLongLong(), second);
        // Emptying the field removes the zone.
        dialog->showPage(SettingsDialog::Delegation);
        replaceText(find<QLineEdit>(dialog, "zoneEdit"), QString());
        QVERIFY(okAndWait(dialog));
        stored = DelegationZoneRepository(session.profile->store(), Clock::system()).current();
        QVERIFY(stored.ok());
        QVERIFY(!stored.value());
    }

    void anInvalidZoneBlocksSaving()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        const qint64 provider = addLabProvider(*session.profile, QStringLiteral("Lab BIND"));
        QVERIFY(provider > 0);
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        dialog->showPage(SettingsDialog::Delegation);
        auto *zone = find<QLineEdit>(dialog, "zoneEdit");
        auto *zoneMessage = find<QLabel>(dialog, "zoneMessage");
        auto *providerMessage = find<QLabel>(dialog, "providerMessage");
        auto *providers = find<QComboBox>(dialog, "providerCombo");
        choose(providers, provider);

        for (const QString &wrong :
             {QStringLiteral("*.example.test"), QStringLiteral("test"), QStringLiteral("a..b")}) {
            replaceText(zone, wrong);
            QTest::mouseClick(find<QPushButton>(dialog, "settingsApplyButton"), Qt::LeftButton);
            QVERIFY2(zoneMessage->isVisible(), qPrintable(wrong));
            QVERIFY(!zoneMessage->text().isEmpty());
            QVERIFY(zone->hasFocus());
        }
        // A valid zone still needs its provider.
        replaceText(zone, m_lab.delegationZone());
        providers->setCurrentIndex(-1);
        QTest::mouseClick(find<QPushButton>(dialog, "settingsApplyButton"), Qt::LeftButton);
        QVERIFY(!zoneMessage->isVisible());
        QVERIFY(providerMessage->isVisible());
        QVERIFY(find<QLabel>(dialog, "settingsProblem")->isVisible());
        const Result<std::optional<DelegationZone>> stored =
            DelegationZoneRepository(session.profile->store(), Clock::system()).current();
        QVERIFY(stored.ok());
        QVERIFY(!stored.value());
        QVERIFY(cancelAndWait(dialog));
    }

    void newProviderIsCreatedHereAndSelected()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        dialog->showPage(SettingsDialog::Delegation);
        // With no provider at all, the combo says so and points at the button.
        auto *providers = find<QComboBox>(dialog, "providerCombo");
        QVERIFY(!providers->isEnabled());
        auto *hint = find<QLabel>(dialog, "providerHint");
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("New Provider")), qPrintable(hint->text()));
        replaceText(find<QLineEdit>(dialog, "zoneEdit"), m_lab.delegationZone());

        auto *button = find<QPushButton>(dialog, "newProviderButton");
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *providerDialog = dialog->findChild<ProviderDialog *>(QStringLiteral("providerDialog"));
        QVERIFY(providerDialog);
        QTRY_VERIFY(providerDialog->isVisible());
        ProviderForm *form = providerDialog->form();
        // The zone being set up is the provider's zone to start with.
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("field_zone"))->text(), m_lab.delegationZone());
        form->findChild<QComboBox *>(QStringLiteral("kindCombo"))
            ->setCurrentIndex(
                form->findChild<QComboBox *>(QStringLiteral("kindCombo"))->findData(QStringLiteral("rfc2136")));
        replaceText(form->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Delegation BIND"));
        replaceText(form->findChild<QLineEdit *>(QStringLiteral("field_server")),
                    QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()));
        replaceText(form->findChild<QLineEdit *>(QStringLiteral("field_keyName")), m_lab.tsigKeyName());
        replaceText(form->findChild<QLineEdit *>(QStringLiteral("field_secret")),
                    QString::fromLatin1(m_lab.tsigSecret()));
        qint64 id = 0;
        connect(providerDialog, &ProviderDialog::providerSaved, this, [&id](const DnsProviderConfig &provider) {
            id = provider.id;
        });
        QTest::mouseClick(providerDialog->findChild<QPushButton *>(QStringLiteral("saveProviderButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(id > 0);

        // Back on the page: the new provider is listed and chosen, so OK sets the zone up.
        QTRY_COMPARE(providers->currentData().toLongLong(), id);
        QVERIFY(providers->isEnabled());
        QVERIFY(okAndWait(dialog));
        const Result<std::optional<DelegationZone>> stored =
            DelegationZoneRepository(session.profile->store(), Clock::system()).current();
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->providerId, id);
    }

    void theSmtpPasswordGoesToTheKeychainOnly()
    {
        const QString password = QStringLiteral("correct horse battery");
        QCOMPARE(password, QString::fromLatin1(SmtpSink::Password));
        const QString dataDir = newDataDir();
        Session session(dataDir);
        QVERIFY(session.ok());
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        fillEmail(dialog, m_sink.port(), password);
        QVERIFY(okAndWait(dialog));

        const Result<QByteArray> stored = keychainValue(*session.facade, Notifier::smtpPasswordRef());
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.problem().message()));
        QCOMPARE(stored.value(), password.toUtf8());
        // Neither the settings file nor the database (nor anything else in the data folder).
        session.profile->settings().sync();
        const NotificationSettings settings = NotificationSettings::load(session.profile->settings());
        QCOMPARE(settings.email.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(settings.email.port, m_sink.port());
        QCOMPARE(settings.email.username, QString::fromLatin1(SmtpSink::User));
        QCOMPARE(settings.email.to,
                 (QStringList{QStringLiteral("admin@example.test"), QStringLiteral("oncall@example.test")}));
        QVERIFY(!fileContents(session.profile->settingsPath()).isEmpty());
        const QDir folder(dataDir);
        for (const QString &name : folder.entryList(QDir::Files)) {
            const QByteArray content = fileContents(folder.filePath(name));
            QVERIFY2(!content.contains(password.toUtf8()), qPrintable(name));
            QVERIFY2(!content.contains(password.toUtf8().toBase64()), qPrintable(name));
        }

        // Opened again, the field is empty and says where the password is; sending a test uses it.
        dialog = session.openSettings();
        QVERIFY(dialog);
        dialog->showPage(SettingsDialog::Notifications);
        auto *passwordEdit = find<QLineEdit>(dialog, "smtpPasswordEdit");
        QVERIFY(passwordEdit->text().isEmpty());
        QVERIFY(passwordEdit->placeholderText().contains(QStringLiteral("keychain")));
        const qsizetype before = m_sink.messages().size();
        clickButton(dialog, "sendTestEmailButton");
        auto *result = find<QLabel>(dialog, "testEmailResult");
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(dialog, "sendTestEmailButton")->isEnabled(), 30000);
        QVERIFY2(result->text().contains(QStringLiteral("accepted")), qPrintable(result->text()));
        QCOMPARE(m_sink.messages().size(), before + 1);

        // Email turned off: the password leaves the keychain too.
        toggle(find<QGroupBox>(dialog, "emailGroup"));
        QVERIFY(!find<QGroupBox>(dialog, "emailGroup")->isChecked());
        QVERIFY(okAndWait(dialog));
        QVERIFY(!NotificationSettings::load(session.profile->settings()).emailEnabled());
        const Result<QByteArray> gone = keychainValue(*session.facade, Notifier::smtpPasswordRef());
        QVERIFY(!gone.ok());
        QCOMPARE(gone.problem().code, QStringLiteral("keychain.not-found"));
    }

    void sendTestEmailShowsSuccessAndAClearFailure()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        fillEmail(dialog, m_sink.port(), QString::fromLatin1(SmtpSink::Password));
        const qsizetype before = m_sink.messages().size();
        auto *button = find<QPushButton>(dialog, "sendTestEmailButton");
        auto *result = find<QLabel>(dialog, "testEmailResult");
        clickButton(dialog, "sendTestEmailButton");
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QVERIFY2(result->text().contains(QStringLiteral("✓")), qPrintable(result->text()));
        const QStringList mail = m_sink.messages();
        QCOMPARE(mail.size(), before + 1);
        QVERIFY(mail.last().contains(QStringLiteral("Subject: CertDesk: test message")));
        QVERIFY(mail.last().contains(QStringLiteral("X-Authenticated: True")));

        // A port where no mail server listens: said plainly, with the server it tried.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        setSpin(find<QSpinBox>(dialog, "smtpPortSpin"), closedPort);
        clickButton(dialog, "sendTestEmailButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 40000);
        QVERIFY2(result->text().contains(QStringLiteral("could not be sent")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("✓")));

        // A wrong password: the server's refusal, not a generic error.
        setSpin(find<QSpinBox>(dialog, "smtpPortSpin"), m_sink.port());
        replaceText(find<QLineEdit>(dialog, "smtpPasswordEdit"), QStringLiteral("wrong"));
        clickButton(dialog, "sendTestEmailButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QVERIFY2(result->text().contains(QStringLiteral("user name or password")), qPrintable(result->text()));

        // Tests save nothing.
        QVERIFY(cancelAndWait(dialog));
        QVERIFY(!NotificationSettings::load(session.profile->settings()).emailEnabled());
    }

    void unencryptedMailOnlyGoesToThisComputer()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        fillEmail(dialog, m_sink.port(), QStringLiteral("secret"));
        replaceText(find<QLineEdit>(dialog, "smtpHostEdit"), QStringLiteral("mail.example.test"));
        choose(find<QComboBox>(dialog, "smtpSecurityCombo"), QStringLiteral("none"));
        QTest::mouseClick(find<QPushButton>(dialog, "settingsApplyButton"), Qt::LeftButton);
        auto *message = find<QLabel>(dialog, "smtpSecurityMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("mail.example.test")), qPrintable(message->text()));
        // On this computer, but with a password: still refused.
        replaceText(find<QLineEdit>(dialog, "smtpHostEdit"), QStringLiteral("localhost"));
        QTest::mouseClick(find<QPushButton>(dialog, "settingsApplyButton"), Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("password")));
        // Bad addresses are named.
        replaceText(find<QLineEdit>(dialog, "emailToEdit"), QStringLiteral("admin@example.test, not-an-address"));
        QTest::mouseClick(find<QPushButton>(dialog, "settingsApplyButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>(dialog, "emailToMessage")->text().contains(QStringLiteral("not-an-address")));
        QVERIFY(!NotificationSettings::load(session.profile->settings()).emailEnabled());
        QVERIFY(cancelAndWait(dialog));
    }

    void webhookSecretIsKeptInTheKeychainAndSignsTheTest()
    {
        HttpReceiver receiver;
        const QByteArray secret = "webhook signing secret";
        const QString dataDir = newDataDir();
        Session session(dataDir);
        QVERIFY(session.ok());
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        dialog->showPage(SettingsDialog::Notifications);
        toggle(find<QGroupBox>(dialog, "webhookGroup"));
        QVERIFY(find<QGroupBox>(dialog, "webhookGroup")->isChecked());
        auto *url = find<QLineEdit>(dialog, "webhookUrlEdit");
        // Plain HTTP beyond this computer is refused on the field.
        QTest::keyClicks(url, QStringLiteral("http://hooks.example.test/certdesk"));
        QTest::mouseClick(find<QPushButton>(dialog, "settingsApplyButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>(dialog, "webhookUrlMessage")->isVisible());
        QVERIFY(find<QLabel>(dialog, "webhookUrlMessage")->text().contains(QStringLiteral("HTTPS")));

        replaceText(url, QStringLiteral("http://127.0.0.1:%1/certdesk").arg(receiver.port()));
        toggle(find<QCheckBox>(dialog, "webhookSignCheck"));
        QTest::mouseClick(find<QPushButton>(dialog, "settingsApplyButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>(dialog, "webhookSecretMessage")->isVisible()); // signing needs a secret
        QTest::keyClicks(find<QLineEdit>(dialog, "webhookSecretEdit"), QString::fromLatin1(secret));
        QVERIFY(okAndWait(dialog));
        QCOMPARE(keychainValue(*session.facade, Notifier::webhookSecretRef()).value(), secret);
        const NotificationSettings settings = NotificationSettings::load(session.profile->settings());
        QVERIFY(settings.webhookSigned);
        QCOMPARE(settings.webhookUrl.port(), int(receiver.port()));
        session.profile->settings().sync();
        const QDir folder(dataDir);
        for (const QString &name : folder.entryList(QDir::Files)) {
            QVERIFY2(!fileContents(folder.filePath(name)).contains(secret), qPrintable(name));
        }

        // The test uses the stored secret: the receiver can verify the signature.
        dialog = session.openSettings();
        QVERIFY(dialog);
        dialog->showPage(SettingsDialog::Notifications);
        clickButton(dialog, "sendTestWebhookButton");
        auto *button = find<QPushButton>(dialog, "sendTestWebhookButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        auto *result = find<QLabel>(dialog, "testWebhookResult");
        QVERIFY2(result->text().contains(QStringLiteral("✓")), qPrintable(result->text()));
        QCOMPARE(receiver.requests().size(), 1);
        const QByteArray request = receiver.requests().first();
        const QByteArray body = HttpReceiver::body(request);
        QVERIFY(body.contains("\"event\":\"test\""));
        QVERIFY(request.contains(QByteArray("X-CertDesk-Signature: " + WebhookJob::signature(secret, body))));
        QVERIFY(cancelAndWait(dialog));
    }

    void eventChoicesArePersisted()
    {
        Session session(newDataDir());
        QVERIFY(session.ok());
        SettingsDialog *dialog = session.openSettings();
        QVERIFY(dialog);
        dialog->showPage(SettingsDialog::Notifications);
        auto *renewal = find<QCheckBox>(dialog, "onRenewalFailedCheck");
        auto *expiring = find<QCheckBox>(dialog, "onExpiringSoonCheck");
        auto *days = find<QSpinBox>(dialog, "expiryDaysSpin");
        auto *dns = find<QCheckBox>(dialog, "onDnsRecordBrokenCheck");
        QVERIFY(renewal->isChecked() && expiring->isChecked() && dns->isChecked());
        QCOMPARE(days->value(), 7);
        toggle(renewal);
        setSpin(days, 12);
        QVERIFY(okAndWait(dialog));
        const NotificationSettings stored = NotificationSettings::load(session.profile->settings());
        QVERIFY(!stored.onRenewalFailed);
        QVERIFY(stored.onExpiringSoon);
        QCOMPARE(stored.expiryWarningDays, 12);
        QVERIFY(stored.onDnsRecordBroken);
        QVERIFY(!stored.wants(Notification::Kind::RenewalFailed));

        dialog = session.openSettings();
        QVERIFY(dialog);
        QVERIFY(!find<QCheckBox>(dialog, "onRenewalFailedCheck")->isChecked());
        QCOMPARE(find<QSpinBox>(dialog, "expiryDaysSpin")->value(), 12);
        toggle(find<QCheckBox>(dialog, "onExpiringSoonCheck"));
        QVERIFY(!find<QSpinBox>(dialog, "expiryDaysSpin")->isEnabled());
        QVERIFY(cancelAndWait(dialog));
        QVERIFY(NotificationSettings::load(session.profile->settings()).onExpiringSoon);
    }

    void theChosenLanguageIsInstalledByLocalization()
    {
        const QString dataDir = newDataDir();
        {
            Session session(dataDir);
            QVERIFY(session.ok());
            SettingsDialog *dialog = session.openSettings();
            QVERIFY(dialog);
            auto *language = find<QComboBox>(dialog, "languageCombo");
            QCOMPARE(language->currentData().toString(), QString()); // the system's, by default
            QVERIFY(!find<QLabel>(dialog, "languageNote")->isVisible());
            language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
            QVERIFY(find<QLabel>(dialog, "languageNote")->isVisible()); // "after a restart"
            QVERIFY(okAndWait(dialog));
        }
        // What app/main.cpp does before the profile is opened.
        QCOMPARE(LanguageSetting::readFromDataDir(dataDir), QStringLiteral("de"));
        const QLocale before;
        const QStringList installed =
            installTranslations(*QCoreApplication::instance(), LanguageSetting::readFromDataDir(dataDir));
        QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
        QVERIFY2(installed.contains(QStringLiteral(":/i18n/certdesk_de.qm")), qPrintable(installed.join(u',')));
        const QList<QTranslator *> translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        QVERIFY(std::any_of(translators.cbegin(), translators.cend(), [](const QTranslator *translator) {
            return translator->language().startsWith(QStringLiteral("de"));
        }));
        // Leave the process as it was for whatever runs after.
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(before);

        // A profile that does not exist yet follows the system, and reading creates nothing.
        const QString missing = m_home.filePath(QStringLiteral("no-such-profile"));
        QCOMPARE(LanguageSetting::readFromDataDir(missing), QString());
        QVERIFY(!QFileInfo::exists(missing));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
