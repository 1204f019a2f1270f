#include "TokenVerbs.h"

#include "VerbContext.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/challenges/ManagedChallengeSelector.h"
#include "core/hub/AcmeDnsAccounts.h"
#include "core/hub/ApiTokenStore.h"
#include "core/hub/ClientSnippets.h"
#include "core/hub/HubSettings.h"
#include "core/hub/TokenIssuer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenVerbs)
};

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString status(const ApiToken &token, const QDateTime &now)
{
    if (token.isRevoked()) {
        return QStringLiteral("revoked");
    }
    return token.isExpiredAt(now) ? QStringLiteral("expired") : QStringLiteral("active");
}

QJsonObject toJson(const ApiToken &token, const QDateTime &now)
{
    QJsonArray challenges;
    for (qint64 id : token.scopeChallengeIds) {
        challenges << id;
    }
    return {{QStringLiteral("id"), token.id},
            {QStringLiteral("clientId"), token.clientId},
            {QStringLiteral("consumer"), token.consumer},
            {QStringLiteral("roles"),
             QJsonArray::fromStringList(ApiToken::rolesText(token.roles).split(QLatin1Char(';'), Qt::SkipEmptyParts))},
            {QStringLiteral("challenges"), challenges},
            {QStringLiteral("tags"), QJsonArray::fromStringList(token.scopeTags)},
            {QStringLiteral("names"), token.nameRule},
            {QStringLiteral("createdAt"), isoUtc(token.createdAt)},
            {QStringLiteral("expiresAt"), isoUtc(token.expiresAt)},
            {QStringLiteral("revokedAt"), isoUtc(token.revokedAt)},
            {QStringLiteral("lastUsedAt"), isoUtc(token.lastUsedAt)},
            {QStringLiteral("status"), status(token, now)}};
}

QString scopeText(const ApiToken &token)
{
    QStringList parts;
    if (!token.scopeChallengeIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : token.scopeChallengeIds) {
            ids << QString::number(id);
        }
        parts << Text::tr("challenges %1").arg(ids.join(QLatin1Char(',')));
    }
    if (!token.scopeTags.isEmpty()) {
        parts << Text::tr("tags %1").arg(token.scopeTags.join(QLatin1Char(',')));
    }
    if (!token.nameRule.isEmpty()) {
        parts << Text::tr("names %1").arg(token.nameRule);
    }
    return parts.join(QStringLiteral("  "));
}

// A token by its number (as `token list` shows it) or its client id.
Result<ApiToken> findToken(const ApiTokenStore &tokens, const QString &reference)
{
    bool numeric = false;
    const qint64 id = reference.toLongLong(&numeric);
    if (!numeric) {
        return tokens.find(reference.trimmed());
    }
    const Result<QList<ApiToken>> all = tokens.list();
    if (!all) {
        return all.problem();
    }
    for (const ApiToken &token : all.value()) {
        if (token.id == id) {
            return token;
        }
    }
    return Problem::make(Problem::Category::NotFound,
                         QStringLiteral("tokens.not-found"),
                         Text::tr("The API token does not exist."),
                         Text::tr("No token has the number %1.").arg(id),
                         Text::tr("See the tokens with: certdesk token list"));
}

// "2027-01-31" (the start of that day, UTC), "2027-01-31T18:00:00Z" (a local time without an
// offset), or "90d" / "12h" / "30m" from now.
Result<QDateTime> parseExpiry(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    QDateTime at;
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,5})([dhm])$"));
    if (const QRegularExpressionMatch match = relative.match(trimmed); match.hasMatch()) {
        const qint64 amount = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        at = now.addSecs(amount * (unit == QLatin1Char('d') ? 86400 : unit == QLatin1Char('h') ? 3600 : 60));
    } else if (const QDate date = QDate::fromString(trimmed, Qt::ISODate); date.isValid() && trimmed.size() == 10) {
        at = QDateTime(date, QTime(0, 0), Qt::UTC);
    } else {
        at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    if (!at.isValid()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("cli.bad-expiry"),
                             Text::tr("\"%1\" is not a date.").arg(text),
                             {},
                             Text::tr("Use 2027-01-31, 2027-01-31T18:00:00Z, or a span such as 90d, 12h or 30m."));
    }
    if (at <= now) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("cli.expiry-past"),
                             Text::tr("The expiry date %1 has already passed.").arg(isoUtc(at)),
                             {},
                             Text::tr("Give a date in the future."));
    }
    return at.toUTC();
}

