#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// One <message> of a Qt Linguist file, as far as the checks need it.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;

    // lupdate tells messages apart by these three.
    QString key() const { return context + QChar(4) + source + QChar(4) + comment; }

    QString label() const { return QStringLiteral("%1: \"%2\"").arg(context, source); }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

// The text of the current element up to its end tag. lupdate writes control characters as
// <byte value="xNN"/> and length variants as <lengthvariant> children.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    QStringList variants;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("byte")) {
            const QString value = xml.attributes().value(QLatin1String("value")).toString();
            text += QChar(value.startsWith(QLatin1Char('x')) ? value.mid(1).toUInt(nullptr, 16) : value.toUInt());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("lengthvariant")) {
            variants << readText(xml);
        } else if (xml.isEndElement() && xml.name() != QLatin1String("byte")) {
            break;
        }
    }
    return variants.isEmpty() ? text : variants.join(QChar(0x9c));
}

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = readText(xml);
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = readText(xml);
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform")) {
                        message.translations << readText(xml);
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                message.translations << readText(xml);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("context")) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name")) {
                    context = readText(xml);
                } else if (xml.name() == QLatin1String("message")) {
                    catalogue.messages << readMessage(xml, context);
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    }
    if (xml.hasError()) {
        catalogue.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    } else if (catalogue.messages.isEmpty()) {
        catalogue.error = QStringLiteral("%1 holds no messages").arg(path);
    }
    return catalogue;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        found << match.captured();
    }
    found.removeDuplicates();
    found.sort();
    return found;
}

// A readable failure: how many, and the first few.
QByteArray listed(const QString &what, const QStringList &items)
{
    constexpr qsizetype shown = 15;
    QString text =
        QStringLiteral("%1 (%2):\n  ").arg(what).arg(items.size()) + items.mid(0, shown).join(QStringLiteral("\n  "));
    if (items.size() > shown) {
        text += QStringLiteral("\n  … and %1 more").arg(items.size() - shown);
    }
    return text.toUtf8();
}

