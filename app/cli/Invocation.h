#pragma once

#include <QString>
#include <QStringList>

// What the command line asked for, before any application object exists: the GUI needs a
// QApplication, everything else runs on a QCoreApplication and needs no display.
struct Invocation
{
    enum class Mode {
        Gui,
        Headless,
        Verb,
        Version,
        Help,
        UsageError,
    };

    Mode mode = Mode::Gui;
    QString dataDir; // empty: the platform's per-user data folder
    bool json = false;
    bool minimized = false; // started at login: no window in front
    QStringList verbPath;   // for example {"endpoint", "add"}
    QStringList verbArgs;   // what follows the verb, options included
    QStringList qtArgs;     // left for QApplication (-platform, -style, …)
    QString error;          // for UsageError
};