int createToken(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!parser.isSet(QStringLiteral("name"))) {
        return context.usage(
            Text::tr("token create needs --name, the machine or application that uses the token, for "
                     "example: certdesk token create --name build-01 --role managed-challenge-consumer "
                     "--challenge 1"));
    }
    ApiTokenStore::NewToken request;
    request.consumer = parser.value(QStringLiteral("name"));
    request.roles = {};
    const QStringList roles = parser.isSet(QStringLiteral("role"))
                                  ? parser.values(QStringLiteral("role"))
                                  : QStringList{ApiToken::roleName(ApiToken::Role::ManagedChallengeConsumer)};
    for (const QString &role : roles) {
        const ApiToken::Roles parsed = ApiToken::rolesFromText(role);
        if (!parsed) {
            return context.usage(Text::tr("Unknown role \"%1\"; the roles are managed-challenge-consumer and "
                                          "certificate-consumer.")
                                     .arg(role));
        }
        request.roles |= parsed;
    }
    const auto store = context.profile()->store();
    const Result<QList<ManagedChallenge>> challenges = ManagedChallengeRepository(store, Clock::system()).all();
    if (!challenges) {
        return context.fail(challenges.problem());
    }
    for (const QString &text : parser.values(QStringLiteral("challenge"))) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        const bool exists = std::any_of(challenges->cbegin(), challenges->cend(), [id](const ManagedChallenge &c) {
            return c.id == id;
        });
        if (!ok || !exists) {
            return context.fail(Problem::make(Problem::Category::Input,
                                              QStringLiteral("cli.no-such-challenge"),
                                              Text::tr("There is no managed challenge %1.").arg(text),
                                              {},
                                              Text::tr("See them with: certdesk challenge list")));
        }
        request.scopeChallengeIds << id;
    }
    request.scopeTags =
        ManagedChallengeRepository::parseTags(parser.values(QStringLiteral("tag")).join(QLatin1Char(';')));
    request.nameRule = parser.value(QStringLiteral("names"));
    if (parser.isSet(QStringLiteral("expires"))) {
        const Result<QDateTime> expires = parseExpiry(parser.value(QStringLiteral("expires")), Clock::system().now());
        if (!expires) {
            return context.fail(expires.problem());
        }
        request.expiresAt = expires.value();
    }

    // acme-dns clients name a subdomain, not a record: the token gets an account whose records
    // live at <uuid>.<zone>, and may write exactly that name (TokenIssuer makes both).
    const bool acmeDns = parser.isSet(QStringLiteral("acme-dns"));
    const HubSettings hub = HubSettings::fromProfile(*context.profile());
    if (acmeDns) {
        if (hub.acmeDnsZone.isEmpty()) {
            return context.fail(Problem::make(Problem::Category::Configuration,
                                              QStringLiteral("cli.no-acme-dns-zone"),
                                              Text::tr("The hub has no acme-dns zone."),
                                              {},
                                              Text::tr("Set it first: certdesk hub configure --acme-dns-zone ZONE")));
        }
        if (request.scopeChallengeIds.isEmpty() && request.scopeTags.isEmpty()) {
            if (const auto serving =
                    ManagedChallengeSelector(challenges.value()).select(QStringLiteral("x.") + hub.acmeDnsZone)) {
                request.scopeChallengeIds << serving->id;
            }
        }
    }
    if (request.scopeChallengeIds.isEmpty() && request.scopeTags.isEmpty()) {
        return context.usage(
            Text::tr("A token needs a scope: --challenge ID or --tag TAG (repeatable), or --acme-dns with "
                     "a managed challenge serving the hub's acme-dns zone."));
    }

    return context.runAsync([&context, request, acmeDns, hub](std::function<void(int)> done) {
        auto *issuer = new TokenIssuer(
            context.profile()->store(), context.secrets(), Clock::system(), QCoreApplication::instance());
        issuer->issue({request, acmeDns}, hub, [&context, issuer, done](Result<TokenIssuer::Issued> issued) {
            issuer->deleteLater();
            if (!issued) {
                done(context.fail(issued.problem()));
                return;
            }
            const ApiToken &token = issued->token;
            QJsonObject result{{QStringLiteral("token"), toJson(token, Clock::system().now())},
                               {QStringLiteral("clientId"), token.clientId},
                               {QStringLiteral("secret"), QString::fromLatin1(issued->secret)}};
            QString text = Text::tr("API token for \"%1\" created (number %2).\n"
                                    "  client id  %3\n"
                                    "  secret     %4\n"
                                    "Keep the secret now: CertDesk stores only a keyed hash of it and cannot show it "
                                    "again.\n")
                               .arg(token.consumer)
                               .arg(token.id)
                               .arg(token.clientId, QString::fromLatin1(issued->secret));
            text +=
                Text::tr("Scope: %1%2\n")
                    .arg(scopeText(token),
                         token.expiresAt.isValid() ? Text::tr("; expires %1").arg(isoUtc(token.expiresAt)) : QString());
            if (!issued->acmeDnsSubdomain.isEmpty()) {
                result.insert(QStringLiteral("acmeDns"),
                              QJsonObject{{QStringLiteral("subdomain"), issued->acmeDnsSubdomain},
                                          {QStringLiteral("fulldomain"), issued->acmeDnsFulldomain}});
                text += Text::tr("acme-dns account: subdomain %1, records at %2\n")
                            .arg(issued->acmeDnsSubdomain, issued->acmeDnsFulldomain);
            }
            text += Text::tr("Client configuration: certdesk token snippet %1 --for %2")
                        .arg(token.clientId, ClientSnippets::clients().join(QLatin1Char('|')));
            context.printResult(text, result);
            done(0);
        });
    });
}

