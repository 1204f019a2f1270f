#include "CaPreset.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaPreset", text);
}

} // namespace

QList<CaPreset> CaPreset::all()
{
    return {
        {QStringLiteral("letsencrypt"),
         tr("Let's Encrypt"),
         QUrl(QStringLiteral("https://acme-v02.api.letsencrypt.org/directory")),
         false,
         {},
         tr("Free, publicly trusted, 90-day certificates.")},
        {QStringLiteral("letsencrypt-staging"),
         tr("Let's Encrypt (staging, for tests)"),
         QUrl(QStringLiteral("https://acme-staging-v02.api.letsencrypt.org/directory")),
         false,
         {},
         tr("Generous rate limits, but browsers do not trust its certificates. Use it to try a setup.")},
        {QStringLiteral("zerossl"),
         tr("ZeroSSL"),
         QUrl(QStringLiteral("https://acme.zerossl.com/v2/DV90")),
         true,
         QUrl(QStringLiteral("https://app.zerossl.com/developer")),
         tr("Needs EAB credentials from the Developer section of your ZeroSSL account.")},
        {QStringLiteral("google"),
         tr("Google Trust Services"),
         QUrl(QStringLiteral("https://dv.acme-v02.api.pki.goog/directory")),
         true,
         QUrl(QStringLiteral("https://cloud.google.com/certificate-manager/docs/public-ca-tutorial")),
         tr("Needs EAB credentials created with gcloud in a Google Cloud project.")},
        {QStringLiteral("buypass"),
         tr("Buypass Go SSL"),
         QUrl(QStringLiteral("https://api.buypass.com/acme/directory")),
         false,
         {},
         tr("180-day certificates from a European CA.")},
        {QStringLiteral("custom"),
         tr("Another CA (directory URL)"),
         {},
         false,
         {},
         tr("Any ACME CA: a private CA such as step-ca, or a public one not listed here.")},
    };
}
