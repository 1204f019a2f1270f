#include "CertificateRepository.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Problem storageProblem(const QSqlQuery &query)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("store.certificates"),
                         QCoreApplication::translate("CertificateRepository",
                                                     "The certificates could not be read or saved."))
        .withTechnical(query.lastError().text());
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

CertificateRepository::CertificateRepository(std::shared_ptr<Store> store)
    : m_store(std::move(store))
{
}

Result<qint64> CertificateRepository::add(const IssuedCertificate &c)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO certificates (endpoint_id, order_id, serial, issuer, subject_names, not_before, not_after, "
        "key_type, fingerprint_sha256, chain_pem, private_key_envelope, ari_cert_id, renewal_window_start, "
        "renewal_window_end, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(c.endpointId);
    query.addBindValue(c.orderId > 0 ? QVariant(c.orderId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(c.serial);
    query.addBindValue(c.issuer);
    query.addBindValue(c.names.join(QLatin1Char(' ')));
    query.addBindValue(timeValue(c.notBefore));
    query.addBindValue(timeValue(c.notAfter));
    query.addBindValue(c.keyType);
    query.addBindValue(c.fingerprintSha256);
    query.addBindValue(QString::fromLatin1(c.chainPem));
    query.addBindValue(c.privateKeyEnvelope);
    query.addBindValue(c.ariCertId);
    query.addBindValue(timeValue(c.renewalWindowStart));
    query.addBindValue(timeValue(c.renewalWindowEnd));
    query.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    if (!query.exec()) {
        return storageProblem(query);
    }
    return query.lastInsertId().toLongLong();
}

Result<QList<IssuedCertificate>> CertificateRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_store->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, endpoint_id, order_id, serial, issuer, subject_names, not_before, not_after, "
                                 "key_type, fingerprint_sha256, chain_pem, private_key_envelope, ari_cert_id, "
                                 "renewal_window_start, renewal_window_end, revoked_at FROM certificates ")
                  + where);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return storageProblem(query);
    }
    QList<IssuedCertificate> certificates;
    while (query.next()) {
        IssuedCertificate c;
        c.id = query.value(0).toLongLong();
        c.endpointId = query.value(1).toLongLong();
        c.orderId = query.value(2).toLongLong();
        c.serial = query.value(3).toString();
        c.issuer = query.value(4).toString();
        c.names = query.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        c.notBefore = timeFrom(query.value(6));
        c.notAfter = timeFrom(query.value(7));
        c.keyType = query.value(8).toString();
        c.fingerprintSha256 = query.value(9).toString();
        c.chainPem = query.value(10).toString().toLatin1();
        c.privateKeyEnvelope = query.value(11).toByteArray();
        c.ariCertId = query.value(12).toString();
        c.renewalWindowStart = timeFrom(query.value(13));
        c.renewalWindowEnd = timeFrom(query.value(14));
        c.revokedAt = timeFrom(query.value(15));
        certificates << c;
    }
    return certificates;
}

Result<std::optional<IssuedCertificate>> CertificateRepository::current(qint64 endpointId) const
{
    Result<QList<IssuedCertificate>> found = select(
        QStringLiteral("WHERE endpoint_id = ? AND revoked_at IS NULL ORDER BY not_after DESC, id DESC LIMIT 1"),
        {endpointId});
    if (!found) {
        return found.problem();
    }
    return found.value().isEmpty() ? std::optional<IssuedCertificate>() : found.value().first();
}

Result<QList<IssuedCertificate>> CertificateRepository::allCurrent() const
{
    return select(QStringLiteral("WHERE id IN (SELECT max(id) FROM certificates WHERE revoked_at IS NULL "
                                 "GROUP BY endpoint_id) ORDER BY not_after"),
                  {});
}

Result<void> CertificateRepository::setRenewalWindow(qint64 id, const QDateTime &start, const QDateTime &end)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE certificates SET renewal_window_start = ?, renewal_window_end = ? WHERE id = ?"));
    query.addBindValue(timeValue(start));
    query.addBindValue(timeValue(end));
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}

Result<void> CertificateRepository::markRevoked(qint64 id)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("UPDATE certificates SET revoked_at = ? WHERE id = ?"));
    query.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec()) {
        return storageProblem(query);
    }
    return {};
}