int listTokens(VerbContext &context)
{
    const ApiTokenStore tokens(context.profile()->store(), nullptr, Clock::system());
    const Result<QList<ApiToken>> all = tokens.list();
    if (!all) {
        return context.fail(all.problem());
    }
    const QDateTime now = Clock::system().now();
    QString text;
    QJsonArray array;
    for (const ApiToken &token : all.value()) {
        text += Text::tr("%1  %2  %3  %4  %5\n    %6%7  last used %8\n")
                    .arg(token.id)
                    .arg(token.clientId,
                         token.consumer,
                         status(token, now),
                         ApiToken::rolesText(token.roles).replace(QLatin1Char(';'), QLatin1Char(',')),
                         scopeText(token),
                         token.expiresAt.isValid() ? Text::tr("  expires %1").arg(isoUtc(token.expiresAt)) : QString(),
                         token.lastUsedAt.isValid() ? isoUtc(token.lastUsedAt) : Text::tr("never"));
        array << toJson(token, now);
    }
    context.printResult(text.isEmpty() ? Text::tr("No API tokens yet.") : text, {{QStringLiteral("tokens"), array}});
    return 0;
}

int revokeToken(VerbContext &context)
{
    if (context.parser().positionalArguments().size() != 1) {
        return context.usage(
            Text::tr("token revoke takes one token: its number or client id (see certdesk token list)."));
    }
    ApiTokenStore tokens(context.profile()->store(), nullptr, Clock::system());
    const Result<ApiToken> token = findToken(tokens, context.parser().positionalArguments().first());
    if (!token) {
        return context.fail(token.problem());
    }
    if (Result<void> revoked = tokens.revoke(token->clientId); !revoked) {
        return context.fail(revoked.problem());
    }
    context.printResult(
        Text::tr("API token %1 (%2) revoked; the hub refuses it from now on.").arg(token->clientId, token->consumer),
        {{QStringLiteral("revoked"), token->clientId}});
    return 0;
}

