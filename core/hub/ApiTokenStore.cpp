#include "ApiTokenStore.h"

#include "core/Clock.h"
#include "core/challenges/DomainMatchRule.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcTokens, "certdesk.hub.tokens")

namespace {

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiTokenStore)
};

const SecretRef kPepperRef(QStringLiteral("hub-pepper"), QStringLiteral("1"));
constexpr int kKeyBytes = 32;
constexpr int kSecretBytes = 32;

Problem storageProblem(const QSqlQuery &query)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("tokens.storage"),
                         Text::tr("API tokens could not be read or saved."),
                         {},
                         Text::tr("Check that the data folder is writable and not full."))
        .withTechnical(query.lastError().text());
}

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant nullable(const QDateTime &at)
{
    return at.isValid() ? QVariant(isoUtc(at)) : QVariant(QMetaType(QMetaType::QString));
}

const QLatin1String kColumns("id, client_id, consumer, roles, scope_challenges, scope_tags, name_rule, created_at, "
                             "expires_at, revoked_at, last_used_at, secret_hash");

ApiToken fromRow(const QSqlQuery &query)
{
    ApiToken token;
    token.id = query.value(0).toLongLong();
    token.clientId = query.value(1).toString();
    token.consumer = query.value(2).toString();
    token.roles = ApiToken::rolesFromText(query.value(3).toString());
    for (const QString &id : query.value(4).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        token.scopeChallengeIds << id.toLongLong();
    }
    token.scopeTags = query.value(5).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    token.nameRule = query.value(6).toString();
    token.createdAt = fromIso(query.value(7));
    token.expiresAt = fromIso(query.value(8));
    token.revokedAt = fromIso(query.value(9));
    token.lastUsedAt = fromIso(query.value(10));
    return token;
}

Problem notFound(const QString &clientId)
{
    return Problem::make(Problem::Category::NotFound,
                         QStringLiteral("tokens.not-found"),
                         Text::tr("The API token does not exist."),
                         Text::tr("No token has the client id %1.").arg(clientId),
                         Text::tr("Reload the token list; it may have been deleted."));
}

} // namespace

std::atomic<quint64> ApiTokenStore::s_generation{0};

QString ApiTokenStore::Authentication::auditReason() const
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("authenticated");
    case Failure::NotReady:
        return QStringLiteral("token key not loaded from the keychain yet");
    case Failure::MalformedCredentials:
        return QStringLiteral("credentials missing or malformed");
    case Failure::UnknownClient:
        return QStringLiteral("unknown client id");
    case Failure::WrongSecret:
        return QStringLiteral("wrong secret");
    case Failure::Expired:
        return QStringLiteral("token expired at %1").arg(isoUtc(token.expiresAt));
    case Failure::Revoked:
        return QStringLiteral("token revoked at %1").arg(isoUtc(token.revokedAt));
    }
    return {};
}

ApiTokenStore::ApiTokenStore(std::shared_ptr<Store> store, SecretStore *secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_clock(clock)
{
}

ApiTokenStore::~ApiTokenStore()
{
    OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

QByteArray ApiTokenStore::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1) {
        qFatal("OpenSSL's random generator failed; refusing to issue predictable secrets");
    }
    return bytes;
}

QByteArray ApiTokenStore::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void ApiTokenStore::useKey(const QByteArray &key)
{
    m_key = key;
}

void ApiTokenStore::loadKey()
{
    SecretJob *job = m_secrets->read(kPepperRef);
    connect(job, &SecretJob::completed, this, [this](bool jobFailed, const Problem &problem, const QByteArray &data) {
        if (!jobFailed) {
            const QByteArray key = QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding);
            if (key.size() == kKeyBytes) {
                m_key = key;
                Q_EMIT ready();
                return;
            }
            qCWarning(lcTokens) << "hub token key in the keychain has the wrong length; not replacing it";
            Q_EMIT failed(Problem::make(Problem::Category::Keychain,
                                        QStringLiteral("tokens.bad-key"),
                                        tr("The hub's token key in the keychain is damaged."),
                                        tr("The entry %1 does not hold a 256-bit key.").arg(kPepperRef.toString()),
                                        tr("Delete that entry in the keychain's own tool and issue new API "
                                           "tokens; the existing ones cannot be checked without it.")));
            return;
        }
        if (problem.code == QLatin1String("keychain.not-found")) {
            writeNewKey();
            return;
        }
        Q_EMIT failed(problem);
    });
    job->start();
}

