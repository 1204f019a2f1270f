#pragma once

#include "core/Problem.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class Profile;
class SecretStore;
class SecretStore;

// What a running verb gets: its parsed options, the profile, and one place to print results
// so that --json output stays a single well-formed document.
class VerbContext final
{
public:
    VerbContext(QCommandLineParser &parser, QString dataDir, bool json);
    ~VerbContext();
    Q_DISABLE_COPY_MOVE(VerbContext)

    QCommandLineParser &parser() const { return m_parser; }

    QString dataDir() const { return m_dataDir; }

    bool json() const { return m_json; }

    Profile *profile() const { return m_profile.get(); }

    void setProfile(std::unique_ptr<Profile> profile);
    // The profile's keychain access, created on first use.
    SecretStore *secrets();

    // Runs asynchronous work on this (the main) thread's event loop until it calls `done`
    // with the exit code. Commands are the one place allowed to wait like this.
    int runAsync(const std::function<void(std::function<void(int)> done)> &work);

    // Text output that is suppressed in JSON mode.
    void say(const QString &text) const;

    // Text mode prints `text`; JSON mode prints `{"ok": true, …object}`.
    void printResult(const QString &text, const QJsonObject &object) const;
    // Prints the problem (stderr in text mode, stdout JSON in JSON mode); returns exit code 1.
    int fail(const Problem &problem) const;
    // For mistakes in the command itself; returns exit code 2.
    int usage(const QString &message) const;

private:
    QCommandLineParser &m_parser;
    QString m_dataDir;
    bool m_json;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<SecretStore> m_secrets;
};