int tokenSnippet(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const QString client = parser.value(QStringLiteral("for"));
    if (parser.positionalArguments().size() != 1 || client.isEmpty()) {
        return context.usage(Text::tr("token snippet takes one token and --for %1.")
                                 .arg(ClientSnippets::clients().join(QLatin1Char('|'))));
    }
    const auto store = context.profile()->store();
    const Result<ApiToken> token =
        findToken(ApiTokenStore(store, nullptr, Clock::system()), parser.positionalArguments().first());
    if (!token) {
        return context.fail(token.problem());
    }
    ClientSnippets::Input input = ClientSnippets::forHub(HubSettings::fromProfile(*context.profile()));
    if (parser.isSet(QStringLiteral("url"))) {
        input.hubUrl = QUrl(parser.value(QStringLiteral("url")));
    }
    input.clientId = token->clientId;
    input.domain = parser.value(QStringLiteral("domain"));
    input.email = parser.value(QStringLiteral("email"));
    const Result<std::optional<AcmeDnsAccounts::Account>> account =
        AcmeDnsAccounts(store, Clock::system()).findByClient(token->clientId);
    if (!account) {
        return context.fail(account.problem());
    }
    if (account.value()) {
        input.acmeDnsSubdomain = account.value()->subdomain;
    }
    const QString snippet = ClientSnippets::forClient(client, input);
    if (snippet.isEmpty()) {
        return context.usage(Text::tr("Unknown client \"%1\"; choose one of %2.")
                                 .arg(client, ClientSnippets::clients().join(QStringLiteral(", "))));
    }
    context.printResult(snippet,
                        {{QStringLiteral("client"), client.toLower()},
                         {QStringLiteral("clientId"), token->clientId},
                         {QStringLiteral("snippet"), snippet}});
    return 0;
}

} // namespace

QList<Verb> tokenVerbs()
{
    Verb create;
    create.path = {QStringLiteral("token"), QStringLiteral("create")};
    create.summary = [] {
        return Text::tr("Create an API token for a machine or app; prints its secret once.");
    };
    create.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("name"), Text::tr("Who uses it, e.g. \"build-01\"."), QStringLiteral("NAME")},
            {QStringLiteral("role"),
             Text::tr("managed-challenge-consumer (the default) or certificate-consumer."),
             QStringLiteral("ROLE")},
            {QStringLiteral("challenge"),
             Text::tr("A managed challenge it may use (repeatable)."),
             QStringLiteral("ID")},
            {QStringLiteral("tag"),
             Text::tr("Challenges with this tag it may use (repeatable)."),
             QStringLiteral("TAG")},
            {QStringLiteral("names"),
             Text::tr("Limit it further to these names: \"*.example.com; example.org\"."),
             QStringLiteral("RULE")},
            {QStringLiteral("expires"),
             Text::tr("When it stops working: 2027-01-31, an ISO date-time, or 90d / 12h / 30m."),
             QStringLiteral("DATE")},
            {QStringLiteral("acme-dns"), Text::tr("Also give it an acme-dns account in the hub's acme-dns zone.")},
        };
    };
    create.run = createToken;

    Verb list;
    list.path = {QStringLiteral("token"), QStringLiteral("list")};
    list.summary = [] {
        return Text::tr("List API tokens with their scope, status and last use.");
    };
    list.run = listTokens;

    Verb revoke;
    revoke.path = {QStringLiteral("token"), QStringLiteral("revoke")};
    revoke.summary = [] {
        return Text::tr("Revoke an API token at once.");
    };
    revoke.usage = [] {
        return Text::tr("NUMBER|CLIENT-ID");
    };
    revoke.run = revokeToken;

    Verb snippet;
    snippet.path = {QStringLiteral("token"), QStringLiteral("snippet")};
    snippet.summary = [] {
        return Text::tr("Print client configuration for a token (without its secret).");
    };
    snippet.usage = [] {
        return Text::tr("NUMBER|CLIENT-ID");
    };
    snippet.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("for"),
             Text::tr("lego, lego-acme-dns, acme.sh, certbot or certify."),
             QStringLiteral("CLIENT")},
            {QStringLiteral("domain"),
             Text::tr("The name the client obtains a certificate for."),
             QStringLiteral("NAME")},
            {QStringLiteral("email"), Text::tr("The ACME account contact (lego)."), QStringLiteral("EMAIL")},
            {QStringLiteral("url"), Text::tr("The hub's URL as clients reach it."), QStringLiteral("URL")},
        };
    };
    snippet.run = tokenSnippet;
    return {create, list, revoke, snippet};
}
