#pragma once

#include "Invocation.h"
#include "Verb.h"

#include <QCommandLineParser>
#include <QList>

// Parses `certdesk [global options] [verb…] [verb options and arguments]`. Global options
// (--data-dir, --json) are accepted before and after the verb, so both
// `certdesk --data-dir X info` and `certdesk info --data-dir X` work.
class CommandLine final
{
public:
    explicit CommandLine(QList<Verb> verbs);

    Invocation parse(const QStringList &arguments) const;

    // Parses a verb's own options; the error string is empty on success.
    QString parseVerbOptions(const Verb &verb, const QStringList &verbArgs, QCommandLineParser &parser) const;

    const Verb *find(const QStringList &path) const;

    const QList<Verb> &verbs() const { return m_verbs; }

    QString helpText() const;
    QString verbHelpText(const Verb &verb) const;
    static QString versionText();

    static QCommandLineOption dataDirOption();
    static QCommandLineOption jsonOption();

private:
    QList<Verb> m_verbs;
};
