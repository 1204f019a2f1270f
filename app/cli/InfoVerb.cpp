#include "InfoVerb.h"

#include "CommandLine.h"
#include "VerbContext.h"

#include "core/Profile.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace {

int runInfo(VerbContext &context)
{
    const Profile *profile = context.profile();
    const Store &store = *profile->store();
    const QString text = QCoreApplication::translate("InfoVerb",
                                                     "%1\n"
                                                     "Data folder:     %2\n"
                                                     "Database:        %3 (schema %4)\n"
                                                     "Profile id:      %5")
                             .arg(CommandLine::versionText(),
                                  QDir::toNativeSeparators(profile->dataDir()),
                                  QDir::toNativeSeparators(store.path()))
                             .arg(store.schemaVersion())
                             .arg(store.profileId());
    context.printResult(text,
                        QJsonObject{
                            {QStringLiteral("version"), QStringLiteral(CERTDESK_VERSION)},
                            {QStringLiteral("dataDir"), profile->dataDir()},
                            {QStringLiteral("database"), store.path()},
                            {QStringLiteral("schemaVersion"), store.schemaVersion()},
                            {QStringLiteral("profileId"), store.profileId()},
                        });
    return 0;
}

} // namespace

Verb infoVerb()
{
    Verb verb;
    verb.path = {QStringLiteral("info")};
    verb.summary = [] {
        return QCoreApplication::translate("InfoVerb", "Show the profile's folder and database.");
    };
    verb.run = runInfo;
    return verb;
}
