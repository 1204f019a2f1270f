#include "AcmeDnsProvider.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcProvider)

AcmeDnsProvider::AcmeDnsProvider(
    Context context, QUrl serverUrl, QString username, QString subdomain, DnsName fulldomain, QObject *parent)
    : DnsProvider(std::move(context), parent)
    , m_http(this, tr("The acme-dns server"))
    , m_serverUrl(std::move(serverUrl))
    , m_username(std::move(username))
    , m_subdomain(std::move(subdomain))
    , m_fulldomain(std::move(fulldomain))
{
}

ProviderSchema AcmeDnsProvider::schema()
{
    ProviderField serverUrl{QStringLiteral("serverUrl"),
                            tr("Server address"),
                            tr("The acme-dns API, e.g. https://auth.acme-dns.example.com."),
                            ProviderField::Type::Text,
                            true};
    serverUrl.validate = [](const QString &value) {
        return ProviderHttp::checkBaseUrl(value);
    };
    ProviderField username{QStringLiteral("username"),
                           tr("User name"),
                           tr("The “username” the server returned at registration."),
                           ProviderField::Type::Text,
                           true};
    username.validate = [](const QString &value) {
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        return allowed.match(value).hasMatch() ? QString() : tr("The user name has characters acme-dns never uses.");
    };
    ProviderField subdomain{QStringLiteral("subdomain"),
                            tr("Subdomain"),
                            tr("The “subdomain” the server returned at registration."),
                            ProviderField::Type::Text,
                            true};
    subdomain.validate = [](const QString &value) {
        static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
        return label.match(value).hasMatch() ? QString() : tr("The subdomain must be one DNS label.");
    };
    ProviderField fulldomain{QStringLiteral("fulldomain"),
                             tr("Full domain"),
                             tr("The “fulldomain” from the registration: where the TXT values are published."),
                             ProviderField::Type::Text,
                             true};
    fulldomain.validate = [](const QString &value) {
        const Result<DnsName> name = DnsName::parse(value);
        return name ? QString() : name.problem().detail;
    };
    ProviderField caBundle{QStringLiteral("caBundle"),
                           tr("CA bundle"),
                           tr("A PEM file with the CA that signed the server's certificate, if it is a private CA."),
                           ProviderField::Type::Text,
                           false};
    ProviderField password{QStringLiteral("password"),
                           tr("Password"),
                           tr("The “password” the server returned at registration (sent as X-Api-Key)."),
                           ProviderField::Type::Secret,
                           true};
    return ProviderSchema(kindName(),
                          tr("acme-dns"),
                          tr("An account on an acme-dns server: one name, two rolling TXT values."),
                          {serverUrl, username, subdomain, fulldomain, caBundle, password});
}

Result<AcmeDnsProvider *>
AcmeDnsProvider::create(const QJsonObject &settings, const QByteArray &password, Context context, QObject *parent)
{
    const Result<QJsonObject> valid = schema().validate(settings, password);
    if (!valid) {
        return valid.problem();
    }
    QUrl serverUrl(valid->value(QStringLiteral("serverUrl")).toString());
    serverUrl.setPath(serverUrl.path().endsWith(QLatin1Char('/')) ? serverUrl.path().chopped(1) : serverUrl.path());
    auto *provider = new AcmeDnsProvider(std::move(context),
                                         serverUrl,
                                         valid->value(QStringLiteral("username")).toString(),
                                         valid->value(QStringLiteral("subdomain")).toString(),
                                         DnsName::parse(valid->value(QStringLiteral("fulldomain")).toString()).value(),
                                         parent);
    provider->m_password = password.trimmed();
    if (const QString bundle = valid->value(QStringLiteral("caBundle")).toString(); !bundle.isEmpty()) {
        if (Result<void> trusted = provider->m_http.trustCaBundle(bundle); !trusted) {
            delete provider;
            return trusted.problem();
        }
    }
    return provider;
}

QUrl AcmeDnsProvider::endpoint(const QString &path) const
{
    QUrl url = m_serverUrl;
    url.setPath(m_serverUrl.path() + path);
    return url;
}

void AcmeDnsProvider::addTxt(const DnsName &fqdn, const QString &value, Done done)
{
    if (fqdn != m_fulldomain) {
        done(Problem::make(
            Problem::Category::Configuration,
            QStringLiteral("provider.acme-dns.other-name"),
            tr("This acme-dns account cannot publish at that name."),
            tr("The account publishes only at %1, not at %2.").arg(m_fulldomain.display(), fqdn.display()),
            tr("Point the name's _acme-challenge record at %1 with a CNAME.").arg(m_fulldomain.display())));
        return;
    }
    const QJsonObject body{{QStringLiteral("subdomain"), m_subdomain}, {QStringLiteral("txt"), value}};
    m_http.send("POST",
                endpoint(QStringLiteral("/update")),
                {{"X-Api-User", m_username.toUtf8()}, {"X-Api-Key", m_password}},
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                [this, value, done](const ProviderHttp::Reply &reply) {
                    if (reply.status == 200 && reply.json.object().value(QStringLiteral("txt")).toString() == value) {
                        done({});
                        return;
                    }
                    // acme-dns answers {"error": "forbidden"} (401) for a bad user or key.
                    const QJsonObject error = reply.json.object();
                    QString message = error.value(QStringLiteral("error")).toString();
                    if (const QString detail = error.value(QStringLiteral("detail")).toString(); !detail.isEmpty()) {
                        message += QStringLiteral(": ") + detail;
                    }
                    ProviderHttp::Reply adjusted = reply;
                    if (adjusted.status == 200) {
                        adjusted.status = 502; // 200 without our value echoed back
                    }
                    done(m_http.problemFor(adjusted, message));
                });
}

void AcmeDnsProvider::removeTxt(const DnsName &fqdn, const QString &value, Done done)
{
    Q_UNUSED(value)
    // acme-dns has no delete; the value is replaced by the account's next updates.
    qCDebug(lcProvider) << "acme-dns keeps its two latest values; nothing to remove at" << fqdn.ace();
    done({});
}

void AcmeDnsProvider::checkConnection(Tested done)
{
    m_http.send("GET", endpoint(QStringLiteral("/health")), {}, {}, [this, done](const ProviderHttp::Reply &reply) {
        if (reply.status != 200) {
            done(m_http.problemFor(reply));
            return;
        }
        // Any authenticated call would overwrite one of the account's two values, possibly one a
        // CA is about to check: the credential is proven by the first real update instead.
        done(tr("acme-dns at %1 is up; it publishes at %2. The password is checked by the first update.")
                 .arg(m_serverUrl.toString(), m_fulldomain.display()));
    });
}
