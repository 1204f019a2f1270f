#include "VerbRunner.h"

#include "VerbContext.h"

#include "core/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

VerbRunner::VerbRunner(const CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int VerbRunner::run(const Invocation &invocation) const
{
    const Verb *verb = m_commandLine.find(invocation.verbPath);
    Q_ASSERT(verb);
    QCommandLineParser parser;
    const QString error = m_commandLine.parseVerbOptions(*verb, invocation.verbArgs, parser);
    QString dataDir = invocation.dataDir;
    if (parser.isSet(QStringLiteral("data-dir"))) {
        dataDir = parser.value(QStringLiteral("data-dir"));
    }
    if (dataDir.isEmpty()) {
        dataDir = Profile::defaultDataDir();
    }
    VerbContext context(parser, dataDir, invocation.json || parser.isSet(QStringLiteral("json")));
    if (!error.isEmpty()) {
        return context.usage(error);
    }
    if (verb->needsProfile) {
        Result<std::unique_ptr<Profile>> profile = Profile::open(dataDir);
        if (!profile) {
            return context.fail(profile.problem());
        }
        context.setProfile(std::move(profile).value());
    }
    return verb->run(context);
}
