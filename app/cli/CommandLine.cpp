#include "CommandLine.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Options QApplication understands; passed through untouched.
const QSet<QString> &qtOptionsWithValue()
{
    static const QSet<QString> options = {
        QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),
        QStringLiteral("style"),
        QStringLiteral("stylesheet"),
        QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowtitle"),
        QStringLiteral("qwindowicon"),
        QStringLiteral("display"),
        QStringLiteral("geometry"),
        QStringLiteral("session"),
    };
    return options;
}

const QSet<QString> &qtFlags()
{
    static const QSet<QString> flags = {
        QStringLiteral("reverse"),
        QStringLiteral("widgetcount"),
        QStringLiteral("nograb"),
        QStringLiteral("dograb"),
        QStringLiteral("sync"),
    };
    return flags;
}

Invocation usageError(const QString &message)
{
    Invocation invocation;
    invocation.mode = Invocation::Mode::UsageError;
    invocation.error = message;
    return invocation;
}

} // namespace

CommandLine::CommandLine(QList<Verb> verbs)
    : m_verbs(std::move(verbs))
{
}

QCommandLineOption CommandLine::dataDirOption()
{
    return QCommandLineOption(QStringLiteral("data-dir"),
                              Text::tr("Use DIR as the profile: database and settings live there."),
                              Text::tr("DIR"));
}

QCommandLineOption CommandLine::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Text::tr("Print machine-readable JSON."));
}

QString CommandLine::versionText()
{
    return QStringLiteral("CertDesk %1").arg(QStringLiteral(CERTDESK_VERSION));
}

const Verb *CommandLine::find(const QStringList &path) const
{
    for (const Verb &verb : m_verbs) {
        if (verb.path == path) {
            return &verb;
        }
    }
    return nullptr;
}

Invocation CommandLine::parse(const QStringList &arguments) const
{
    Invocation invocation;
    bool help = false;
    bool version = false;
    bool headless = false;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            break; // the verb starts here
        }
        if (arg == QLatin1String("--")) {
            ++i;
            break;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        QString name = equals > 0 ? arg.left(equals) : arg;
        name.remove(0, name.startsWith(QLatin1String("--")) ? 2 : 1);
        auto takeValue = [&](QString *out) -> bool {
            if (equals > 0) {
                *out = arg.mid(equals + 1);
                return true;
            }
            if (i + 1 >= arguments.size()) {
                return false;
            }
            *out = arguments.at(++i);
            return true;
        };
        if (name == QLatin1String("help") || name == QLatin1String("h") || name == QLatin1String("?")) {
            help = true;
        } else if (name == QLatin1String("version") || name == QLatin1String("v")) {
            version = true;
        } else if (name == QLatin1String("headless")) {
            headless = true;
        } else if (name == QLatin1String("minimized")) {
            invocation.minimized = true;
        } else if (name == QLatin1String("json")) {
            invocation.json = true;
        } else if (name == QLatin1String("data-dir")) {
            if (!takeValue(&invocation.dataDir) || invocation.dataDir.isEmpty()) {
                return usageError(Text::tr("--data-dir needs a folder, for example --data-dir ~/certdesk-test."));
            }
        } else if (qtOptionsWithValue().contains(name)) {
            QString value;
            if (!takeValue(&value)) {
                return usageError(Text::tr("-%1 needs a value.").arg(name));
            }
            invocation.qtArgs << (QLatin1Char('-') + name) << value;
        } else if (qtFlags().contains(name)) {
            invocation.qtArgs << (QLatin1Char('-') + name);
        } else {
            return usageError(Text::tr("Unknown option %1. Run certdesk --help for the list of options.").arg(arg));
        }
    }

    const QStringList words = arguments.mid(i);
    if (!words.isEmpty()) {
        // The longest registered path that the words start with.
        const Verb *match = nullptr;
        for (const Verb &verb : m_verbs) {
            if (verb.path.size() <= words.size() && words.mid(0, verb.path.size()) == verb.path
                && (!match || verb.path.size() > match->path.size())) {
                match = &verb;
            }
        }
        if (!match) {
            QStringList subcommands;
            for (const Verb &verb : m_verbs) {
                if (verb.path.size() > 1 && verb.path.first() == words.first()) {
                    subcommands << verb.path.at(1);
                }
            }
            if (!subcommands.isEmpty()) {
                return usageError(Text::tr("\"%1\" needs one of: %2. Run certdesk --help for the list of commands.")
                                      .arg(words.first(), subcommands.join(QStringLiteral(", "))));
            }
            return usageError(Text::tr("Unknown command \"%1\". Run certdesk --help for the list of commands.")
                                  .arg(words.mid(0, 2).join(QLatin1Char(' '))));
        }
        if (headless) {
            return usageError(Text::tr("--headless cannot be combined with a command."));
        }
        invocation.verbPath = match->path;
        invocation.verbArgs = words.mid(match->path.size());
        const bool verbHelp = invocation.verbArgs.contains(QStringLiteral("--help"))
                              || invocation.verbArgs.contains(QStringLiteral("-h"));
        invocation.mode = help || verbHelp ? Invocation::Mode::Help : Invocation::Mode::Verb;
        return invocation;
    }

    if (help) {
        invocation.mode = Invocation::Mode::Help;
    } else if (version) {
        invocation.mode = Invocation::Mode::Version;
    } else if (headless) {
        invocation.mode = Invocation::Mode::Headless;
    } else {
        invocation.mode = Invocation::Mode::Gui;
    }
    return invocation;
}