void ApiTokenStore::writeNewKey()
{
    const QByteArray key = randomBytes(kKeyBytes);
    SecretJob *job = m_secrets->write(kPepperRef, base64Url(key));
    connect(job, &SecretJob::completed, this, [this, key](bool jobFailed, const Problem &problem) {
        if (jobFailed) {
            Q_EMIT failed(problem);
            return;
        }
        qCInfo(lcTokens) << "created the hub token key" << kPepperRef.toString();
        m_key = key;
        Q_EMIT ready();
    });
    job->start();
}

QByteArray ApiTokenStore::keyedHash(const QString &clientId, const QByteArray &secret) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(clientId.toUtf8());
    mac.addData(":", 1);
    mac.addData(secret);
    return mac.result();
}

Result<ApiTokenStore::Issued> ApiTokenStore::create(const NewToken &request)
{
    if (!isReady()) {
        return Problem::make(Problem::Category::Keychain,
                             QStringLiteral("tokens.not-ready"),
                             tr("API tokens cannot be issued yet."),
                             tr("The hub's token key has not been read from the keychain."),
                             tr("Unlock the keychain and try again."));
    }
    if (request.consumer.trimmed().isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("tokens.no-consumer"),
                             tr("An API token needs a consumer name."),
                             {},
                             tr("Name the machine or application that will use it, like \"build-01\"."));
    }
    if (const QStringList invalid = DomainMatchRule(request.nameRule).invalidEntries(); !invalid.isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("tokens.bad-rule"),
                             tr("The token's name rule has entries that are not hostnames."),
                             tr("Not valid: %1").arg(invalid.join(QLatin1String(", "))),
                             tr("Use names like example.com or *.example.com, separated by semicolons."));
    }
    Issued issued;
    issued.secret = base64Url(randomBytes(kSecretBytes));
    ApiToken &token = issued.token;
    token.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    token.consumer = request.consumer.trimmed();
    token.roles = request.roles;
    token.scopeChallengeIds = request.scopeChallengeIds;
    token.scopeTags = request.scopeTags;
    token.nameRule = DomainMatchRule(request.nameRule).entries().join(QLatin1String("; "));
    token.createdAt = m_clock.now().toUTC();
    token.expiresAt = request.expiresAt;

    QStringList ids;
    for (qint64 id : token.scopeChallengeIds) {
        ids << QString::number(id);
    }
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("INSERT INTO api_tokens (client_id, consumer, secret_hash, roles, scope_challenges, "
                                 "scope_tags, name_rule, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(token.clientId);
    query.addBindValue(token.consumer);
    query.addBindValue(keyedHash(token.clientId, issued.secret));
    query.addBindValue(ApiToken::rolesText(token.roles));
    query.addBindValue(notNull(ids.join(QLatin1Char(';'))));
    query.addBindValue(notNull(token.scopeTags.join(QLatin1Char(';')).toLower()));
    query.addBindValue(notNull(token.nameRule));
    query.addBindValue(isoUtc(token.createdAt));
    query.addBindValue(nullable(token.expiresAt));
    if (!query.exec()) {
        return storageProblem(query);
    }
    token.id = query.lastInsertId().toLongLong();
    tableChanged();
    qCInfo(lcTokens) << "issued API token" << token.clientId << "for" << token.consumer;
    return issued;
}

