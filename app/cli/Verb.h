#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class VerbContext;

// One command for automation, such as `certdesk info` or `certdesk endpoint add`.
// Summaries and option descriptions are produced on demand so they are translated.
struct Verb
{
    QStringList path;
    std::function<QString()> summary;
    std::function<QString()> usage; // positional part, e.g. "NAME…"
    std::function<QList<QCommandLineOption>()> options;
    std::function<int(VerbContext &)> run;
    bool needsProfile = true;
};