QString CommandLine::parseVerbOptions(const Verb &verb, const QStringList &verbArgs, QCommandLineParser &parser) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(dataDirOption());
    parser.addOption(jsonOption());
    if (verb.options) {
        parser.addOptions(verb.options());
    }
    if (!parser.parse(QStringList{QStringLiteral("certdesk")} + verbArgs)) {
        return Text::tr("%1. Run certdesk %2 --help for its options.")
            .arg(parser.errorText(), verb.path.join(QLatin1Char(' ')));
    }
    return {};
}

QString CommandLine::helpText() const
{
    QString text = versionText() + QLatin1Char('\n')
                   + Text::tr("Managed HTTPS: certificates from any ACME CA, DNS delegation and a challenge hub.")
                   + QStringLiteral("\n\n") + Text::tr("Usage: certdesk [options] [command [arguments]]")
                   + QStringLiteral("\n\n") + Text::tr("Options:") + QLatin1Char('\n');
    const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("--data-dir DIR"), Text::tr("Use DIR as the profile: database and settings live there.")},
        {QStringLiteral("--headless"), Text::tr("Run the background worker without a window until stopped.")},
        {QStringLiteral("--minimized"), Text::tr("Start with the window minimized (used when starting at login).")},
        {QStringLiteral("--json"), Text::tr("Print machine-readable JSON (commands only).")},
        {QStringLiteral("--version"), Text::tr("Print the version and exit.")},
        {QStringLiteral("--help"), Text::tr("Print this help, or a command's help after the command.")},
    };
    for (const auto &[name, description] : options) {
        text += QStringLiteral("  %1%2\n").arg(name, -18).arg(description);
    }
    if (!m_verbs.isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Commands:") + QLatin1Char('\n');
        for (const Verb &verb : m_verbs) {
            text += QStringLiteral("  %1%2\n").arg(verb.path.join(QLatin1Char(' ')), -18).arg(verb.summary());
        }
    }
    text += QLatin1Char('\n') + Text::tr("Without a command, CertDesk opens its window.") + QLatin1Char('\n');
    return text;
}

QString CommandLine::verbHelpText(const Verb &verb) const
{
    QString text = Text::tr("Usage: certdesk %1 [options]").arg(verb.path.join(QLatin1Char(' ')));
    if (verb.usage) {
        text += QLatin1Char(' ') + verb.usage();
    }
    text += QStringLiteral("\n\n") + verb.summary() + QStringLiteral("\n\n") + Text::tr("Options:") + QLatin1Char('\n');
    QList<QCommandLineOption> options = {dataDirOption(), jsonOption()};
    if (verb.options) {
        options += verb.options();
    }
    QStringList names;
    qsizetype width = 24;
    for (const QCommandLineOption &option : options) {
        QString name = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty()) {
            name += QLatin1Char(' ') + option.valueName();
        }
        // A long option still gets two spaces before its description.
        width = std::max(width, name.size() + 2);
        names << name;
    }
    for (qsizetype i = 0; i < options.size(); ++i) {
        text += QStringLiteral("  %1%2\n").arg(names.at(i), -int(width)).arg(options.at(i).description());
    }
    return text;
}