bool ApiTokenStore::refreshRows()
{
    QSqlDatabase db = m_store->connection();
    if (!m_dataVersion || m_versionConnection != db.connectionName()) {
        m_dataVersion.emplace(db);
        m_versionConnection = db.connectionName();
        if (!m_dataVersion->prepare(QStringLiteral("PRAGMA data_version"))) {
            m_dataVersion.reset();
            return false;
        }
        m_rowsLoaded = false; // another connection: its data_version counts from elsewhere
    }
    const quint64 generation = s_generation.load(std::memory_order_acquire);
    if (!m_dataVersion->exec() || !m_dataVersion->next()) {
        m_dataVersion.reset();
        return false;
    }
    const qint64 dataVersion = m_dataVersion->value(0).toLongLong();
    m_dataVersion->finish();
    if (m_rowsLoaded && generation == m_rowsGeneration && dataVersion == m_rowsDataVersion) {
        return true;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM api_tokens").arg(kColumns))) {
        qCWarning(lcTokens) << "could not read API tokens" << query.lastError().text();
        return false;
    }
    m_rows.clear();
    while (query.next()) {
        Row row{fromRow(query), query.value(11).toByteArray()};
        m_rows.insert(row.token.clientId, row);
    }
    m_rowsLoaded = true;
    m_rowsGeneration = generation;
    m_rowsDataVersion = dataVersion;
    return true;
}

ApiTokenStore::Authentication ApiTokenStore::authenticate(const QString &clientId, const QByteArray &secret)
{
    Authentication result;
    if (!isReady()) {
        result.failure = Failure::NotReady;
        return result;
    }
    if (clientId.isEmpty() || clientId.size() > 64 || secret.isEmpty() || secret.size() > 256) {
        result.failure = Failure::MalformedCredentials;
        return result;
    }
    const QByteArray presented = keyedHash(clientId, secret);
    const auto row = refreshRows() ? m_rows.constFind(clientId) : m_rows.constEnd();
    if (row == m_rows.constEnd()) {
        // Compare anyway, so an unknown client id takes as long as a wrong secret.
        const QByteArray dummy(presented.size(), '\0');
        (void)CRYPTO_memcmp(presented.constData(), dummy.constData(), size_t(presented.size()));
        result.failure = Failure::UnknownClient;
        return result;
    }
    const QByteArray &stored = row->hash;
    result.token = row->token;
    if (stored.size() != presented.size()
        || CRYPTO_memcmp(stored.constData(), presented.constData(), size_t(stored.size())) != 0) {
        result.failure = Failure::WrongSecret;
        return result;
    }
    const QDateTime now = m_clock.now();
    if (result.token.isRevoked()) {
        result.failure = Failure::Revoked;
        return result;
    }
    if (result.token.isExpiredAt(now)) {
        result.failure = Failure::Expired;
        return result;
    }
    result.failure = Failure::None;
    if (!result.token.lastUsedAt.isValid() || result.token.lastUsedAt.secsTo(now) >= LastUsedThrottleSeconds) {
        QSqlQuery touch(m_store->connection());
        touch.prepare(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"));
        touch.addBindValue(isoUtc(now));
        touch.addBindValue(result.token.id);
        if (touch.exec()) {
            result.token.lastUsedAt = now.toUTC();
            // Through this connection, so data_version stays: keep the row current ourselves.
            m_rows[clientId].token.lastUsedAt = result.token.lastUsedAt;
        } else {
            qCWarning(lcTokens) << "could not record last use of" << clientId << touch.lastError().text();
        }
    }
    return result;
}

Result<void> ApiTokenStore::revoke(const QString &clientId)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?) WHERE client_id = ?"));
    query.addBindValue(isoUtc(m_clock.now()));
    query.addBindValue(clientId);
    if (!query.exec()) {
        return storageProblem(query);
    }
    tableChanged();
    if (query.numRowsAffected() == 0) {
        return notFound(clientId);
    }
    qCInfo(lcTokens) << "revoked API token" << clientId;
    return {};
}

Result<ApiToken> ApiTokenStore::find(const QString &clientId) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM api_tokens WHERE client_id = ?").arg(kColumns));
    query.addBindValue(clientId);
    if (!query.exec()) {
        return storageProblem(query);
    }
    if (!query.next()) {
        return notFound(clientId);
    }
    return fromRow(query);
}

Result<QList<ApiToken>> ApiTokenStore::list() const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM api_tokens ORDER BY created_at, id").arg(kColumns))) {
        return storageProblem(query);
    }
    QList<ApiToken> tokens;
    while (query.next()) {
        tokens << fromRow(query);
    }
    return tokens;
}