QStringList fromCMakeList(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

// The shipped catalogues against what Qt's lupdate makes of the sources (the same project
// and options as the certdesk_lupdate target): nothing missing, nothing stale, and every
// message of an enforced language translated, with its plural forms and the source's
// placeholders.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Shipped
    {
        QString language;
        QString path;
        bool enforced = false;
        bool pluralOnly = false;
    };

    // What lupdate wrote into a copy of a shipped file.
    struct Refreshed
    {
        QByteArray bytes;
        Catalogue catalogue;
        QString warnings;
    };

    QTemporaryDir m_scratch;
    QList<Shipped> m_shipped;
    QHash<QString, Refreshed> m_refreshed;
    QHash<QString, int> m_pluralForms;

    static bool runLupdate(const QStringList &arguments, QString *warnings)
    {
        QProcess lupdate;
        lupdate.start(QStringLiteral(CERTDESK_LUPDATE), arguments);
        if (!lupdate.waitForFinished(60000) || lupdate.exitStatus() != QProcess::NormalExit) {
            *warnings = QStringLiteral("lupdate did not finish: %1").arg(lupdate.errorString());
            return false;
        }
        *warnings = QString::fromLocal8Bit(lupdate.readAllStandardError()).trimmed();
        return lupdate.exitCode() == 0;
    }

    // Qt's own plural rules, as lupdate applies them: the forms it writes for a new message.
    int pluralFormsOf(const QString &language)
    {
        const QString probe = m_scratch.filePath(QStringLiteral("probe_%1.ts").arg(language));
        QString warnings;
        if (!runLupdate({m_scratch.filePath(QStringLiteral("probe.cpp")),
                         QStringLiteral("-silent"),
                         QStringLiteral("-target-language"),
                         language,
                         QStringLiteral("-ts"),
                         probe},
                        &warnings)) {
            return -1;
        }
        const Catalogue catalogue = readCatalogue(probe);
        return catalogue.messages.size() == 1 ? int(catalogue.messages.first().translations.size()) : -1;
    }

    const Shipped &shipped(const QString &language) const
    {
        return *std::find_if(m_shipped.cbegin(), m_shipped.cend(), [&](const Shipped &file) {
            return file.language == language;
        });
    }

    static void addLanguageRows(const QList<Shipped> &files)
    {
        QTest::addColumn<QString>("language");
        for (const Shipped &file : files) {
            QTest::newRow(qPrintable(file.language)) << file.language;
        }
    }

    static QByteArray notEnforced(const QString &language)
    {
        return QStringLiteral("%1 is shipped but not complete yet: add it to CERTDESK_ENFORCED_LANGUAGES once it is")
            .arg(language)
            .toUtf8();
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(CERTDESK_LUPDATE)).isExecutable(), CERTDESK_LUPDATE);
        QVERIFY2(QFileInfo::exists(QStringLiteral(CERTDESK_LUPDATE_PROJECT)), CERTDESK_LUPDATE_PROJECT);
        QVERIFY(m_scratch.isValid());

        const QStringList enforced = fromCMakeList(CERTDESK_ENFORCED_LANGUAGES);
        for (const QString &path : fromCMakeList(CERTDESK_TS_FILES)) {
            const QString language = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
            m_shipped << Shipped{language, path, enforced.contains(language), false};
        }
        // certdesk_en.ts is always enforced: English needs only its plural forms, and all of them.
        m_shipped << Shipped{QStringLiteral("en"), QStringLiteral(CERTDESK_PLURALS_TS_FILE), true, true};
        for (const QString &language : enforced) {
            QVERIFY2(std::any_of(m_shipped.cbegin(),
                                 m_shipped.cend(),
                                 [&](const Shipped &file) {
                                     return file.language == language;
                                 }),
                     qPrintable(QStringLiteral("%1 is enforced but there is no certdesk_%1.ts").arg(language)));
        }

        QFile probe(m_scratch.filePath(QStringLiteral("probe.cpp")));
        QVERIFY(probe.open(QIODevice::WriteOnly));
        probe.write(
            "#include <QCoreApplication>\n"
            "QString probe(int n) { return QCoreApplication::translate(\"Probe\", \"%n item(s)\", nullptr, n); }\n");
        probe.close();

        // One lupdate run per file, on a copy, exactly as certdesk_lupdate runs it.
        const QStringList options = fromCMakeList(CERTDESK_LUPDATE_OPTIONS);
        for (const Shipped &file : std::as_const(m_shipped)) {
            const QString copy = m_scratch.filePath(QFileInfo(file.path).fileName());
            QVERIFY(QFile::copy(file.path, copy));
            QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
            QStringList arguments{QStringLiteral("-project"), QStringLiteral(CERTDESK_LUPDATE_PROJECT)};
            arguments << options;
            if (file.pluralOnly) {
                arguments << QStringLiteral("-pluralonly");
            }
            arguments << QStringLiteral("-silent") << QStringLiteral("-ts") << copy;
            Refreshed refreshed;
            QVERIFY2(runLupdate(arguments, &refreshed.warnings), qPrintable(refreshed.warnings));
            QFile written(copy);
            QVERIFY(written.open(QIODevice::ReadOnly));
            refreshed.bytes = written.readAll();
            refreshed.catalogue = readCatalogue(copy);
            QVERIFY2(refreshed.catalogue.error.isEmpty(), qPrintable(refreshed.catalogue.error));
            m_refreshed.insert(file.language, refreshed);

            m_pluralForms.insert(file.language, pluralFormsOf(file.language));
            QVERIFY2(m_pluralForms.value(file.language) > 0, qPrintable(file.language));
        }
    }

    // A tr() that lupdate cannot tie to a class is skipped without a trace in any catalogue.
    void lupdateExtractsEveryCall()
    {
        for (const Shipped &file : std::as_const(m_shipped)) {
            const QString warnings = m_refreshed.value(file.language).warnings;
            QVERIFY2(warnings.isEmpty(),
                     listed(QStringLiteral("lupdate cannot extract these calls (see docs/translations.md)"),
                            warnings.split(QLatin1Char('\n')))
                         .constData());
        }
    }

    void everySourceStringHasAnEntry_data() { addLanguageRows(m_shipped); }

    void everySourceStringHasAnEntry()
    {
        QFETCH(QString, language);
        if (!shipped(language).enforced) {
            QSKIP(notEnforced(language).constData());
        }
        const Catalogue catalogue = readCatalogue(shipped(language).path);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QSet<QString> present;
        for (const Message &message : catalogue.messages) {
            present.insert(message.key());
        }
        QStringList missing;
        for (const Message &message : m_refreshed.value(language).catalogue.messages) {
            if (!present.contains(message.key())) {
                missing << message.label();
            }
        }
        QVERIFY2(
            missing.isEmpty(),
            listed(QStringLiteral("%1: strings in the code without an entry; run ninja certdesk_lupdate").arg(language),
                   missing)
                .constData());
    }

    void catalogueIsWhatLupdateWrites_data() { addLanguageRows(m_shipped); }

    void catalogueIsWhatLupdateWrites()
    {
        QFETCH(QString, language);
        if (!shipped(language).enforced) {
            QSKIP(notEnforced(language).constData());
        }
        QFile file(shipped(language).path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Catalogue current = readCatalogue(file.fileName());
        QSet<QString> inSources;
        for (const Message &message : m_refreshed.value(language).catalogue.messages) {
            inSources.insert(message.key());
        }
        QStringList stale;
        for (const Message &message : current.messages) {
            if (!inSources.contains(message.key())) {
                stale << message.label();
            }
        }
        QVERIFY2(
            stale.isEmpty(),
            listed(QStringLiteral("%1: entries no longer in the code; run ninja certdesk_lupdate").arg(language), stale)
                .constData());
        QVERIFY2(file.readAll() == m_refreshed.value(language).bytes,
                 qPrintable(QStringLiteral("%1 is not what lupdate writes (order, comments, plural forms or format); "
                                           "run ninja certdesk_lupdate")
                                .arg(file.fileName())));
    }

    void everyMessageIsTranslated_data() { addLanguageRows(m_shipped); }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        if (!shipped(language).enforced) {
            QSKIP(notEnforced(language).constData());
        }
        const Catalogue catalogue = readCatalogue(shipped(language).path);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        // lrelease takes the plural rules from this attribute.
        QVERIFY2(catalogue.language == language || catalogue.language.startsWith(language + QLatin1Char('_')),
                 qPrintable(QStringLiteral("certdesk_%1.ts says language=\"%2\"").arg(language, catalogue.language)));
        const int forms = m_pluralForms.value(language);
        QStringList unfinished;
        QStringList lackingForms;
        for (const Message &message : catalogue.messages) {
            const bool empty =
                std::any_of(message.translations.cbegin(), message.translations.cend(), [](const QString &text) {
                    return text.trimmed().isEmpty();
                });
            if (!message.type.isEmpty() || message.translations.isEmpty() || empty) {
                unfinished << message.label();
            } else if (message.numerus && message.translations.size() != forms) {
                lackingForms << QStringLiteral("%1 has %2 of %3 forms")
                                    .arg(message.label())
                                    .arg(message.translations.size())
                                    .arg(forms);
            }
        }
        QVERIFY2(unfinished.isEmpty(),
                 listed(QStringLiteral("%1: unfinished or empty translations").arg(language), unfinished).constData());
        QVERIFY2(lackingForms.isEmpty(),
                 listed(QStringLiteral("%1: plural messages need %2 forms").arg(language).arg(forms), lackingForms)
                     .constData());
    }

    void placeholdersMatchTheSource_data() { addLanguageRows(m_shipped); }

    void placeholdersMatchTheSource()
    {
        QFETCH(QString, language);
        if (!shipped(language).enforced) {
            QSKIP(notEnforced(language).constData());
        }
        const Catalogue catalogue = readCatalogue(shipped(language).path);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QStringList mismatches;
        for (const Message &message : catalogue.messages) {
            const QStringList expected = placeholders(message.source);
            for (const QString &translation : message.translations) {
                if (!translation.isEmpty() && placeholders(translation) != expected) {
                    mismatches << QStringLiteral("%1 → \"%2\" (%3 instead of %4)")
                                      .arg(message.label(),
                                           translation,
                                           placeholders(translation).join(QLatin1Char(' ')),
                                           expected.join(QLatin1Char(' ')));
                }
            }
        }
        QVERIFY2(
            mismatches.isEmpty(),
            listed(QStringLiteral("%1: placeholders differ from the source").arg(language), mismatches).constData());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
