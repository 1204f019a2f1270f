#include "TsigKey.h"

#include <QCoreApplication>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TsigKey)
};

} // namespace

Result<TsigKey> TsigKey::create(const QString &name, Algorithm algorithm, const QByteArray &secret)
{
    const Result<DnsName> keyName = DnsName::parse(name);
    if (!keyName) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("dns.tsig.bad-name"),
                             Text::tr("The TSIG key name is not valid."),
                             keyName.problem().detail,
                             Text::tr("Use the key name exactly as the DNS server's configuration spells it."));
    }

    QByteArray compact = secret.simplified();
    compact.replace(' ', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || decoded.decoded.isEmpty()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("dns.tsig.bad-secret"),
                             Text::tr("The TSIG secret is not valid."),
                             Text::tr("The secret of key %1 is not base64 text.").arg(keyName->ace()),
                             Text::tr("Copy the secret from the key file: the text in quotes after “secret”, "
                                      "for example from tsig-keygen."))
            .withTechnical(QStringLiteral("tsig secret for %1 failed base64 decoding").arg(keyName->ace()));
    }

    TsigKey key;
    key.m_name = keyName.value();
    key.m_algorithm = algorithm;
    key.m_secret = decoded.decoded.toBase64();
    return key;
}

Result<TsigKey::Algorithm> TsigKey::algorithmFromName(const QString &name)
{
    QString normalised = name.trimmed().toLower();
    if (normalised.endsWith(QLatin1Char('.'))) {
        normalised.chop(1);
    }
    for (const Algorithm algorithm : {Algorithm::HmacSha256, Algorithm::HmacSha384, Algorithm::HmacSha512}) {
        if (normalised == algorithmName(algorithm)) {
            return algorithm;
        }
    }
    return Problem::make(Problem::Category::Configuration,
                         QStringLiteral("dns.tsig.bad-algorithm"),
                         Text::tr("The TSIG algorithm is not supported."),
                         Text::tr("“%1” is not one of hmac-sha256, hmac-sha384 or hmac-sha512.").arg(name),
                         Text::tr("Create a key with one of those algorithms, for example with "
                                  "“tsig-keygen -a hmac-sha256”."));
}

QString TsigKey::algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::HmacSha256:
        return QStringLiteral("hmac-sha256");
    case Algorithm::HmacSha384:
        return QStringLiteral("hmac-sha384");
    case Algorithm::HmacSha512:
        return QStringLiteral("hmac-sha512");
    }
    return QStringLiteral("hmac-sha256");
}
