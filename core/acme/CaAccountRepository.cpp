#include "CaAccountRepository.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Problem storageProblem(const QSqlQuery &query)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("store.accounts"),
                         QCoreApplication::translate("CaAccountRepository", "The CA accounts could not be read or saved."))
        .withTechnical(query.lastError().text());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString kColumns = QStringLiteral("id, title, directory_url, email, account_url, key_algorithm, key_ref, eab_kid, "
                                        "eab_hmac_ref, ca_bundle_path, status");

SecretRef refOrNull(const QVariant &value)
{
    const Result<SecretRef> ref = SecretRef::parse(value.toString());
    return ref.ok() ? ref.value() : SecretRef();
}

CaAccount fromRow(const QSqlQuery &query)
{
    CaAccount account;
    account.id = query.value(0).toLongLong();
    account.title = query.value(1).toString();
    account.directoryUrl = QUrl(query.value(2).toString());
    account.email = query.value(3).toString();
    account.accountUrl = QUrl(query.value(4).toString());
    account.keyAlgorithm = query.value(5).toString();
    account.keyRef = refOrNull(query.value(6));
    account.eabKeyId = query.value(7).toString();
    account.eabHmacRef = refOrNull(query.value(8));
    account.caBundlePath = query.value(9).toString();
    account.status = query.value(10).toString();
    return account;
}

Problem noAccount()
{
    return Problem::make(Problem::Category::Configuration,
                         QStringLiteral("account.none"),
                         QCoreApplication::translate("CaAccountRepository", "No CA account is set up yet."),
                         {},
                         QCoreApplication::translate("CaAccountRepository",
                                                     "Add one with: certdesk account add --directory URL --email "
                                                     "ADDRESS --agree-tos"));
}

} // namespace

CaAccountRepository::CaAccountRepository(std::shared_ptr<Store> store)
    : m_store(std::move(store))
{
}

Result<CaAccount> CaAccountRepository::add(CaAccount account)
{
    QSqlDatabase db = m_store->connection();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO ca_accounts (title, directory_url, email, key_algorithm, key_ref, eab_kid, "
                                 "ca_bundle_path, status, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)"));
    query.addBindValue(account.title);
    query.addBindValue(account.directoryUrl.toString());
    query.addBindValue(nullable(account.email));
    query.addBindValue(account.keyAlgorithm);
    query.addBindValue(nullable(account.eabKeyId));
    query.addBindValue(nullable(account.caBundlePath));
    query.addBindValue(account.status);
    query.addBindValue(now());
    query.addBindValue(now());
    if (!query.exec()) {
        db.rollback();
        if (query.lastError().text().contains(QLatin1String("UNIQUE"))) {
            return Problem::make(Problem::Category::Conflict,
                                 QStringLiteral("account.exists"),
                                 QCoreApplication::translate("CaAccountRepository", "This account already exists."),
                                 QCoreApplication::translate("CaAccountRepository",
                                                             "CertDesk already has an account for %1 at %2.")
                                     .arg(account.email, account.directoryUrl.toString()));
        }
        return storageProblem(query);
    }
    account.id = query.lastInsertId().toLongLong();
    account.keyRef = SecretRef(QStringLiteral("account-key"), QString::number(account.id));
    if (!account.eabKeyId.isEmpty()) {
        account.eabHmacRef = SecretRef(QStringLiteral("eab-hmac"), QString::number(account.id));
    }
    query.prepare(QStringLiteral("UPDATE ca_accounts SET key_ref = ?, eab_hmac_ref = ? WHERE id = ?"));
    query.addBindValue(account.keyRef.toString());
    query.addBindValue(account.eabHmacRef.isValid() ? QVariant(account.eabHmacRef.toString())
                                                    : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(account.id);
    if (!query.exec()) {
        db.rollback();
        return storageProblem(query);
    }
    db.commit();
    return account;
}

Result<void> CaAccountRepository::setRegistration(qint64 id, const QUrl &accountUrl, const QString &status)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE ca_accounts SET account_url = ?, status = ?, tos_agreed_at = coalesce("
                                 "tos_agreed_at, ?), updated_at = ? WHERE id = ?"));
    query.addBindValue(accountUrl.toString());
    query.addBindValue(status);
    query.addBindValue(now());
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}

Result<void> CaAccountRepository::remove(qint64 id)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("DELETE FROM ca_accounts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}

Result<CaAccount> CaAccountRepository::find(qint64 id) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM ca_accounts WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    if (!query.next()) {
        return Problem::make(Problem::Category::NotFound,
                             QStringLiteral("account.not-found"),
                             QCoreApplication::translate("CaAccountRepository", "There is no CA account %1.").arg(id));
    }
    return fromRow(query);
}

Result<QList<CaAccount>> CaAccountRepository::list() const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM ca_accounts ORDER BY id").arg(kColumns))) {
        return storageProblem(query);
    }
    QList<CaAccount> accounts;
    while (query.next()) {
        accounts << fromRow(query);
    }
    return accounts;
}

Result<CaAccount> CaAccountRepository::defaultAccount() const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM ca_accounts WHERE status = 'valid' ORDER BY id DESC LIMIT 1")
                        .arg(kColumns))) {
        return storageProblem(query);
    }
    if (!query.next()) {
        return noAccount();
    }
    return fromRow(query);
}
