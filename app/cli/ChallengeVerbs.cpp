#include "ChallengeVerbs.h"

#include "VerbContext.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/challenges/ManagedChallengeRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChallengeVerbs)
};

QJsonObject toJson(const ManagedChallenge &challenge)
{
    return {{QStringLiteral("id"), challenge.id},
            {QStringLiteral("title"), challenge.title},
            {QStringLiteral("type"), challenge.challengeType},
            {QStringLiteral("providerId"), challenge.providerId},
            {QStringLiteral("match"), challenge.matchRule.entries().join(QStringLiteral("; "))},
            {QStringLiteral("tags"), QJsonArray::fromStringList(challenge.tags)}};
}

int addChallenge(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!parser.isSet(QStringLiteral("title")) || !parser.isSet(QStringLiteral("provider-id"))) {
        return context.usage(
            Text::tr("challenge add needs --title and --provider-id, for example: certdesk challenge add "
                     "--title \"Corporate zone\" --provider-id 1 --match \"*.example.com; example.org\""));
    }
    bool idOk = false;
    ManagedChallenge challenge;
    challenge.title = parser.value(QStringLiteral("title"));
    challenge.providerId = parser.value(QStringLiteral("provider-id")).toLongLong(&idOk);
    if (!idOk || challenge.providerId <= 0) {
        return context.usage(Text::tr("--provider-id takes the number of a configured DNS provider."));
    }
    // No --match: the fallback challenge, for every name no other challenge serves.
    challenge.matchRule = DomainMatchRule(parser.value(QStringLiteral("match")));
    challenge.tags = ManagedChallengeRepository::parseTags(parser.values(QStringLiteral("tag")).join(QLatin1Char(';')));
    ManagedChallengeRepository repository(context.profile()->store(), Clock::system());
    const Result<qint64> id = repository.add(challenge);
    if (!id) {
        return context.fail(id.problem());
    }
    const Result<ManagedChallenge> added = repository.find(id.value());
    if (!added) {
        return context.fail(added.problem());
    }
    const QString rule = added->matchRule.isFallback() ? Text::tr("every name no other managed challenge serves")
                                                       : added->matchRule.entries().join(QStringLiteral("; "));
    context.printResult(Text::tr("Managed challenge %1 added (id %2): %3.").arg(added->title).arg(added->id).arg(rule),
                        {{QStringLiteral("challenge"), toJson(added.value())}});
    return 0;
}

int listChallenges(VerbContext &context)
{
    const Result<QList<ManagedChallenge>> challenges =
        ManagedChallengeRepository(context.profile()->store(), Clock::system()).all();
    if (!challenges) {
        return context.fail(challenges.problem());
    }
    QString text;
    QJsonArray array;
    for (const ManagedChallenge &challenge : challenges.value()) {
        const QString rule = challenge.matchRule.isFallback()
                                 ? Text::tr("(fallback)")
                                 : challenge.matchRule.entries().join(QStringLiteral("; "));
        text += QStringLiteral("%1  %2  %3  provider %4%5\n")
                    .arg(challenge.id)
                    .arg(challenge.title, rule)
                    .arg(challenge.providerId)
                    .arg(challenge.tags.isEmpty()
                             ? QString()
                             : QStringLiteral("  tags %1").arg(challenge.tags.join(QStringLiteral(", "))));
        array << toJson(challenge);
    }
    context.printResult(text.isEmpty() ? Text::tr("No managed challenges yet.") : text,
                        {{QStringLiteral("challenges"), array}});
    return 0;
}

int removeChallenge(VerbContext &context)
{
    const QStringList ids = context.parser().positionalArguments();
    bool ok = false;
    const qint64 id = ids.size() == 1 ? ids.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        return context.usage(
            Text::tr("challenge remove takes one managed challenge id (see certdesk challenge list)."));
    }
    ManagedChallengeRepository repository(context.profile()->store(), Clock::system());
    const Result<ManagedChallenge> existing = repository.find(id);
    if (!existing) {
        return context.fail(existing.problem());
    }
    if (Result<void> removed = repository.remove(id); !removed) {
        return context.fail(removed.problem());
    }
    context.printResult(
        Text::tr("Managed challenge %1 (%2) removed. Tokens scoped to it can no longer write through it.")
            .arg(existing->id)
            .arg(existing->title),
        {{QStringLiteral("removed"), id}});
    return 0;
}

} // namespace

QList<Verb> challengeVerbs()
{
    Verb add;
    add.path = {QStringLiteral("challenge"), QStringLiteral("add")};
    add.summary = [] {
        return Text::tr("Add a managed challenge: a DNS provider and the names it may write.");
    };
    add.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("title"), Text::tr("What it is for, e.g. \"Corporate zone\"."), QStringLiteral("TITLE")},
            {QStringLiteral("provider-id"),
             Text::tr("The DNS provider that writes its records."),
             QStringLiteral("ID")},
            {QStringLiteral("match"),
             Text::tr("Names it serves: \"*.example.com; example.org\" (none: the fallback)."),
             QStringLiteral("RULE")},
            {QStringLiteral("tag"), Text::tr("A tag tokens can be scoped to (repeatable)."), QStringLiteral("TAG")},
        };
    };
    add.run = addChallenge;

    Verb list;
    list.path = {QStringLiteral("challenge"), QStringLiteral("list")};
    list.summary = [] {
        return Text::tr("List the managed challenges.");
    };
    list.run = listChallenges;

    Verb remove;
    remove.path = {QStringLiteral("challenge"), QStringLiteral("remove")};
    remove.summary = [] {
        return Text::tr("Remove a managed challenge.");
    };
    remove.usage = [] {
        return Text::tr("ID");
    };
    remove.run = removeChallenge;
    return {add, list, remove};
}
