#include "ManagedChallengeRepository.h"

#include "core/Clock.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ManagedChallengeRepository)
};

Problem storageProblem(const QSqlQuery &query)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("challenges.storage"),
                         Text::tr("Managed challenges could not be read or saved."),
                         {},
                         Text::tr("Check that the data folder is writable and not full."))
        .withTechnical(query.lastError().text());
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

ManagedChallenge fromRow(const QSqlQuery &query)
{
    ManagedChallenge challenge;
    challenge.id = query.value(0).toLongLong();
    challenge.title = query.value(1).toString();
    challenge.challengeType = query.value(2).toString();
    challenge.providerId = query.value(3).toLongLong();
    challenge.matchRule = DomainMatchRule(query.value(4).toString());
    challenge.tags = ManagedChallengeRepository::parseTags(query.value(5).toString());
    challenge.createdAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    challenge.updatedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return challenge;
}

const QLatin1String kColumns("id, title, challenge_type, provider_id, match_rule, tags, created_at, updated_at");

} // namespace

ManagedChallengeRepository::ManagedChallengeRepository(std::shared_ptr<Store> store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{
}

QStringList ManagedChallengeRepository::parseTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag)) {
            tags << tag;
        }
    }
    return tags;
}

Result<void> ManagedChallengeRepository::validate(const ManagedChallenge &challenge) const
{
    if (challenge.title.trimmed().isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("challenges.no-title"),
                             Text::tr("A managed challenge needs a title."),
                             {},
                             Text::tr("Give it a name that says what it is for, like \"Corporate zone\"."));
    }
    if (challenge.challengeType != QLatin1String("dns-01")) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("challenges.unsupported-type"),
                             Text::tr("Only DNS-01 managed challenges are supported."),
                             Text::tr("The challenge type \"%1\" is not supported.").arg(challenge.challengeType),
                             Text::tr("Choose dns-01."));
    }
    if (const QStringList invalid = challenge.matchRule.invalidEntries(); !invalid.isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("challenges.bad-rule"),
                             Text::tr("The domain match rule has entries that are not hostnames."),
                             Text::tr("Not valid: %1").arg(invalid.join(QLatin1String(", "))),
                             Text::tr("Use names like example.com or *.example.com, separated by semicolons."));
    }
    return {};
}

Result<qint64> ManagedChallengeRepository::add(const ManagedChallenge &challenge)
{
    if (Result<void> valid = validate(challenge); !valid) {
        return valid.problem();
    }
    const QString now = isoUtc(m_clock.now());
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("INSERT INTO managed_challenges (title, challenge_type, provider_id, match_rule, "
                                 "tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(challenge.title.trimmed());
    query.addBindValue(challenge.challengeType);
    query.addBindValue(challenge.providerId);
    query.addBindValue(notNull(challenge.matchRule.entries().join(QLatin1String("; "))));
    query.addBindValue(notNull(challenge.tags.join(QLatin1Char(';'))));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        if (query.lastError().text().contains(QLatin1String("FOREIGN KEY"))) {
            return Problem::make(Problem::Category::Input,
                                 QStringLiteral("challenges.no-provider"),
                                 Text::tr("The DNS provider of this managed challenge does not exist."),
                                 {},
                                 Text::tr("Choose one of the configured DNS providers."));
        }
        return storageProblem(query);
    }
    return query.lastInsertId().toLongLong();
}

Result<void> ManagedChallengeRepository::update(const ManagedChallenge &challenge)
{
    if (Result<void> valid = validate(challenge); !valid) {
        return valid;
    }
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE managed_challenges SET title = ?, challenge_type = ?, provider_id = ?, "
                                 "match_rule = ?, tags = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(challenge.title.trimmed());
    query.addBindValue(challenge.challengeType);
    query.addBindValue(challenge.providerId);
    query.addBindValue(notNull(challenge.matchRule.entries().join(QLatin1String("; "))));
    query.addBindValue(notNull(challenge.tags.join(QLatin1Char(';'))));
    query.addBindValue(isoUtc(m_clock.now()));
    query.addBindValue(challenge.id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    if (query.numRowsAffected() == 0) {
        return Problem::make(Problem::Category::NotFound,
                             QStringLiteral("challenges.not-found"),
                             Text::tr("The managed challenge no longer exists."),
                             {},
                             Text::tr("Reload the list; it may have been deleted."));
    }
    return {};
}

Result<void> ManagedChallengeRepository::remove(qint64 id)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("DELETE FROM managed_challenges WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}

Result<ManagedChallenge> ManagedChallengeRepository::find(qint64 id) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM managed_challenges WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    if (!query.next()) {
        return Problem::make(Problem::Category::NotFound,
                             QStringLiteral("challenges.not-found"),
                             Text::tr("The managed challenge no longer exists."),
                             {},
                             Text::tr("Reload the list; it may have been deleted."));
    }
    return fromRow(query);
}

Result<QList<ManagedChallenge>> ManagedChallengeRepository::all() const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM managed_challenges ORDER BY id").arg(kColumns))) {
        return storageProblem(query);
    }
    QList<ManagedChallenge> challenges;
    while (query.next()) {
        challenges << fromRow(query);
    }
    return challenges;
}
