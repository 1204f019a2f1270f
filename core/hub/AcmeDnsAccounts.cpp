#include "AcmeDnsAccounts.h"

#include "core/Clock.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Problem storageProblem(const QSqlQuery &query)
{
    return Problem::make(
               Problem::Category::Storage,
               QStringLiteral("hub.acmedns-storage"),
               QCoreApplication::translate("AcmeDnsAccounts", "acme-dns accounts could not be read or saved."),
               {},
               QCoreApplication::translate("AcmeDnsAccounts", "Check that the data folder is writable."))
        .withTechnical(query.lastError().text());
}

} // namespace

AcmeDnsAccounts::AcmeDnsAccounts(std::shared_ptr<Store> store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{
}

Result<void> AcmeDnsAccounts::add(const Account &account)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("INSERT INTO hub_acmedns_accounts (subdomain, client_id, allow_from, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(account.subdomain);
    query.addBindValue(account.clientId);
    query.addBindValue(notNull(account.allowFrom.join(QLatin1Char(';'))));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}

Result<std::optional<AcmeDnsAccounts::Account>> AcmeDnsAccounts::findByClient(const QString &clientId) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT subdomain, client_id, allow_from, txt_previous, txt_current "
                                 "FROM hub_acmedns_accounts WHERE client_id = ?"));
    query.addBindValue(clientId);
    if (!query.exec()) {
        return storageProblem(query);
    }
    if (!query.next()) {
        return std::optional<Account>();
    }
    Account account;
    account.subdomain = query.value(0).toString();
    account.clientId = query.value(1).toString();
    account.allowFrom = query.value(2).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    account.previousTxt = query.value(3).toString();
    account.currentTxt = query.value(4).toString();
    return std::optional<Account>(account);
}

Result<void> AcmeDnsAccounts::setValues(const QString &subdomain, const QString &previousTxt, const QString &currentTxt)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE hub_acmedns_accounts SET txt_previous = ?, txt_current = ?, updated_at = ? "
                                 "WHERE subdomain = ?"));
    query.addBindValue(notNull(previousTxt));
    query.addBindValue(notNull(currentTxt));
    query.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(subdomain);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}
