#pragma once

#include "core/Result.h"
#include "core/providers/DnsProviderConfig.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

class VerbContext;

// What `certdesk delegation set` and `certdesk provider add` share: a DNS provider's fields as
// options (from the providers' schemas), its credential from a file or standard input only,
// and "test, then save" so that nothing is stored for a provider that does not work.
namespace ProviderOptions {

// keyName → "key-name"; the provider's own "zone" is "provider-zone" (--zone names the
// delegation zone).
QString optionName(const QString &fieldKey);

// One option per non-secret field of every kind, plus --secret-file.
QList<QCommandLineOption> options();

struct Input
{
    DnsProviderConfig config; // kind, title, validated settings
    QByteArray secret;
};

// Reads --secret-file and the fields of `kind`'s schema; options of other kinds are mistakes.
// `defaultZone` fills the provider's zone when the kind has one and it was not given.
// Problem codes: cli.usage (with the message to show as usage), provider.*, cli.secret-file.
Result<Input> read(const VerbContext &context, const QString &kind, const QString &title, const QString &defaultZone);

struct Saved
{
    qint64 providerId = 0;
    QString tested; // what the connection test proved
};

// Builds the provider, tests its connection, and only then stores the row and the credential
// (removing the row again if the keychain refuses). `done` runs later on this thread.
void testAndSave(VerbContext &context, const Input &input, std::function<void(Result<Saved>)> done);

} // namespace ProviderOptions
