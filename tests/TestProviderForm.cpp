#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/ProviderRun.h"

#include "core/Clock.h"
#include "core/Facade.h"
#include "core/Profile.h"
#include "core/providers/DnsProviderFactory.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"
#include "ui/providers/ProviderDialog.h"
#include "ui/providers/ProviderForm.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The DNS provider form as an administrator uses it: fields from each kind's schema, the
// schema's messages under the fields, the credential written to the real keychain (a private
// Secret Service session) and never to the database, and the connection test against the
// lab's BIND with the right and a wrong TSIG key.
class TestProviderForm final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_profiles = 0;
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};

    std::unique_ptr<Profile> newProfile()
    {
        Result<std::unique_ptr<Profile>> profile =
            Profile::open(m_dir.filePath(QStringLiteral("profile-%1").arg(++m_profiles)));
        return profile ? std::move(profile).value() : nullptr;
    }

    template <typename Editor>
    static Editor *field(QWidget *form, const QString &key)
    {
        return form->findChild<Editor *>(QStringLiteral("field_") + key);
    }

    static QLabel *error(QWidget *form, const QString &key)
    {
        return form->findChild<QLabel *>(QStringLiteral("error_") + key);
    }

    static void type(QWidget *form, const QString &key, const QString &text)
    {
        auto *edit = field<QLineEdit>(form, key);
        QVERIFY2(edit, qPrintable(key));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    // A valid base64 TSIG secret that is not the lab's.
    static QByteArray wrongSecret()
    {
        QByteArray random(32, Qt::Uninitialized);
        for (char &c : random) {
            c = char(QRandomGenerator::global()->bounded(256));
        }
        return random.toBase64();
    }

    void fillLabBind(ProviderForm *form, const QByteArray &secret)
    {
        form->findChild<QComboBox *>(QStringLiteral("kindCombo"))
            ->setCurrentIndex(
                form->findChild<QComboBox *>(QStringLiteral("kindCombo"))->findData(QStringLiteral("rfc2136")));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Lab BIND"));
        type(form, QStringLiteral("server"), QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()));
        type(form, QStringLiteral("keyName"), m_lab.tsigKeyName());
        type(form, QStringLiteral("zone"), m_lab.delegationZone());
        type(form, QStringLiteral("secret"), QString::fromLatin1(secret));
    }

    // Every file of the profile (database, its journal, settings), to search for a secret.
    static QByteArray profileBytes(const Profile &profile)
    {
        QByteArray all;
        const QDir dir(profile.dataDir());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                all += file.readAll();
            }
        }
        return all;
    }

    static Result<QByteArray> keychainEntry(SecretStore *secrets, qint64 providerId)
    {
        QObject context;
        return ProviderRun::wait<QByteArray>([&](std::function<void(Result<QByteArray>)> done) {
            secrets->fetch(DnsProviderRepository::secretRefFor(providerId), &context, std::move(done));
        });
    }

    static DnsProviderConfig saveThroughDialog(ProviderDialog *dialog)
    {
        QSignalSpy saved(dialog, &ProviderDialog::providerSaved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveProviderButton")), Qt::LeftButton);
        if (!saved.wait(15000)) {
            qWarning() << dialog->findChild<QLabel *>(QStringLiteral("saveProblem"))->text();
            return {};
        }
        return saved.first().first().value<DnsProviderConfig>();
    }

private Q_SLOTS:

    void initTestCase() { LAB_VERIFY_OK(m_lab.start()); }

    void everyKindShowsTheFieldsOfItsSchema()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Facade facade(*profile);
        ProviderForm form(facade);
        form.show();
        auto *kind = form.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        QCOMPARE(kind->count(), DnsProviderFactory::kinds().size());
        QStringList allKeys;
        for (const ProviderSchema &schema : DnsProviderFactory::schemas()) {
            for (const ProviderField &spec : schema.fields()) {
                allKeys << spec.key;
            }
        }
        for (const ProviderSchema &schema : DnsProviderFactory::schemas()) {
            kind->setCurrentIndex(kind->findData(schema.kind())); // as chosen from the list
            QCOMPARE(form.kind(), schema.kind());
            for (const ProviderField &spec : schema.fields()) {
                QWidget *editor = form.findChild<QWidget *>(QStringLiteral("field_") + spec.key);
                QVERIFY2(editor && editor->isVisible(), qPrintable(schema.kind() + QLatin1Char('/') + spec.key));
                QCOMPARE(editor->accessibleName(), spec.label);
                switch (spec.type) {
                case ProviderField::Type::Choice: {
                    auto *combo = qobject_cast<QComboBox *>(editor);
                    QVERIFY(combo);
                    for (const QString &choice : spec.choices) {
                        QVERIFY(combo->findText(choice) >= 0);
                    }
                    QCOMPARE(combo->currentText(), spec.defaultValue);
                    break;
                }
                case ProviderField::Type::Secret:
                    QVERIFY(qobject_cast<QLineEdit *>(editor));
                    QCOMPARE(qobject_cast<QLineEdit *>(editor)->echoMode(), QLineEdit::Password);
                    break;
                case ProviderField::Type::Text:
                case ProviderField::Type::Number:
                    QVERIFY(qobject_cast<QLineEdit *>(editor));
                    QCOMPARE(qobject_cast<QLineEdit *>(editor)->echoMode(), QLineEdit::Normal);
                    QCOMPARE(qobject_cast<QLineEdit *>(editor)->placeholderText(), spec.defaultValue);
                    break;
                }
            }
            // No editor of another kind's fields is left behind.
            for (const QString &key : allKeys) {
                if (!schema.field(key)) {
                    QVERIFY2(!form.findChild<QWidget *>(QStringLiteral("field_") + key),
                             qPrintable(schema.kind() + QLatin1Char('/') + key));
                }
            }
        }
    }

    void showsTheSchemasMessagesUnderTheFields()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Facade facade(*profile);
        ProviderForm form(facade);
        form.show();
        form.setKind(QStringLiteral("rfc2136"));
        type(&form, QStringLiteral("server"), QStringLiteral("not an address"));
        type(&form, QStringLiteral("ttl"), QStringLiteral("0"));
        type(&form, QStringLiteral("secret"), QStringLiteral("not base64 !"));
        QVERIFY(!form.validate());

        const ProviderSchema schema = DnsProviderFactory::schema(QStringLiteral("rfc2136")).value();
        // Each message is the schema's own, for that field.
        QVERIFY(error(&form, QStringLiteral("server"))->isVisible());
        QCOMPARE(error(&form, QStringLiteral("server"))->text(),
                 schema.field(QStringLiteral("server"))->validate(QStringLiteral("not an address")));
        QVERIFY(error(&form, QStringLiteral("keyName"))->isVisible());
        QCOMPARE(error(&form, QStringLiteral("keyName"))->text(), QStringLiteral("TSIG key name is required."));
        QCOMPARE(error(&form, QStringLiteral("ttl"))->text(),
                 QStringLiteral("TTL must be a whole number from 1 to 86400."));
        QCOMPARE(error(&form, QStringLiteral("secret"))->text(), QStringLiteral("The TSIG secret is not base64 text."));
        QVERIFY(error(&form, QStringLiteral("zone"))->isHidden()); // optional, and empty
        QVERIFY(error(&form, QStringLiteral("algorithm"))->isHidden());

        // Corrected as typed: each message goes as soon as its field is right.
        type(&form, QStringLiteral("server"), QStringLiteral("127.0.0.1:5353"));
        QVERIFY(error(&form, QStringLiteral("server"))->isHidden());
        QVERIFY(error(&form, QStringLiteral("ttl"))->isVisible());
        type(&form, QStringLiteral("ttl"), QStringLiteral("120"));
        type(&form, QStringLiteral("keyName"), QStringLiteral("certdesk-key"));
        type(&form, QStringLiteral("secret"), QString::fromLatin1(wrongSecret()));
        QVERIFY(form.validate());
        for (const QString &key : {QStringLiteral("server"), QStringLiteral("keyName"), QStringLiteral("ttl")}) {
            QVERIFY(error(&form, key)->isHidden());
        }
        const DnsProviderConfig config = form.provider();
        QCOMPARE(config.title, schema.title()); // no name typed: the kind's title
        QCOMPARE(config.settings.value(QStringLiteral("ttl")).toString(), QStringLiteral("120"));
        QVERIFY(!config.settings.contains(QStringLiteral("secret"))); // never among the settings

        // A test with settings the schema refuses is not sent anywhere: the form says why.
        type(&form, QStringLiteral("server"), QStringLiteral("nowhere"));
        QSignalSpy tested(&form, &ProviderForm::testFinished);
        QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        QCOMPARE(tested.size(), 1);
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY(form.findChild<QLabel *>(QStringLiteral("testResult"))->text().contains(QLatin1String("Correct")));
    }

    void theCredentialGoesToTheKeychainAndNeverToTheDatabase()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Facade facade(*profile);
        facade.start();
        const QByteArray secret = m_lab.tsigSecret();

        auto *dialog = new ProviderDialog(facade);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        fillLabBind(dialog->form(), secret);
        QPointer<ProviderDialog> closing(dialog);
        const DnsProviderConfig saved = saveThroughDialog(dialog);
        QVERIFY(saved.id > 0);
        QTRY_VERIFY(!closing);

        const Result<DnsProviderConfig> stored =
            DnsProviderRepository(profile->store(), Clock::system()).find(saved.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, QStringLiteral("Lab BIND"));
        QCOMPARE(stored->secretRef, DnsProviderRepository::secretRefFor(saved.id).toString());
        QVERIFY(!stored->settings.contains(QStringLiteral("secret")));
        const Result<QByteArray> inKeychain = keychainEntry(facade.secrets(), saved.id);
        QVERIFY(inKeychain.ok());
        QVERIFY(inKeychain.value() == secret);
        QVERIFY(!profileBytes(*profile).contains(secret));

        // Edited: the credential is not shown, and left empty it stays as it was.
        auto *edit = new ProviderDialog(facade, stored.value());
        edit->setAttribute(Qt::WA_DeleteOnClose);
        edit->show();
        auto *secretEdit = field<QLineEdit>(edit->form(), QStringLiteral("secret"));
        QVERIFY(secretEdit->text().isEmpty());
        QCOMPARE(secretEdit->placeholderText(), QStringLiteral("Stored in the keychain — leave empty to keep"));
        QVERIFY(!edit->form()->findChild<QComboBox *>(QStringLiteral("kindCombo"))->isEnabled());
        QCOMPARE(field<QLineEdit>(edit->form(), QStringLiteral("keyName"))->text(), m_lab.tsigKeyName());
        auto *title = edit->form()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->clear();
        QTest::keyClicks(title, QStringLiteral("Lab BIND (renamed)"));
        QVERIFY(edit->form()->validate());
        QCOMPARE(saveThroughDialog(edit).title, QStringLiteral("Lab BIND (renamed)"));
        QVERIFY(keychainEntry(facade.secrets(), saved.id).value() == secret);

        // A credential the server refuses, typed on edit: the test fails, nothing is saved.
        const QByteArray refused = wrongSecret();
        auto *wrong =
            new ProviderDialog(facade, DnsProviderRepository(profile->store(), Clock::system()).find(saved.id).value());
        wrong->setAttribute(Qt::WA_DeleteOnClose);
        wrong->show();
        type(wrong->form(), QStringLiteral("secret"), QString::fromLatin1(refused));
        QTest::mouseClick(wrong->findChild<QPushButton *>(QStringLiteral("saveProviderButton")), Qt::LeftButton);
        auto *problem = wrong->findChild<QLabel *>(QStringLiteral("saveProblem"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 15000);
        QVERIFY2(problem->text().contains(QLatin1String("Nothing was saved")), qPrintable(problem->text()));
        QVERIFY(wrong->isVisible());
        QVERIFY(keychainEntry(facade.secrets(), saved.id).value() == secret);
        wrong->close();

        // Another key the server knows replaces the stored one, again only in the keychain.
        const QString algorithm = m_lab.extraTsigAlgorithms().last();
        const QByteArray replacement = m_lab.extraTsigSecret(algorithm);
        auto *again =
            new ProviderDialog(facade, DnsProviderRepository(profile->store(), Clock::system()).find(saved.id).value());
        again->setAttribute(Qt::WA_DeleteOnClose);
        again->show();
        type(again->form(), QStringLiteral("keyName"), m_lab.extraTsigKeyName(algorithm));
        field<QComboBox>(again->form(), QStringLiteral("algorithm"))->setCurrentText(algorithm);
        type(again->form(), QStringLiteral("secret"), QString::fromLatin1(replacement));
        QVERIFY(saveThroughDialog(again).id == saved.id);
        QVERIFY(keychainEntry(facade.secrets(), saved.id).value() == replacement);
        QVERIFY(!profileBytes(*profile).contains(replacement));
        QVERIFY(!profileBytes(*profile).contains(secret));
        QVERIFY(!profileBytes(*profile).contains(refused));
    }

    void aNewProviderWithoutItsRequiredCredentialIsRefused()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Facade facade(*profile);
        facade.start();
        ProviderDialog dialog(facade);
        dialog.show();
        fillLabBind(dialog.form(), {});
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveProviderButton")), Qt::LeftButton);
        QVERIFY(error(dialog.form(), QStringLiteral("secret"))->isVisible());
        QCOMPARE(error(dialog.form(), QStringLiteral("secret"))->text(), QStringLiteral("TSIG secret is required."));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("saveProblem"))->isVisible());
        QVERIFY(dialog.isVisible());
        QTest::qWait(200);
        QCOMPARE(DnsProviderRepository(profile->store(), Clock::system()).all()->size(), 0);
    }

    void testsTheConnectionAgainstTheLabBind()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Facade facade(*profile);
        facade.start();
        ProviderDialog dialog(facade);
        dialog.show();
        ProviderForm *form = dialog.form();
        auto *result = form->findChild<QLabel *>(QStringLiteral("testResult"));
        auto *test = form->findChild<QPushButton *>(QStringLiteral("testConnectionButton"));

        // The wrong key: a clear failure, shown where the button is.
        fillLabBind(form, wrongSecret());
        QSignalSpy tested(form, &ProviderForm::testFinished);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!test->isEnabled()); // one test at a time
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.takeFirst().first().toBool(), false);
        QVERIFY(result->isVisible());
        QVERIFY2(result->text().contains(QLatin1String("did not accept the TSIG key")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("BADSIG")), qPrintable(result->text()));
        QVERIFY(test->isEnabled());

        // The right key: success, saying what was proven.
        type(form, QStringLiteral("secret"), QString::fromLatin1(m_lab.tsigSecret()));
        QVERIFY(result->isHidden()); // the old answer is about other values
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.takeFirst().first().toBool(), true);
        QVERIFY2(result->text().contains(QLatin1String("accepts updates of zone")), qPrintable(result->text()));
        QVERIFY(result->text().contains(m_lab.delegationZone()));

        // A saved provider, its credential left empty: the test uses the one in the keychain.
        const DnsProviderConfig saved = saveThroughDialog(&dialog);
        QVERIFY(saved.id > 0);
        ProviderDialog edit(facade, saved);
        edit.show();
        QVERIFY(field<QLineEdit>(edit.form(), QStringLiteral("secret"))->text().isEmpty());
        QSignalSpy editTested(edit.form(), &ProviderForm::testFinished);
        QTest::mouseClick(edit.form()->findChild<QPushButton *>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QVERIFY(editTested.wait(15000));
        QVERIFY2(editTested.first().first().toBool(),
                 qPrintable(edit.form()->findChild<QLabel *>(QStringLiteral("testResult"))->text()));
    }
};

QTEST_MAIN(TestProviderForm)
#include "TestProviderForm.moc"
